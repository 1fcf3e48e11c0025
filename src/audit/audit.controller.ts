import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { AuthenticatedActor } from '../auth/auth.types';
import { Roles } from '../auth/roles.decorator';
import { AuditExportService } from './audit-export.service';
import { ClaimQueriesService } from '../claims/claim-queries.service';
import { ProblemDto } from '../common/openapi/problem-responses';
import { AuditEventsRepository } from './audit-events.repository';
import { ClaimHistoryDto } from './audit-event.dto';

@ApiTags('audit')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ProblemDto, description: 'missing or invalid API key' })
@ApiForbiddenResponse({ type: ProblemDto, description: 'only auditors and supervisors read histories' })
@Controller()
export class AuditController {
  constructor(
    private readonly claims: ClaimQueriesService,
    private readonly events: AuditEventsRepository,
  ) {}

  @Get('claims/:id/history')
  // care staff answer customers from it; the audit endpoints stay auditor/supervisor
  @Roles('agent', 'supervisor', 'auditor')
  @ApiOperation({
    summary: 'A claim\'s audit history',
    description:
      'Every accepted action and every fired timer of the claim, exactly once and in order (`seq` 1, 2, 3…), each ' +
      'hash-chained to the previous one: `hash = sha256(prevHash + "\\n" + canonical JSON of the event)`, and to the ' +
      'previous event of the whole log (`globalHash`). Auditors see the customer\'s personal data masked.',
  })
  @ApiParam({ name: 'id', description: 'claim id or number', example: 'CL-2026-000123' })
  @ApiOkResponse({ type: ClaimHistoryDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'no such claim' })
  async history(@Param('id') id: string, @CurrentActor() actor: AuthenticatedActor): Promise<ClaimHistoryDto> {
    const claimId = await this.claims.resolveId(id);
    const events = await this.events.forClaim(claimId);
    return { claimId, events: events.map((e) => AuditExportService.present(e, actor.role)) };
  }
}
