import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { SupplierTaskView } from '../../domain/dispute/dispute.types';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { AuthenticatedActor } from '../auth/auth.types';
import { DEFAULT_LIST_LIMIT } from '../common/http/page.query';
import { ProblemDto } from '../common/openapi/problem-responses';
import { DisputesService, type SupplierTaskPage } from './disputes.service';
import { AcceptDisputeDto, RejectDisputeDto } from './dto/dispute-input.dto';
import { SupplierTaskDto, SupplierTaskListDto } from './dto/dispute-response.dto';
import { SupplierTasksQueryDto } from './dto/supplier-tasks.query';

const TASK_PARAM = { name: 'id', description: 'task id (UUID); another supplier\'s task is a 404', example: '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d' };
const KEY_HEADER = { name: 'Idempotency-Key', required: false, description: 'optional; a retried request with the same key is applied once' };

/** The supplier's side: its own tasks only; another supplier's task does not exist for it (404, never 403). */
@ApiTags('supplier tasks')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ProblemDto, description: 'missing or invalid API key' })
@ApiForbiddenResponse({ type: ProblemDto, description: 'not a supplier key' })
@Roles('supplier')
@Controller('supplier/tasks')
export class SupplierTasksController {
  constructor(private readonly disputes: DisputesService) {}

  @Get()
  @ApiOperation({ summary: 'List your tasks', description: 'Disputes opened against your company, newest first, with cursor paging.' })
  @ApiOkResponse({ type: SupplierTaskListDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'invalid filter' })
  list(@CurrentActor() actor: AuthenticatedActor, @Query() query: SupplierTasksQueryDto): Promise<SupplierTaskPage> {
    return this.disputes.supplierTasks(actor, { status: query.status, limit: query.limit ?? DEFAULT_LIST_LIMIT, cursor: query.cursor });
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Get a task',
    description: 'The claim facts you need — product, order, defect, evidence — the amount claimed, the deadline, and what you may do now. Never the customer\'s contact details.',
  })
  @ApiParam(TASK_PARAM)
  @ApiOkResponse({ type: SupplierTaskDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'no such task of yours' })
  get(@CurrentActor() actor: AuthenticatedActor, @Param('id') id: string): Promise<SupplierTaskView> {
    return this.disputes.supplierTask(actor, id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept a task', description: 'Offer a remedy: a replacement part, a full replacement, a repair, or compensation (with an amount), and when.' })
  @ApiParam(TASK_PARAM)
  @ApiHeader(KEY_HEADER)
  @ApiOkResponse({ type: SupplierTaskDto, description: 'your answer is recorded' })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'invalid body (e.g. compensation without an amount)' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'no such task of yours' })
  @ApiConflictResponse({ type: ProblemDto, description: 'already answered, or closed; nothing changed' })
  accept(@CurrentActor() actor: AuthenticatedActor, @Param('id') id: string, @Body() body: AcceptDisputeDto, @Headers('idempotency-key') key?: string) {
    return this.disputes.supplierAct(actor, id, 'accept', body, key);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a task', description: 'Say why the claim is not yours to pay, with evidence.' })
  @ApiParam(TASK_PARAM)
  @ApiHeader(KEY_HEADER)
  @ApiOkResponse({ type: SupplierTaskDto, description: 'your answer is recorded' })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'invalid body' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'no such task of yours' })
  @ApiConflictResponse({ type: ProblemDto, description: 'already answered, or closed; nothing changed' })
  reject(@CurrentActor() actor: AuthenticatedActor, @Param('id') id: string, @Body() body: RejectDisputeDto, @Headers('idempotency-key') key?: string) {
    return this.disputes.supplierAct(actor, id, 'reject', body, key);
  }
}
