/**
 * The claim's state and every rule that changes it: plain data and plain functions,
 * deterministic (the caller passes `now`), shared by the workflow and its unit tests.
 *
 * Each accepted command and each fired timer yields audit events with consecutive
 * sequence numbers; the workflow persists them in order.
 */
import type {
  Actor,
  ClaimAction,
  ClaimStatus,
  Classification,
  RemedyInput,
  TriageInput,
} from '../../domain/claim.types';
import type {
  ClaimView,
  FollowUpView,
  LinkedReviewState,
  NoteView,
  RemedyView,
  ReviewReplyView,
  SlaView,
  StatutoryView,
} from '../../domain/claim/claim-view';
import { isNegativeReview, reviewOutcome } from '../../domain/follow-up/review-correction';
import { surveyAlerts, surveyLanguage, type SurveyAnswer } from '../../domain/follow-up/survey';
import { isOpenDispute, type DisputeSummary, type OpenDisputeInput, type SupplierFacts, type SupplierTerms } from '../../domain/dispute/dispute.types';
import { allowedActions, checkAction, OPEN_STATUSES, statusAfter, type SystemStep, type TransitionSubject } from '../../domain/claim/transitions';
import { correctOrder, type OrderChanges } from '../../domain/claim/order-correction';
import { penaltyAmount, penaltyDays } from '../../domain/deadlines/penalty';
import { remedyDeadline, remedyRefusal } from '../../domain/deadlines/statutory-deadline';
import { defectCodes, followUpOf, mayMentionEditing } from '../../domain/policy/policy.validate';
import { durationMs } from '../../domain/time/duration';
import { checkWarranty } from '../../domain/warranty/warranty';
import type { ClaimWorkflowInput } from './claim.messages';
import type { DisputeChange } from '../supplier-dispute/dispute.messages';

export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'claims-engine', role: 'system' };

export interface AuditEventDraft {
  seq: number;
  /** ISO time the action was accepted or the timer fired */
  at: string;
  actor: Actor;
  action: string;
  data: Record<string, unknown>;
}

interface StatutoryState extends StatutoryView {}

export interface ClaimState {
  input: ClaimWorkflowInput;
  number?: string;
  receivedAt: string;
  status: ClaimStatus;
  classification?: Classification;
  triagedAt?: string;
  remedy?: RemedyView;
  resolvedAt?: string;
  closedAt?: string;
  closedReason?: 'completed' | 'withdrawn';
  withdrawReason?: string;
  reopenUntil?: string;
  reopenCount: number;
  waitingOnCustomer: boolean;
  /** when the current wait on the customer began */
  pausedAt?: string;
  sla: SlaView;
  statutory: StatutoryState;
  possibleDuplicateOf: string[];
  notes: NoteView[];
  /** supplier disputes, in the order they were opened; each is its own child workflow */
  disputes: DisputeSummary[];
  /** set while the claim is in (or has finished) its follow-up stage */
  followUp?: FollowUpView;
  reviewReply?: ReviewReplyView;
  reviewNow?: LinkedReviewState;
  /** sequence number of the last audit event produced */
  seq: number;
}

/** What the API sends to open a supplier dispute; the claim adds the supplier-safe facts. */
export interface OpenSupplierDisputePayload {
  disputeId: string;
  dispute: OpenDisputeInput;
  supplier: SupplierTerms;
}

/** What the API sends with each care-staff action. */
export type ActionPayload =
  | { action: 'triage'; input: TriageInput }
  | { action: 'remedy'; input: RemedyInput }
  | { action: 'complete_remedy'; input: { notes?: string } }
  | { action: 'notes'; input: { text: string } }
  | { action: 'reopen'; input: { reason: string } }
  | { action: 'withdraw'; input: { reason: string } }
  | { action: 'waiting_on_customer'; input: { reason: string } }
  | { action: 'customer_responded'; input: { notes?: string } }
  | { action: 'open_supplier_dispute'; input: OpenSupplierDisputePayload }
  | { action: 'review_reply'; input: { text: string; postedAt?: string } }
  | { action: 'correct_order'; input: OrderCorrectionPayload }
  | { action: 'resend_survey'; input: Record<string, never> };

