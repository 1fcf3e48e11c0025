/**
 * OpenAPI-only classes describing what the claims API answers: the live claim view
 * (ClaimView), a page of claim summaries, and the problem documents. They are never
 * instantiated; `implements` keeps them in step with the domain types.
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  Channel,
  ClaimAction,
  ClaimStatus,
  ClaimType,
  Classification,
  RemedyKind,
  ResponsibleUnit,
  Severity,
  WarrantyCheck,
} from '../../../domain/claim.types';
import type { ClaimView, NoteView, RemedyView, SlaView, StatutoryView } from '../../../domain/claim/claim-view';
import { problemTypeFor } from '../../common/errors/problem-types';
import type { DomainErrorCode } from '../../common/errors/domain-error';
import { ProblemDto } from '../../common/openapi/problem-responses';
import {
  CHANNEL_ENUM,
  CLAIM_ACTION_ENUM,
  CLAIM_STATUS_ENUM,
  CLAIM_TYPE_ENUM,
  CLOSED_REASON_ENUM,
  REMEDY_KIND_ENUM,
  RESPONSIBLE_UNIT_ENUM,
  SEVERITY_ENUM,
  WARRANTY_BASIS_ENUM,
} from './claim-enums.openapi';
import { ClaimActorDto } from './actor.dto';
import { FollowUpViewDto, LinkedReviewStateDto, ReviewReplyViewDto } from './follow-up-response.dto';
import { CustomerDto, LinkedReviewDto, OrderDto } from './create-claim.dto';

export { ClaimActorDto };
import { DisputeSummaryDto } from '../../disputes/dto/dispute-response.dto';

const CLAIM_ID = '3f6c1d2e-8b4a-8c2d-9e1f-0a1b2c3d4e5f';
const CLAIM_NUMBER = 'CL-2026-000123';

export class ClassificationDto implements Classification {
  @ApiProperty({ ...CLAIM_TYPE_ENUM, description: 'What the claim is about', example: 'product_quality' })
  type: ClaimType;

  @ApiProperty({ ...RESPONSIBLE_UNIT_ENUM, description: 'Who is responsible', example: 'supplier' })
  unit: ResponsibleUnit;

  @ApiProperty({ description: 'Defect / fault code from the policy', example: 'upholstered.filler_shrinkage' })
  defectCode: string;

  @ApiProperty({ ...SEVERITY_ENUM, description: 'How bad it is', example: 'medium' })
  severity: Severity;
}

export class RemedyViewDto implements RemedyView {
  @ApiProperty({ ...REMEDY_KIND_ENUM, description: 'The chosen remedy', example: 'repair' })
  kind: RemedyKind;

  @ApiPropertyOptional({ description: 'replacement: a quality check is needed', example: false })
  qualityCheck?: boolean;

  @ApiPropertyOptional({ description: 'replacement: the goods are out of stock', example: false })
  outOfStock?: boolean;

  @ApiPropertyOptional({ type: 'integer', description: 'repair: days agreed in writing', example: 20 })
  agreedRepairDays?: number;

  @ApiPropertyOptional({ description: 'rejected: the written reason', example: 'The damage was caused by improper use.' })
  reason?: string;

  @ApiProperty({ format: 'date-time', description: 'When the remedy was chosen', example: '2026-11-23T10:00:00.000Z' })
  chosenAt: string;

  @ApiProperty({ type: () => ClaimActorDto, description: 'Who chose it' })
  chosenBy: ClaimActorDto;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the remedy was completed', example: '2026-12-08T15:30:00.000Z' })
  completedAt?: string;

  @ApiPropertyOptional({ description: 'Notes given on completion', example: 'new cushions fitted' })
  completionNotes?: string;
}

export class SlaViewDto implements SlaView {
  @ApiProperty({ format: 'date-time', description: 'First-response SLA due time (the company\'s clock)', example: '2026-11-23T09:12:00.000Z' })
  firstResponseDueAt: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the first staff action came', example: '2026-11-22T11:40:00.000Z' })
  respondedAt?: string;

  @ApiProperty({ description: 'The first response came late, or has not come and is due', example: false })
  breached: boolean;

  @ApiProperty({ description: 'The SLA clock is paused while the claim waits on the customer', example: false })
  paused: boolean;

  @ApiProperty({ type: 'integer', description: 'Milliseconds the SLA clock has been paused in all', example: 0, minimum: 0 })
  pausedMs: number;
}

export class StatutoryViewDto implements StatutoryView {
  @ApiProperty({ format: 'date-time', description: 'When the customer\'s demand was made (intake, or the last reopen); the statutory clock counts from it', example: '2026-11-22T09:12:00.000Z' })
  demandedAt: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Statutory deadline of the chosen remedy', example: '2026-12-12T20:59:59.999Z' })
  deadlineAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When a warning goes out before the deadline', example: '2026-12-10T09:12:00.000Z' })
  warningAt?: string;

  @ApiPropertyOptional({ description: 'The legal basis of the deadline', example: 'art. 20: repair, 20 days as agreed' })
  basis?: string;

  @ApiProperty({ description: 'The warning before the deadline went out', example: false })
  warned: boolean;

  @ApiProperty({ description: 'The deadline has passed without the remedy done', example: false })
  breached: boolean;

  @ApiProperty({ type: 'integer', description: 'Days of penalty accrued past the deadline', example: 0, minimum: 0 })
  penaltyDays: number;

  @ApiProperty({ description: 'Penalty accrued (shown, never paid by the engine): price × rate × days', example: 0, minimum: 0 })
  penaltyAmount: number;

  @ApiProperty({ description: 'Currency of the penalty (the price\'s)', example: 'RUB' })
  currency: string;

  @ApiProperty({ description: 'Penalty per day as a fraction of the price', example: 0.01 })
  penaltyRatePerDay: number;
}

export class NoteViewDto implements NoteView {
  @ApiProperty({ format: 'date-time', description: 'When the note was added', example: '2026-11-22T11:40:00.000Z' })
  at: string;

  @ApiProperty({ type: () => ClaimActorDto, description: 'Who added it' })
  actor: ClaimActorDto;

  @ApiProperty({ description: 'The note', example: 'photos confirm' })
  text: string;
}

export class WarrantyCheckDto implements WarrantyCheck {
  @ApiProperty({ description: 'The claim was made within the warranty (out-of-warranty claims are taken in and flagged)', example: true })
  inWarranty: boolean;

  @ApiProperty({ ...WARRANTY_BASIS_ENUM, description: 'The warranty runs from delivery, or from purchase when there was none', example: 'delivery' })
  basis: 'delivery' | 'purchase';

  @ApiProperty({ format: 'date', description: 'First day of the warranty', example: '2026-05-14' })
  startsOn: string;

  @ApiProperty({ format: 'date', description: 'Last day of the warranty', example: '2027-11-13' })
  endsOn: string;

  @ApiProperty({ type: 'integer', description: 'Warranty period in months (policy, per category)', example: 18 })
  months: number;

  @ApiProperty({ description: 'Product category the period was taken for', example: 'upholstered' })
  category: string;
}

/** Something about the claim that needs an operator (see docs/operations: alerts). */
export class ClaimAlertDto {
  @ApiProperty({ enum: ['recording_blocked'], example: 'recording_blocked', description: '`recording_blocked`: the worker cannot write the claim\'s events (a data error); it keeps retrying, a fix repairs it' })
  kind: string;
  @ApiProperty({ example: "PostgreSQL refused the claim's events (SQLSTATE 22P05)", description: 'what happened, without the claim\'s data' })
  detail: string;
  @ApiProperty({ example: '2026-11-30T09:00:00.000Z', description: 'first seen' })
  since: string;
  @ApiProperty({ type: 'integer', example: 12, description: 'failed attempts so far' })
  attempts: number;
}

