import { applyDecorators, Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { DisputeView } from '../../domain/dispute/dispute.types';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { AuthenticatedActor } from '../auth/auth.types';
import { ProblemDto } from '../common/openapi/problem-responses';
import { DisputesService } from './disputes.service';
import { DisputeReasonDto, OpenDisputeDto, SettleDisputeDto } from './dto/dispute-input.dto';
import { DisputeViewDto } from './dto/dispute-response.dto';

const CLAIM_PARAM = { name: 'id', description: 'claim id (UUID) or its readable number', example: 'CL-2026-000123' };
const DISPUTE_PARAM = { name: 'disputeId', description: 'dispute id (UUID)', example: '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d' };
const KEY_HEADER = { name: 'Idempotency-Key', required: false, description: 'optional; a retried request with the same key is applied once' };

/** Shared OpenAPI of the staff decisions on a dispute. */
function DecisionDocs(summary: string, description: string) {
  return applyDecorators(
    HttpCode(200),
    Roles('agent', 'supervisor'),
    ApiOperation({ summary, description }),
    ApiParam(CLAIM_PARAM),
    ApiParam(DISPUTE_PARAM),
    ApiHeader(KEY_HEADER),
    ApiOkResponse({ type: DisputeViewDto, description: 'accepted and durable; the dispute after it' }),
    ApiBadRequestResponse({ type: ProblemDto, description: 'invalid body (field errors), or an amount above the amount claimed' }),
    ApiNotFoundResponse({ type: ProblemDto, description: 'no such claim, or no such dispute on it' }),
    ApiConflictResponse({ type: ProblemDto, description: 'not allowed in the dispute\'s current state; `detail` says why, `allowedActions` what is allowed; nothing changed' }),
  );
}

@ApiTags('supplier disputes')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ProblemDto, description: 'missing or invalid API key' })
@ApiForbiddenResponse({ type: ProblemDto, description: 'the key\'s role may not do this' })
@Controller('claims/:id/supplier-disputes')
export class ClaimDisputesController {
  constructor(private readonly disputes: DisputesService) {}

  @Post()
  @Roles('agent', 'supervisor')
  @ApiOperation({
    summary: 'Open a supplier dispute',
    description:
      'Claims the cost back from the supplier while the customer\'s remedy goes on. Starts the dispute\'s own workflow: ' +
      'the supplier gets a task (webhook `task.created`) with a deadline in business days (the supplier\'s setting, else the ' +
      'policy\'s), reminders before it, and escalation to supervisors when it passes. Allowed once the claim is triaged and ' +
      'until it closes; a claim does not close while a dispute is open.',
  })
  @ApiParam(CLAIM_PARAM)
  @ApiHeader(KEY_HEADER)
  @ApiCreatedResponse({ type: DisputeViewDto, description: 'dispute opened; its task is with the supplier' })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'invalid body, or an unknown or inactive supplier' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'no such claim' })
  @ApiConflictResponse({ type: ProblemDto, description: 'the claim\'s status does not allow a dispute now (e.g. not triaged yet, or closed)' })
  open(@Param('id') id: string, @Body() body: OpenDisputeDto, @CurrentActor() actor: AuthenticatedActor, @Headers('idempotency-key') key?: string): Promise<DisputeView> {
    return this.disputes.open(id, body, actor, key);
  }

  @Get(':disputeId')
  @Roles('agent', 'supervisor', 'auditor')
  @ApiOperation({ summary: 'Get a dispute', description: 'Live from the dispute\'s workflow: status, deadline, reminders, escalations, the supplier\'s answer, the settlement.' })
  @ApiParam(CLAIM_PARAM)
  @ApiParam(DISPUTE_PARAM)
  @ApiOkResponse({ type: DisputeViewDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'no such claim, or no such dispute on it' })
  get(@Param('id') id: string, @Param('disputeId') disputeId: string): Promise<DisputeView> {
    return this.disputes.get(id, disputeId);
  }

  @Post(':disputeId/settle')
  @DecisionDocs('Settle a dispute', 'accepted / rejected → settled, with the agreed chargeback (at most the amount claimed) and a reason. Webhook `task.settled`.')
  settle(@Param('id') id: string, @Param('disputeId') disputeId: string, @Body() body: SettleDisputeDto, @CurrentActor() actor: AuthenticatedActor, @Headers('idempotency-key') key?: string) {
    return this.disputes.staffAct(id, disputeId, 'settle', body, actor, key);
  }

  @Post(':disputeId/escalate')
  @DecisionDocs('Escalate a dispute', 'Flags an open dispute for supervisors, with a reason (once; a passed deadline escalates by itself). Webhook `task.escalated`.')
  escalate(@Param('id') id: string, @Param('disputeId') disputeId: string, @Body() body: DisputeReasonDto, @CurrentActor() actor: AuthenticatedActor, @Headers('idempotency-key') key?: string) {
    return this.disputes.staffAct(id, disputeId, 'escalate', body, actor, key);
  }

  @Post(':disputeId/write-off')
  @DecisionDocs('Write off a dispute', 'Any open status → written_off, with a reason: the company stops claiming. Webhook `task.written_off`.')
  writeOff(@Param('id') id: string, @Param('disputeId') disputeId: string, @Body() body: DisputeReasonDto, @CurrentActor() actor: AuthenticatedActor, @Headers('idempotency-key') key?: string) {
    return this.disputes.staffAct(id, disputeId, 'write_off', body, actor, key);
  }
}