/** Corrected order facts (only those that change) and why, for the audit log. */
export interface OrderCorrectionPayload {
  order: OrderChanges;
  reason: string;
}

/** A customer's survey answer, with the survey it answers. */
export interface SurveyResponse extends SurveyAnswer {
  surveyId: string;
}

/** A change the review-monitoring feed reported for the linked review. */
export interface ReviewChange {
  rating: number;
  removed: boolean;
  /** ISO time the platform reported it */
  at: string;
  text?: string;
}

export type Refusal =
  | { kind: 'invalid_transition'; message: string; allowedActions: ClaimAction[] }
  | { kind: 'invalid_input'; message: string; errors: Array<{ field: string; message: string }> }
  | { kind: 'gone'; message: string };

export type TimerKind =
  | 'sla_breach'
  | 'deadline_warning'
  | 'deadline_breach'
  | 'penalty_accrual'
  | 'reopen_window_end'
  | 'survey_send'
  | 'survey_reminder'
  | 'survey_expiry'
  | 'review_deadline';
export interface DueTimer {
  kind: TimerKind;
  /** epoch ms */
  at: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();
const ms = (isoTime: string): number => new Date(isoTime).getTime();

function emit(state: ClaimState, now: number, actor: Actor, action: string, data: Record<string, unknown>): AuditEventDraft {
  state.seq += 1;
  return { seq: state.seq, at: iso(now), actor, action, data };
}

/** The state right after intake, with the `claim.received` event (and the duplicate flag when there is one). */
export function openClaim(
  input: ClaimWorkflowInput,
  now: number,
  registration: { number: string; possibleDuplicateOf: string[] },
): { state: ClaimState; events: AuditEventDraft[] } {
  const { policy, intake } = input;
  const state: ClaimState = {
    input,
    number: registration.number,
    receivedAt: iso(now),
    status: 'received',
    reopenCount: 0,
    waitingOnCustomer: false,
    sla: {
      firstResponseDueAt: iso(now + durationMs(policy.firstResponseSla)),
      breached: false,
      paused: false,
      pausedMs: 0,
    },
    statutory: {
      demandedAt: iso(now),
      warned: false,
      breached: false,
      penaltyDays: 0,
      penaltyAmount: 0,
      currency: intake.order.currency,
      penaltyRatePerDay: policy.penaltyRatePerDay,
    },
    possibleDuplicateOf: registration.possibleDuplicateOf,
    notes: [],
    disputes: [],
    seq: 0,
  };
  const events = [
    emit(state, now, input.actor, 'claim.received', {
      number: registration.number,
      intake,
      warranty: input.warranty,
      policy: policy.name,
      firstResponseDueAt: state.sla.firstResponseDueAt,
    }),
  ];
  if (registration.possibleDuplicateOf.length > 0) {
    events.push(
      emit(state, now, SYSTEM_ACTOR, 'claim.duplicate_flagged', { possibleDuplicateOf: registration.possibleDuplicateOf }),
    );
  }
  return { state, events };
}

export function openDisputeCount(state: ClaimState): number {
  return state.disputes.filter((d) => isOpenDispute(d.status)).length;
}

/** The linked review gets review correction: rated at most the policy's threshold (policies without a follow-up stage: never). */
function hasNegativeReview(state: ClaimState): boolean {
  const review = state.input.intake.review;
  const followUp = followUpOf(state.input.policy);
  return !!review && !!followUp && isNegativeReview(review.rating, followUp.negativeReviewMaxRating);
}

function subject(state: ClaimState): TransitionSubject {
  return {
    status: state.status,
    classified: state.classification !== undefined,
    waitingOnCustomer: state.waitingOnCustomer,
    reopenUntil: state.reopenUntil,
    openDisputes: openDisputeCount(state),
    negativeReview: hasNegativeReview(state),
    surveyOpen: state.followUp?.survey.status === 'sent',
  };
}

/** Why `action` is refused now, or null when it is accepted. Never changes the state. */
export function refusalOf(state: ClaimState, command: ActionPayload, now: number): Refusal | null {
  const check = checkAction(subject(state), command.action, new Date(now));
  if (!check.allowed) {
    return { kind: 'invalid_transition', message: check.reason, allowedActions: allowedActions(subject(state), new Date(now)) };
  }
  const policy = state.input.policy;
  if (command.action === 'triage' && !defectCodes(policy).includes(command.input.defectCode)) {
    const message = `unknown defect code "${command.input.defectCode}"; known codes: ${defectCodes(policy).join(', ')}`;
    return { kind: 'invalid_input', message, errors: [{ field: 'defectCode', message }] };
  }
  if (command.action === 'correct_order') {
    const correction = correctOrder(state.input.intake.order, command.input.order);
    if (!correction.ok) return { kind: 'invalid_input', message: correction.message, errors: [{ field: correction.field, message: correction.message }] };
    const open = openDisputeCount(state);
    if (correction.changed.supplierId && open > 0) {
      const message = `cannot change the supplier while ${open} supplier dispute${open === 1 ? ' is' : 's are'} open with it: settle or write ${open === 1 ? 'it' : 'them'} off first`;
      return { kind: 'invalid_input', message, errors: [{ field: 'supplierId', message }] };
    }
  }
  if (command.action === 'open_supplier_dispute' && state.disputes.some((d) => d.id === command.input.disputeId)) {
    const message = `dispute ${command.input.disputeId} already exists`;
    return { kind: 'invalid_input', message, errors: [{ field: 'disputeId', message }] };
  }
  if (command.action === 'remedy') {
    const reason = remedyRefusal(policy, command.input);
    if (reason) return { kind: 'invalid_input', message: reason, errors: [{ field: remedyField(command.input), message: reason }] };
  }
  return null;
}

function remedyField(input: RemedyInput): string {
  if (input.kind === 'repair') return 'agreedRepairDays';
  if (input.kind === 'rejected') return 'reason';
  return 'kind';
}

/** Marks the first staff response (internal notes and the customer's own answer do not count). */
function respond(state: ClaimState, now: number): void {
  if (!state.sla.respondedAt) state.sla.respondedAt = iso(now);
}

function resumeClock(state: ClaimState, now: number): void {
  if (state.waitingOnCustomer && state.pausedAt) {
    state.sla.pausedMs += now - ms(state.pausedAt);
    if (!state.sla.respondedAt) {
      state.sla.firstResponseDueAt = iso(ms(state.sla.firstResponseDueAt) + (now - ms(state.pausedAt)));
    }
  }
  state.waitingOnCustomer = false;
  state.sla.paused = false;
  state.pausedAt = undefined;
}

function settlePenalty(state: ClaimState, now: number): void {
  const deadline = state.statutory.deadlineAt;
  if (!deadline) return;
  const days = penaltyDays(new Date(deadline), new Date(now), durationMs(state.input.policy.calendarDay));
  state.statutory.penaltyDays = days;
  state.statutory.penaltyAmount = penaltyAmount(state.input.intake.order.price, state.statutory.penaltyRatePerDay, days);
}

/**
 * Closes a resolved claim once nothing holds it open any more (its supplier disputes),
 * returning the `claim.closed` event; otherwise nothing. The one place that decides.
 */
function closeWhenDone(state: ClaimState, now: number): AuditEventDraft[] {
  if (state.status !== 'resolved' && state.status !== 'follow_up') return [];
  if (openDisputeCount(state) > 0) return [];
  if (state.status === 'follow_up' && !followUpDone(state)) return [];
  close(state, now, 'completed');
  return [emit(state, now, SYSTEM_ACTOR, 'claim.closed', { reason: 'completed', reopenUntil: state.reopenUntil })];
}

/** The one place a claim's status changes: where the transition table says `step` leads. */
function transition(state: ClaimState, step: ClaimAction | SystemStep): ClaimStatus {
  const from = state.status;
  state.status = statusAfter(subject(state), step);
  return from;
}

function close(state: ClaimState, now: number, reason: 'completed' | 'withdrawn'): void {
  transition(state, reason === 'withdrawn' ? 'withdraw' : 'close');
  state.closedAt = iso(now);
  state.closedReason = reason;
  state.reopenUntil = iso(now + durationMs(state.input.policy.reopenWindow));
}

/** Applies an accepted command; call `refusalOf` first. Returns the audit events it produced. */
export function applyCommand(state: ClaimState, command: ActionPayload, actor: Actor, now: number): AuditEventDraft[] {
  const policy = state.input.policy;
  switch (command.action) {
    case 'triage': {
      const { notes, ...classification } = command.input;
      respond(state, now);
      const retriage = state.status === 'triaged';
      transition(state, 'triage');
      state.classification = classification;
      state.triagedAt = state.triagedAt ?? iso(now);
      if (notes) state.notes.push({ at: iso(now), actor, text: notes });
      return [emit(state, now, actor, retriage ? 'claim.retriaged' : 'claim.triaged', { ...classification, notes })];
    }
    case 'remedy': {
      respond(state, now);
      const input = command.input;
      const deadline = remedyDeadline(policy, input, new Date(state.statutory.demandedAt));
      state.remedy = { ...input, chosenAt: iso(now), chosenBy: actor };
      state.statutory = {
        ...state.statutory,
        deadlineAt: deadline.deadlineAt.toISOString(),
        warningAt: deadline.warningAt.toISOString(),
        basis: deadline.basis,
        warned: false,
        breached: false,
        penaltyDays: 0,
        penaltyAmount: 0,
      };
      transition(state, 'remedy');
      return [
        emit(state, now, actor, 'remedy.chosen', {
          ...input,
          deadlineAt: state.statutory.deadlineAt,
          warningAt: state.statutory.warningAt,
          basis: deadline.basis,
        }),
      ];
    }
    case 'complete_remedy': {
      respond(state, now);
      resumeClock(state, now);
      settlePenalty(state, now);
      const remedy = state.remedy as RemedyView;
      remedy.completedAt = iso(now);
      remedy.completionNotes = command.input.notes;
      transition(state, 'complete_remedy');
      state.resolvedAt = iso(now);
      const events = [
        emit(state, now, actor, 'remedy.completed', {
          notes: command.input.notes,
          deadlineAt: state.statutory.deadlineAt,
          onTime: !state.statutory.deadlineAt || now <= ms(state.statutory.deadlineAt),
          penaltyDays: state.statutory.penaltyDays,
          penaltyAmount: state.statutory.penaltyAmount,
        }),
      ];
      // A resolved claim goes on to its follow-up (survey and review correction); one
      // taken in under a policy without that stage closes once its disputes have ended.
      if (followUpOf(policy)) return [...events, ...startFollowUp(state, now)];
      const closing = closeWhenDone(state, now);
      if (closing.length === 0) {
        events.push(emit(state, now, SYSTEM_ACTOR, 'claim.close_deferred', { openDisputes: openDisputeCount(state) }));
      }
      return [...events, ...closing];
    }
    case 'notes': {
      state.notes.push({ at: iso(now), actor, text: command.input.text });
      return [emit(state, now, actor, 'note.added', { text: command.input.text })];
    }
    case 'reopen': {
      const from = transition(state, 'reopen');
      state.reopenCount += 1;
      state.remedy = undefined;
      state.resolvedAt = undefined;
      state.closedAt = undefined;
      state.closedReason = undefined;
      state.withdrawReason = undefined;
      state.reopenUntil = undefined;
      state.followUp = undefined;
      // A reopened claim is a new demand: its statutory clock starts again today.
      state.statutory = {
        ...state.statutory,
        demandedAt: iso(now),
        deadlineAt: undefined,
        warningAt: undefined,
        basis: undefined,
        warned: false,
        breached: false,
        penaltyDays: 0,
        penaltyAmount: 0,
      };
      return [emit(state, now, actor, 'claim.reopened', { reason: command.input.reason, from, to: state.status })];
    }
    case 'withdraw': {
      respond(state, now);
      resumeClock(state, now);
      settlePenalty(state, now);
      state.withdrawReason = command.input.reason;
      close(state, now, 'withdrawn');
      return [emit(state, now, actor, 'claim.withdrawn', { reason: command.input.reason, reopenUntil: state.reopenUntil })];
    }
    case 'waiting_on_customer': {
      respond(state, now);
      state.waitingOnCustomer = true;
      state.sla.paused = true;
      state.pausedAt = iso(now);
      return [emit(state, now, actor, 'customer.waiting', { reason: command.input.reason })];
    }
    case 'customer_responded': {
      const waitedMs = state.pausedAt ? now - ms(state.pausedAt) : 0;
      resumeClock(state, now);
      return [emit(state, now, actor, 'customer.responded', { notes: command.input.notes, waitedMs })];
    }
    case 'open_supplier_dispute':
      // The dispute's own workflow records `dispute.opened` (see applyDisputeChange).
      respond(state, now);
      return [];
    case 'review_reply': {
      const postedAt = command.input.postedAt ?? iso(now);
      state.reviewReply = { text: command.input.text, postedAt, actor };
      return [emit(state, now, actor, 'review.replied', { text: command.input.text, postedAt })];
    }
    case 'correct_order':
      return applyOrderCorrection(state, command.input, actor, now);
    case 'resend_survey': {
      // a new survey id: the old link stops working (its token names the old id); same expiry
      const survey = (state.followUp as FollowUpView).survey;
      const previousSurveyId = survey.id;
      survey.resends = (survey.resends ?? 0) + 1;
      survey.id = `${state.input.claimId}:${state.reopenCount}:r${survey.resends}`;
      return [emit(state, now, actor, 'survey.resent', { surveyId: survey.id, previousSurveyId, language: survey.language, expiresAt: survey.expiresAt })];
    }
  }
}

/**
 * New order facts: the warranty is checked again (the policy's terms, as of the day the
 * claim was received) and the penalty base follows the price and currency; days already
 * accrued are kept. The event records every old and new value, the reason, and the
 * warranty when it changed.
 */
function applyOrderCorrection(state: ClaimState, input: OrderCorrectionPayload, actor: Actor, now: number): AuditEventDraft[] {
  const correction = correctOrder(state.input.intake.order, input.order);
  if (!correction.ok) return []; // refusalOf refused it already
  const { order, changed } = correction;
  const warranty = checkWarranty(state.input.policy, order, new Date(state.receivedAt));
  const warrantyChanged = JSON.stringify(warranty) !== JSON.stringify(state.input.warranty);
  state.input = { ...state.input, intake: { ...state.input.intake, order }, warranty };
  state.statutory.currency = order.currency;
  state.statutory.penaltyAmount = penaltyAmount(order.price, state.statutory.penaltyRatePerDay, state.statutory.penaltyDays);
  return [emit(state, now, actor, 'order.corrected', { changed, reason: input.reason, ...(warrantyChanged ? { warranty } : {}) })];
}

/**
 * resolved → follow_up: the survey is scheduled, and for a negative linked review the
 * resolution notice goes out — the same notice whatever the survey will say, mentioning
 * that the review can be edited only where the platform's rules allow it.
 */
function startFollowUp(state: ClaimState, now: number): AuditEventDraft[] {
  const rules = followUpOf(state.input.policy);
  if (!rules) return [];
  const review = state.input.intake.review;
  const negative = hasNegativeReview(state);
  transition(state, 'start_follow_up');
  state.followUp = {
    startedAt: iso(now),
    survey: {
      id: `${state.input.claimId}:${state.reopenCount}`,
      status: 'scheduled',
      language: surveyLanguage(state.input.intake.customer.language),
      sendAt: iso(now + durationMs(rules.surveyDelay)),
      reminded: false,
      alerts: [],
    },
  };
  const events = [emit(state, now, SYSTEM_ACTOR, 'followup.started', { surveySendAt: state.followUp.survey.sendAt, reviewCorrection: negative })];
  if (review && negative) {
    state.followUp.review = {
      platform: review.platform,
      reviewId: review.reviewId,
      originalRating: review.rating,
      mayMentionEditing: mayMentionEditing(rules, review.platform),
      noticeSentAt: iso(now),
      monitorUntil: iso(now + durationMs(rules.reviewMonitoringWindow)),
    };
    events.push(
      emit(state, now, SYSTEM_ACTOR, 'review.notice_sent', {
        platform: review.platform,
        reviewId: review.reviewId,
        mayMentionEditing: state.followUp.review.mayMentionEditing,
      }),
    );
  }
  return events;
}

function followUpDone(state: ClaimState): boolean {
  const f = state.followUp;
  if (!f) return true;
  const surveyDone = f.survey.status === 'answered' || f.survey.status === 'expired';
  return surveyDone && (!f.review || f.review.outcome !== undefined);
}

/** Why a survey answer is refused now (409 answered, 410 expired or superseded), or null. */
export function surveyRefusal(state: ClaimState, surveyId: string): Refusal | null {
  const survey = state.followUp?.survey;
  if (!survey || survey.id !== surveyId) return { kind: 'gone', message: 'this survey is closed' };
  if (survey.status === 'answered') {
    return { kind: 'invalid_transition', message: 'this survey has already been answered, thank you', allowedActions: [] };
  }
  if (survey.status === 'expired') return { kind: 'gone', message: `this survey expired on ${survey.expiresAt}` };
  if (survey.status !== 'sent') return { kind: 'gone', message: 'this survey is not open' };
  return null;
}

/** Records a survey answer (call surveyRefusal first); an unhappy one alerts supervisors. */
export function answerSurvey(state: ClaimState, response: SurveyResponse, actor: Actor, now: number): AuditEventDraft[] {
  const survey = (state.followUp as FollowUpView).survey;
  const { surveyId: _id, ...answer } = response;
  survey.status = 'answered';
  survey.answeredAt = iso(now);
  survey.answer = answer;
  survey.alerts = surveyAlerts(answer);
  const events = [emit(state, now, actor, 'survey.answered', { surveyId: survey.id, ...answer })];
  if (survey.alerts.length > 0) {
    events.push(emit(state, now, SYSTEM_ACTOR, 'survey.alert', { surveyId: survey.id, alerts: survey.alerts, csat: answer.csat, nps: answer.nps }));
  }
  return [...events, ...closeWhenDone(state, now)];
}

/** A change of the linked review from the monitoring feed; during follow-up it may decide the outcome early. */
export function applyReviewChange(state: ClaimState, change: ReviewChange, now: number): AuditEventDraft[] {
  state.reviewNow = { rating: change.rating, removed: change.removed, changedAt: change.at };
  const events = [emit(state, now, SYSTEM_ACTOR, 'review.changed', { rating: change.rating, removed: change.removed, at: change.at, text: change.text })];
  const review = state.followUp?.review;
  if (state.status === 'follow_up' && review && !review.outcome) {
    const outcome = reviewOutcome(review.originalRating, change);
    if (outcome !== 'unchanged') events.push(...endReview(state, outcome, now));
  }
  return [...events, ...closeWhenDone(state, now)];
}

function endReview(state: ClaimState, outcome: 'updated' | 'unchanged' | 'removed', now: number): AuditEventDraft[] {
  const review = state.followUp?.review;
  if (!review) return [];
  review.outcome = outcome;
  review.endedAt = iso(now);
  return [
    emit(state, now, SYSTEM_ACTOR, 'review.outcome', {
      outcome,
      originalRating: review.originalRating,
      rating: state.reviewNow?.rating ?? review.originalRating,
      replied: state.reviewReply !== undefined,
    }),
  ];
}

/** The claim facts a supplier may see, for a dispute about this claim: no customer details. */
export function supplierFacts(state: ClaimState, evidenceUrls: string[]): SupplierFacts {
  const { order, description, attachments } = state.input.intake;
  return {
    claimNumber: state.number ?? state.input.claimId,
    product: { sku: order.sku, productName: order.productName, category: order.category },
    order: { orderId: order.orderId, purchasedAt: order.purchasedAt, deliveredAt: order.deliveredAt, price: order.price, currency: order.currency },
    defect: { code: state.classification?.defectCode, description },
    evidenceUrls: [...(attachments ?? []), ...evidenceUrls],
  };
}

/**
 * A change a dispute reported: keeps its summary, records its events in the claim's log
 * (in arrival order, with the claim's sequence numbers) and closes a resolved claim whose
 * last open dispute just ended.
 */
export function applyDisputeChange(state: ClaimState, change: DisputeChange, now: number): AuditEventDraft[] {
  const index = state.disputes.findIndex((d) => d.id === change.disputeId);
  if (index < 0) state.disputes.push(change.summary);
  else state.disputes[index] = change.summary;
  const events = change.events.map((e) => emit(state, now, e.actor, e.action, { ...e.data, occurredAt: e.at }));
  return [...events, ...closeWhenDone(state, now)];
}

/**
 * A dispute whose workflow ended without settling or writing it off (terminated, timed out,
 * failed by hand): the claim writes it off so that it can close, with `dispute.abandoned`
 * saying how the workflow ended. Nothing when the dispute had already ended.
 */
export function abandonDispute(state: ClaimState, disputeId: string, ended: string, now: number): AuditEventDraft[] {
  const index = state.disputes.findIndex((d) => d.id === disputeId);
  if (index < 0 || !isOpenDispute(state.disputes[index].status)) return [];
  const dispute = state.disputes[index];
  state.disputes[index] = { ...dispute, status: 'written_off', overdue: false, allowedActions: [] };
  const event = emit(state, now, SYSTEM_ACTOR, 'dispute.abandoned', {
    disputeId,
    supplierId: dispute.supplierId,
    ended,
    reason: `the dispute's workflow ${ended} while the dispute was ${dispute.status.replace(/_/g, ' ')}: written off by the engine`,
  });
  return [event, ...closeWhenDone(state, now)];
}

/** The next timer the claim waits for, or null when none is armed. */
export function nextTimer(state: ClaimState): DueTimer | null {
  const due: DueTimer[] = [];
  const open = OPEN_STATUSES.includes(state.status);
  if (open && !state.sla.respondedAt && !state.sla.breached && !state.sla.paused) {
    due.push({ kind: 'sla_breach', at: ms(state.sla.firstResponseDueAt) });
  }
  const st = state.statutory;
  if (state.status === 'remedy_in_progress' && st.deadlineAt) {
    if (!st.warned && st.warningAt && !st.breached) due.push({ kind: 'deadline_warning', at: ms(st.warningAt) });
    if (!st.breached) due.push({ kind: 'deadline_breach', at: ms(st.deadlineAt) });
    else {
      const day = durationMs(state.input.policy.calendarDay);
      due.push({ kind: 'penalty_accrual', at: ms(st.deadlineAt) + (st.penaltyDays + 1) * day });
    }
  }
  if (state.status === 'closed' && state.reopenUntil) due.push({ kind: 'reopen_window_end', at: ms(state.reopenUntil) });
  const f = state.followUp;
  if (state.status === 'follow_up' && f) {
    if (f.survey.status === 'scheduled') due.push({ kind: 'survey_send', at: ms(f.survey.sendAt) });
    if (f.survey.status === 'sent') {
      if (!f.survey.reminded && f.survey.remindAt) due.push({ kind: 'survey_reminder', at: ms(f.survey.remindAt) });
      if (f.survey.expiresAt) due.push({ kind: 'survey_expiry', at: ms(f.survey.expiresAt) });
    }
    if (f.review && !f.review.outcome) due.push({ kind: 'review_deadline', at: ms(f.review.monitorUntil) });
  }
  if (due.length === 0) return null;
  return due.reduce((a, b) => (b.at < a.at ? b : a));
}

/** Applies a fired timer. Returns its audit events. */
export function fireTimer(state: ClaimState, timer: DueTimer, now: number): AuditEventDraft[] {
  switch (timer.kind) {
    case 'sla_breach':
      state.sla.breached = true;
      return [emit(state, now, SYSTEM_ACTOR, 'sla.breached', { firstResponseDueAt: state.sla.firstResponseDueAt })];
    case 'deadline_warning':
      state.statutory.warned = true;
      return [emit(state, now, SYSTEM_ACTOR, 'deadline.warning', { deadlineAt: state.statutory.deadlineAt })];
    case 'deadline_breach':
      state.statutory.breached = true;
      state.statutory.warned = true;
      return [emit(state, now, SYSTEM_ACTOR, 'deadline.breached', { deadlineAt: state.statutory.deadlineAt, basis: state.statutory.basis })];
    case 'penalty_accrual':
      settlePenalty(state, now);
      return [
        emit(state, now, SYSTEM_ACTOR, 'penalty.accrued', {
          penaltyDays: state.statutory.penaltyDays,
          penaltyAmount: state.statutory.penaltyAmount,
          currency: state.statutory.currency,
        }),
      ];
    case 'reopen_window_end':
      transition(state, 'archive');
      return [emit(state, now, SYSTEM_ACTOR, 'claim.archived', { reopenUntil: state.reopenUntil })];
    case 'survey_send': {
      const rules = followUpOf(state.input.policy);
      const survey = (state.followUp as FollowUpView).survey;
      if (!rules) return [];
      survey.status = 'sent';
      survey.sentAt = iso(now);
      survey.remindAt = iso(now + durationMs(rules.surveyReminderAfter));
      survey.expiresAt = iso(now + durationMs(rules.surveyExpiresAfter));
      return [emit(state, now, SYSTEM_ACTOR, 'survey.sent', { surveyId: survey.id, language: survey.language, expiresAt: survey.expiresAt })];
    }
    case 'survey_reminder': {
      const survey = (state.followUp as FollowUpView).survey;
      survey.reminded = true;
      return [emit(state, now, SYSTEM_ACTOR, 'survey.reminder_sent', { surveyId: survey.id, language: survey.language, expiresAt: survey.expiresAt })];
    }
    case 'survey_expiry': {
      const survey = (state.followUp as FollowUpView).survey;
      survey.status = 'expired';
      return [emit(state, now, SYSTEM_ACTOR, 'survey.expired', { surveyId: survey.id }), ...closeWhenDone(state, now)];
    }
    case 'review_deadline': {
      const review = state.followUp?.review;
      if (!review) return [];
      const outcome = reviewOutcome(review.originalRating, state.reviewNow ?? { rating: review.originalRating, removed: false });
      return [...endReview(state, outcome, now), ...closeWhenDone(state, now)];
    }
  }
}

/** The live view the API returns. */
export function toView(state: ClaimState, now: number): ClaimView {
  const { input } = state;
  const { intake } = input;
  const pausedMs = state.sla.pausedMs + (state.waitingOnCustomer && state.pausedAt ? now - ms(state.pausedAt) : 0);
  return {
    id: input.claimId,
    number: state.number,
    status: state.status,
    channel: intake.channel,
    externalRef: intake.externalRef,
    customer: intake.customer,
    order: intake.order,
    description: intake.description,
    attachments: intake.attachments ?? [],
    review: intake.review,
    demandedRemedy: intake.demandedRemedy,
    classification: state.classification,
    remedy: state.remedy,
    receivedAt: state.receivedAt,
    triagedAt: state.triagedAt,
    resolvedAt: state.resolvedAt,
    closedAt: state.closedAt,
    closedReason: state.closedReason,
    withdrawReason: state.withdrawReason,
    reopenUntil: state.reopenUntil,
    reopenCount: state.reopenCount,
    waitingOnCustomer: state.waitingOnCustomer,
    sla: { ...state.sla, pausedMs },
    statutory: { ...state.statutory },
    warranty: input.warranty,
    possibleDuplicateOf: state.possibleDuplicateOf,
    notes: state.notes,
    disputes: state.disputes.map((d) => ({ ...d })),
    followUp: state.followUp && {
      ...state.followUp,
      survey: { ...state.followUp.survey, alerts: [...state.followUp.survey.alerts] },
      review: state.followUp.review && { ...state.followUp.review },
    },
    negativeReview: hasNegativeReview(state),
    reviewReply: state.reviewReply,
    reviewNow: state.reviewNow,
    allowedActions: state.status === 'closed' && state.reopenUntil && now >= ms(state.reopenUntil) ? [] : allowedActions(subject(state), new Date(now)),
    version: state.seq,
    policyName: input.policy.name,
  };
}