export class ClaimResponseDto implements ClaimView {
  @ApiProperty({ format: 'uuid', description: 'Claim id', example: CLAIM_ID })
  id: string;

  @ApiPropertyOptional({ description: 'Readable claim number, allocated at intake', example: CLAIM_NUMBER })
  number?: string;

  @ApiProperty({ ...CLAIM_STATUS_ENUM, description: 'Lifecycle status', example: 'received' })
  status: ClaimStatus;

  @ApiProperty({ ...CHANNEL_ENUM, description: 'Intake channel', example: 'hotline' })
  channel: Channel;

  @ApiPropertyOptional({ description: 'The channel\'s own id of the claim', example: 'call-2026-11-22-0042' })
  externalRef?: string;

  @ApiProperty({ type: () => CustomerDto, description: 'The customer, as taken in (email lower-cased)' })
  customer: CustomerDto;

  @ApiProperty({ type: () => OrderDto, description: 'The order and the goods' })
  order: OrderDto;

  @ApiProperty({ description: 'The complaint', example: 'Seat cushions sagged after 5 months' })
  description: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uri' },
    description: 'Links to photos, videos, documents',
    example: ['https://files.example.com/claims/abc.jpg'],
  })
  attachments: string[];

  @ApiPropertyOptional({ type: () => LinkedReviewDto, description: 'The public review the claim answers' })
  review?: LinkedReviewDto;

  @ApiPropertyOptional({ ...REMEDY_KIND_ENUM, description: 'The remedy the customer asked for', example: 'repair' })
  demandedRemedy?: RemedyKind;

  @ApiPropertyOptional({ type: () => ClassificationDto, description: 'Set by triage' })
  classification?: ClassificationDto;

  @ApiPropertyOptional({ type: () => RemedyViewDto, description: 'The chosen remedy and its completion' })
  remedy?: RemedyViewDto;

  @ApiProperty({ format: 'date-time', description: 'When the claim was taken in', example: '2026-11-22T09:12:00.000Z' })
  receivedAt: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When it was (last) triaged', example: '2026-11-22T11:40:00.000Z' })
  triagedAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the remedy was completed', example: '2026-12-08T15:30:00.000Z' })
  resolvedAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the claim closed', example: '2026-12-22T15:30:00.000Z' })
  closedAt?: string;

  @ApiPropertyOptional({ ...CLOSED_REASON_ENUM, description: 'Why the claim closed', example: 'completed' })
  closedReason?: 'completed' | 'withdrawn';

  @ApiPropertyOptional({ description: 'The reason given when the claim was withdrawn', example: 'The customer withdrew the claim by phone.' })
  withdrawReason?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'A closed claim may be reopened until then', example: '2027-01-21T15:30:00.000Z' })
  reopenUntil?: string;

  @ApiProperty({ type: 'integer', description: 'How many times the claim was reopened', example: 0, minimum: 0 })
  reopenCount: number;

  @ApiProperty({ description: 'Staff are waiting on the customer (the company SLA clock is paused)', example: false })
  waitingOnCustomer: boolean;

  @ApiProperty({ type: () => SlaViewDto, description: 'The company\'s first-response SLA' })
  sla: SlaViewDto;

  @ApiProperty({ type: () => StatutoryViewDto, description: 'The statutory deadline of the remedy and the penalty accrued past it' })
  statutory: StatutoryViewDto;

  @ApiProperty({ type: () => WarrantyCheckDto, description: 'Warranty check against the terms in force at the sale (snapshotted at intake)' })
  warranty: WarrantyCheckDto;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    description: 'Ids of open claims of the same customer and order received within the duplicate window (linked, never merged)',
    example: [],
  })
  possibleDuplicateOf: string[];

  @ApiProperty({ type: () => [NoteViewDto], description: 'Internal notes, oldest first' })
  notes: NoteViewDto[];

  @ApiProperty({ type: () => [DisputeSummaryDto], description: 'Supplier disputes about the claim, oldest first; the claim cannot close while one is open' })
  disputes: DisputeSummaryDto[];

  @ApiProperty({ description: 'The linked public review is negative (rated 3 or below by default): review correction applies', example: true })
  negativeReview: boolean;

  @ApiPropertyOptional({ type: () => FollowUpViewDto, description: 'After resolution: the survey and, for a negative review, review correction' })
  followUp?: FollowUpViewDto;

  @ApiPropertyOptional({ type: () => ReviewReplyViewDto, description: 'The company\'s public reply to the linked review' })
  reviewReply?: ReviewReplyViewDto;

  @ApiPropertyOptional({ type: () => LinkedReviewStateDto, description: 'The linked review as the monitoring feed last reported it' })
  reviewNow?: LinkedReviewStateDto;

  @ApiProperty({
    ...CLAIM_ACTION_ENUM,
    isArray: true,
    description: 'The lifecycle actions allowed now (none once the claim\'s workflow has ended)',
    example: ['triage', 'notes', 'withdraw', 'waiting_on_customer', 'correct_order'],
  })
  allowedActions: ClaimAction[];

  @ApiPropertyOptional({ type: () => ClaimAlertDto, isArray: true, description: 'Open alerts on the claim for an operator (GET /claims/{id} only); empty when all is well' })
  alerts?: ClaimAlertDto[];

  @ApiProperty({ type: 'integer', description: 'Sequence number of the last audit event; grows with every accepted action or fired timer', example: 1 })
  version: number;

  @ApiProperty({ description: 'Name of the policy in force at intake', example: 'ru-2300-1' })
  policyName: string;
}

