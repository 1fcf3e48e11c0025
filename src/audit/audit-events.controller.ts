import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { AuthenticatedActor } from '../auth/auth.types';
import { Roles } from '../auth/roles.decorator';
import { ClaimQueriesService } from '../claims/claim-queries.service';
import { ApiAuthProblemResponses, ApiProblemResponse, ApiValidationProblemResponse } from '../common/openapi/problem-responses';
import { CSV_HEADER, negotiateFormat } from './audit-export.format';
import { AuditExportService, decodeEventCursor } from './audit-export.service';
import { AuditEventPageDto } from './audit-event.dto';
import { AuditEventsQueryDto, DEFAULT_EVENTS_LIMIT } from './dto/audit-query.dto';

const EXAMPLE_EVENT = {
  claimId: '7f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f',
  seq: 2,
  at: '2026-11-23T09:15:00.000Z',
  recordedAt: '2026-11-23T09:15:00.041Z',
  actor: { id: '3b241101-e2bb-4255-8caf-4136c566a962', name: 'Maria (care desk)', role: 'agent' },
  action: 'claim.triaged',
  data: { type: 'product_quality', unit: 'supplier' },
  prevHash: '9f2c…',
  hash: '41aa…',
  globalPrevHash: '77c0…',
  globalHash: 'e3b9…',
};

@ApiTags('audit')
@ApiBearerAuth()
@ApiAuthProblemResponses('/audit/events')
@Roles('auditor', 'supervisor')
@ApiExtraModels(AuditEventPageDto)
@Controller('audit/events')
export class AuditEventsController {
  constructor(
    private readonly exports: AuditExportService,
    private readonly claims: ClaimQueriesService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Query and export the audit log',
    description:
      'Events of every claim in log order, filtered by time range (`from`/`to`, on when the action happened), claim, ' +
      'actor, role, action and supplier. JSON answers one page (`limit`, then `cursor` = `nextCursor`). NDJSON and CSV ' +
      '(`Accept: application/x-ndjson` / `text/csv`, or `?format=`) stream every matching event from `cursor` on, of ' +
      'any size, with flat server memory. Auditors see the customer\'s personal data masked.',
  })
  @ApiHeader({ name: 'Accept', required: false, description: 'application/json (default), application/x-ndjson or text/csv' })
  @ApiProduces('application/json', 'application/x-ndjson', 'text/csv')
  @ApiResponse({
    status: 200,
    description: 'A page (JSON), or the whole export (NDJSON: one event per line; CSV: a header line, then one event per line)',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(AuditEventPageDto) }, example: { items: [EXAMPLE_EVENT], nextCursor: 'MTIzNDU' } },
      'application/x-ndjson': { schema: { type: 'string' }, example: `${JSON.stringify(EXAMPLE_EVENT)}\n` },
      'text/csv': { schema: { type: 'string' }, example: `${CSV_HEADER}7f1c…,2,2026-11-23T09:15:00.000Z,…\r\n` },
    },
  })
  @ApiValidationProblemResponse({ field: 'role', message: 'role must be one of the following values: agent, supervisor, supplier, auditor, integration, admin, system' }, '/audit/events?role=boss')
  @ApiProblemResponse(404, 'claimId names no claim', { type: 'not-found', detail: 'no claim CL-2026-000999', instance: '/audit/events?claimId=CL-2026-000999' })
  async list(
    @Query() query: AuditEventsQueryDto,
    @Headers('accept') accept: string | undefined,
    @CurrentActor() actor: AuthenticatedActor,
    @Res() res: Response,
  ): Promise<void> {
    const claimId = query.claimId ? await this.claims.resolveId(query.claimId) : undefined;
    const filter = {
      from: query.from,
      to: query.to,
      claimId,
      actorId: query.actor,
      role: query.role,
      action: query.action,
      supplierId: query.supplierId,
      after: query.cursor ? decodeEventCursor(query.cursor) : undefined,
    };
    const format = negotiateFormat(query.format, accept);
    if (format === 'json') {
      const page: AuditEventPageDto = await this.exports.page(filter, query.limit ?? DEFAULT_EVENTS_LIMIT, actor.role);
      res.status(200).json(page);
      return;
    }
    await this.exports.stream(filter, format, actor.role, res);
  }
}
