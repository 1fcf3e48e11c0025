import { applyDecorators, Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
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
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { ClaimAction } from '../../domain/claim.types';
import type { ClaimView } from '../../domain/claim/claim-view';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { actorOf, type AuthenticatedActor } from '../auth/auth.types';
import type { ActionInput } from '../../workflows/claim/claim.messages';
import { redactClaimView, redactCustomerName } from '../privacy/personal-data.policy';
import { ClaimActionsService } from './claim-actions.service';
import { ClaimIntakeService } from './claim-intake.service';
import { ClaimQueriesService } from './claim-queries.service';
import { AddNoteDto, ChooseRemedyDto, ClaimListResponseDto, ClaimResponseDto, CompleteRemedyDto, ResendSurveyDto, CORRECT_ORDER_EXAMPLE, CorrectOrderDto, CreateClaimDto, CustomerRespondedDto, ListClaimsQueryDto, ReopenClaimDto, TriageClaimDto, WaitingOnCustomerDto, WithdrawClaimDto } from './dto';
import { ProblemDto } from '../common/openapi/problem-responses';
import { toUtcInstant } from '../common/validation/field.validators';
import { ReviewReplyDto } from '../reviews/dto/review-event.dto';

const ID_PARAM = {
  name: 'id',
  description: 'claim id (UUID) or its readable number, e.g. CL-2026-000123',
  example: 'CL-2026-000123',
};
const ACTION_KEY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'optional; a retried request with the same key is applied once',
};

/** Shared OpenAPI for every lifecycle action. */
function ActionDocs(summary: string, description: string) {
  return applyDecorators(
    ApiOperation({ summary, description }),
    ApiParam(ID_PARAM),
    ApiHeader(ACTION_KEY_HEADER),
    ApiOkResponse({ type: ClaimResponseDto, description: 'the action was accepted and is durable; the claim after it' }),
    ApiBadRequestResponse({ type: ProblemDto, description: 'invalid body (field errors)' }),
    ApiNotFoundResponse({ type: ProblemDto, description: 'no such claim' }),
    ApiConflictResponse({
      type: ProblemDto,
      description: 'not allowed in the claim\'s current state; `detail` says why, `allowedActions` what is allowed now; nothing changed',
    }),
    Roles('agent', 'supervisor'),
  );
}

@ApiTags('claims')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ProblemDto, description: 'missing or invalid API key' })
@ApiForbiddenResponse({ type: ProblemDto, description: 'the key\'s role may not do this' })
@Controller('claims')
export class ClaimsController {
  constructor(
    private readonly intakeService: ClaimIntakeService,
    private readonly actions: ClaimActionsService,
    private readonly queries: ClaimQueriesService,
  ) {}