export class ClaimSummaryDto {
  @ApiProperty({ format: 'uuid', description: 'Claim id', example: CLAIM_ID })
  id: string;

  @ApiProperty({ description: 'Readable claim number', example: CLAIM_NUMBER })
  number: string;

  @ApiProperty({ ...CLAIM_STATUS_ENUM, description: 'Lifecycle status', example: 'triaged' })
  status: ClaimStatus;

  @ApiProperty({ ...CHANNEL_ENUM, description: 'Intake channel', example: 'hotline' })
  channel: Channel;

  @ApiPropertyOptional({ ...CLAIM_TYPE_ENUM, description: 'Claim type, once triaged', example: 'product_quality' })
  type?: ClaimType;

  @ApiPropertyOptional({ ...RESPONSIBLE_UNIT_ENUM, description: 'Responsible unit, once triaged', example: 'supplier' })
  unit?: ResponsibleUnit;

  @ApiPropertyOptional({ description: 'Defect code, once triaged', example: 'upholstered.filler_shrinkage' })
  defectCode?: string;

  @ApiPropertyOptional({ description: 'Supplier of the goods', example: 'fabrika-yug' })
  supplierId?: string;

  @ApiProperty({ description: 'Customer name', example: 'Анна Петрова' })
  customerName: string;