  @Post()
  @Roles('agent', 'supervisor', 'integration')
  @ApiOperation({
    summary: 'Take in a claim',
    description:
      'Starts the claim\'s durable workflow and answers once the intake is recorded. Idempotent: the same ' +
      '`Idempotency-Key` (with the same body), or the same channel + `externalRef`, yields the same claim with 200. ' +
      'The same key with another body is a 422. A claim that looks like an open one of the same customer and order ' +
      'is flagged in `possibleDuplicateOf`, never merged.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'optional; up to 255 visible ASCII characters; remembered for the policy\'s TTL (24 h by default)' })
  @ApiBody({ type: CreateClaimDto })
  @ApiCreatedResponse({ type: ClaimResponseDto, description: 'claim created' })
  @ApiOkResponse({ type: ClaimResponseDto, description: 'replay: the claim this key or external reference already created' })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'invalid body (field errors); nothing is created' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Idempotency-Key reused with a different body' })
  async create(
    @Body() body: CreateClaimDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ClaimView> {
    const outcome = await this.intakeService.intake(body, actor, idempotencyKey);
    res.status(outcome.created ? 201 : 200);
    res.setHeader('Location', `/claims/${outcome.claim.id}`);
    return redactClaimView(outcome.claim, actor.role);
  }

  @Get()
  @Roles('agent', 'supervisor', 'auditor')
  @ApiOperation({
    summary: 'List claims',
    description:
      'From the PostgreSQL read model, newest first, with filters and cursor paging: pass `nextCursor` back as `cursor`. ' +
      'The read model follows each workflow within moments of every change.',
  })
  @ApiOkResponse({ type: ClaimListResponseDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'invalid filter' })
  async list(@Query() query: ListClaimsQueryDto, @CurrentActor() actor: AuthenticatedActor): Promise<ClaimListResponseDto> {
    const page = await this.queries.list(query, actor.role);
    return { ...page, items: page.items.map((item) => ({ ...item, customerName: redactCustomerName(item.customerName, actor.role) })) };
  }

  @Get(':id')
  @Roles('agent', 'supervisor', 'auditor')
  @ApiOperation({
    summary: 'Get a claim\'s live state',
    description:
      'Read from the claim\'s workflow: status, deadlines, SLA, warranty, accrued penalty, notes and the actions allowed now. ' +
      'Auditors see the customer\'s personal data masked (initials, last two phone digits, e-mail domain).',
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: ClaimResponseDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'no such claim' })
  async get(@Param('id') id: string, @CurrentActor() actor: AuthenticatedActor): Promise<ClaimView> {
    return redactClaimView(await this.queries.get(id, actor.role), actor.role);
  }

  @Post(':id/triage')
  @HttpCode(200)
  @ActionDocs('Triage a claim', 'Sets type, responsible unit, defect code and severity: received → triaged (re-triage allowed while triaged). Counts as the first response.')
  triage(@Param('id') id: string, @Body() body: TriageClaimDto, @CurrentActor() actor: AuthenticatedActor, @Headers('idempotency-key') key?: string) {
    return this.act(id, 'triage', body, actor, key);
  }

  @Post(':id/remedy')
  @HttpCode(200)
  @ActionDocs(
    'Choose the remedy',
    'triaged → remedy_in_progress. Sets the statutory deadline of the remedy (policy; by default art. 20–22 of law 2300-1) counted from the day of the demand, with a warning before it and a daily penalty after it.',
  )
  remedy(@Param('id') id: string, @Body() body: ChooseRemedyDto, @CurrentActor() actor: AuthenticatedActor, @Headers('idempotency-key') key?: string) {
    return this.act(id, 'remedy', body, actor, key);
  }

  @Post(':id/remedy/complete')
  @HttpCode(200)
  @ActionDocs('Complete the remedy', 'remedy_in_progress → resolved, then closed as soon as no supplier dispute is open (reopenable for the policy\'s reopen window). Settles the accrued penalty.')
  complete(@Param('id') id: string, @Body() body: CompleteRemedyDto, @CurrentActor() actor: AuthenticatedActor, @Headers('idempotency-key') key?: string) {
    return this.act(id, 'complete_remedy', body, actor, key);
  }

  @Post(':id/survey/resend')
  @HttpCode(200)
  @ActionDocs(
    'Send the customer a new survey link',
    'While the survey is out and unanswered (follow_up): a new link goes to the customer through the notification channel, the old one ' +
      'stops working (its page says the survey is closed), the expiry stays. Audited as `survey.resent`. The current link is in ' +
      '`followUp.survey.link` of GET /claims/{id} for agents and supervisors.',
  )
  resendSurvey(@Param('id') id: string, @Body() _body: ResendSurveyDto, @CurrentActor() actor: AuthenticatedActor, @Headers('idempotency-key') key?: string) {
    return this.act(id, 'resend_survey', {}, actor, key);
  }

  @Post(':id/notes')
  @HttpCode(200)
  @ActionDocs('Add a note', 'An internal note, allowed in every status.')
  note(@Param('id') id: string, @Body() body: AddNoteDto, @CurrentActor() actor: AuthenticatedActor, @Headers('idempotency-key') key?: string) {
    return this.act(id, 'notes', body, actor, key);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @ActionDocs('Reopen a claim', 'resolved / closed → triaged (received if it was never triaged), within the reopen window. A new demand: the statutory clock starts again.')
  reopen(@Param('id') id: string, @Body() body: ReopenClaimDto, @CurrentActor() actor: AuthenticatedActor, @Headers('idempotency-key') key?: string) {
    return this.act(id, 'reopen', body, actor, key);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ActionDocs('Withdraw a claim', 'Any open status → closed, with a reason; refused while a supplier dispute is open.')
  withdraw(@Param('id') id: string, @Body() body: WithdrawClaimDto, @CurrentActor() actor: AuthenticatedActor, @Headers('idempotency-key') key?: string) {
    return this.act(id, 'withdraw', body, actor, key);
  }

  @Post(':id/waiting-on-customer')
  @HttpCode(200)
  @ActionDocs('Wait on the customer', 'Pauses the company\'s first-response SLA clock (e.g. while waiting for photos). The statutory deadline never pauses.')
  waiting(@Param('id') id: string, @Body() body: WaitingOnCustomerDto, @CurrentActor() actor: AuthenticatedActor, @Headers('idempotency-key') key?: string) {
    return this.act(id, 'waiting_on_customer', body, actor, key);
  }

  @Post(':id/customer-responded')
  @HttpCode(200)
  @ActionDocs('The customer responded', 'Resumes the company SLA clock.')
  responded(@Param('id') id: string, @Body() body: CustomerRespondedDto, @CurrentActor() actor: AuthenticatedActor, @Headers('idempotency-key') key?: string) {
    return this.act(id, 'customer_responded', body, actor, key);
  }

  @Post(':id/review/reply')
  @HttpCode(200)
  @ActionDocs(
    'Record the public reply to the review',
    'For a claim linked to a negative public review: the reply the company posted on the platform, stating the resolution. Allowed until the claim closes.',
  )
  reviewReply(@Param('id') id: string, @Body() body: ReviewReplyDto, @CurrentActor() actor: AuthenticatedActor, @Headers('idempotency-key') key?: string) {
    return this.act(id, 'review_reply', { text: body.text, ...(body.postedAt ? { postedAt: toUtcInstant(body.postedAt) } : {}) }, actor, key);
  }

  @Patch(':id/order')
  @HttpCode(200)
  @ActionDocs(
    'Correct the order facts',
    'While the claim is open (received, triaged, remedy in progress): replaces the order facts given — e.g. the real order of a claim ' +
      'opened from a public review, or a mistyped price. The warranty is checked again against the claim\'s policy as of the day it was ' +
      'received, and the statutory penalty follows the new price and currency (days already accrued are kept). The audit event ' +
      '`order.corrected` keeps every old and new value and the reason. 400 when nothing would change, when the delivery would fall before ' +
      'the purchase, or when the supplier changes while a dispute with it is open.',
  )
  @ApiBody({ type: CorrectOrderDto, examples: { found: { summary: 'The real order of a claim opened from a review', value: CORRECT_ORDER_EXAMPLE } } })
  correctOrder(@Param('id') id: string, @Body() body: CorrectOrderDto, @CurrentActor() actor: AuthenticatedActor, @Headers('idempotency-key') key?: string) {
    const { reason, ...order } = body;
    return this.act(id, 'correct_order', { order, reason }, actor, key);
  }

  private async act<A extends ClaimAction>(id: string, action: A, body: ActionInput<A>, actor: AuthenticatedActor, key?: string): Promise<ClaimView> {
    const view = await this.actions.act(id, action, body, actorOf(actor), key);
    return redactClaimView(view, actor.role);
  }
}