  @ApiProperty({ description: 'Order number', example: 'ORD-100234' })
  orderId: string;

  @ApiProperty({ description: 'Product name', example: 'Sofa Oslo 3-seat' })
  productName: string;

  @ApiProperty({ format: 'date-time', description: 'When the claim was taken in', example: '2026-11-22T09:12:00.000Z' })
  receivedAt: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the first response is due, until someone has responded', example: '2026-11-23T09:12:00.000Z' })
  slaDueAt?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'What is due next while the claim is open: the earlier of the first-response SLA and the statutory deadline (absent when nothing is due); `sort=due` orders by it',
    example: '2026-11-23T09:12:00.000Z',
  })
  dueAt?: string;

  @ApiProperty({ description: 'The first-response SLA was breached', example: false })
  slaBreached: boolean;

  @ApiPropertyOptional({ format: 'date-time', description: 'Statutory deadline, once a remedy is chosen', example: '2026-12-12T20:59:59.999Z' })
  deadlineAt?: string;

  @ApiProperty({ description: 'The statutory deadline has passed', example: false })
  deadlineBreached: boolean;

  @ApiProperty({ description: 'Penalty accrued so far', example: 0, minimum: 0 })
  penaltyAmount: number;

  @ApiProperty({ description: 'Currency of the price and penalty', example: 'RUB' })
  currency: string;

  @ApiProperty({ type: 'integer', description: 'Supplier disputes not yet settled or written off', example: 0, minimum: 0 })
  openDisputes: number;

  @ApiProperty({ description: 'The customer\'s survey answer alerted supervisors (a detractor, NPS 0–6, or unsatisfied, CSAT 1–3)', example: false })
  surveyAlert: boolean;

  @ApiProperty({ format: 'date-time', description: 'Last change of the claim in the read model', example: '2026-11-22T11:40:00.000Z' })
  updatedAt: string;
}

export class ClaimListResponseDto {
  @ApiProperty({ type: () => [ClaimSummaryDto], description: 'Claims, newest first' })
  items: ClaimSummaryDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` to get the next page; null on the last page',
    example: 'WyIyMDI2LTExLTIyVDA5OjE1OjAwLjAwMFoiLCI3ZjFjIl0',
  })
  nextCursor: string | null;
}

export type ProblemExampleStatus = 400 | 404 | 409 | 422;

function problem(code: DomainErrorCode, detail: string, instance: string, extras: Record<string, unknown> = {}) {
  const { type, title, status } = problemTypeFor(code);
  return { type, title, status, detail, instance, ...extras };
}

/**
 * Example problem documents of the claims endpoints, keyed by status, e.g.
 * `@ApiConflictResponse({ type: ProblemDto, example: PROBLEM_EXAMPLES[409] })`.
 * The 409 is the DESIGN's.
 */
export const PROBLEM_EXAMPLES: Record<ProblemExampleStatus, ProblemDto> = {
  400: problem('validation_failed', 'The request has 2 invalid fields.', '/claims', {
    errors: [
      { field: 'customer.phone', message: 'a customer needs a phone or an email: give at least one of them' },
      { field: 'order.price', message: 'price must be greater than 0' },
    ],
  }),
  404: problem('not_found', 'no claim CL-2026-000999', '/claims/CL-2026-000999'),
  409: problem('invalid_transition', 'cannot complete a remedy while the claim is received', `/claims/${CLAIM_NUMBER}/remedy/complete`, {
    allowedActions: ['triage', 'notes', 'withdraw', 'waiting_on_customer', 'correct_order'],
  }),
  422: problem(
    'idempotency_mismatch',
    'this Idempotency-Key was already used with a different request body; use a new one for a new claim',
    '/claims',
  ),
};
