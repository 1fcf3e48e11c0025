/**
 * The claim's state and the rules every part of it shares: plain data and plain
 * functions, deterministic (the caller passes `now`), used by the workflow and its unit
 * tests. The status changes only in `transition`, where the transition table
 * (domain/claim/transitions.ts) says. What changes the state is split by concern:
 * claim.commands.ts (care-staff actions), claim.timers.ts (the scheduler's timers),
 * claim.follow-up.ts (survey and review correction), claim.disputes.ts (supplier disputes),
 * claim.view.ts (what the API shows).
 *
 * Each accepted command and each fired timer yields audit events with consecutive
 * sequence numbers; the workflow persists them in order.
 */
import type { Actor, ClaimAction, ClaimStatus, Classification } from '../../domain/claim.types';
import type { FollowUpView, LinkedReviewState, NoteView, RemedyView, ReviewReplyView, SlaView, StatutoryView } from '../../domain/claim/claim-view';
import { isNegativeReview } from '../../domain/follow-up/review-correction';
import { isOpenDispute, type DisputeSummary } from '../../domain/dispute/dispute.types';
import { statusAfter, type SystemStep, type TransitionSubject } from '../../domain/claim/transitions';
import { penaltyAmount, penaltyDays } from '../../domain/deadlines/penalty';
import { followUpOf } from '../../domain/policy/policy.rules';
import { durationMs } from '../../domain/time/duration';
import type { ClaimWorkflowInput } from './claim.messages';
import type { WorkflowRefusal } from '../shared/refusal';
import { SYSTEM_ACTOR, type AuditEventDraft } from '../../domain/claim/audit-event';


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


/** Why a claim refuses an action or an answer. */
export type Refusal = WorkflowRefusal<ClaimAction>;


export const iso = (ms: number): string => new Date(ms).toISOString();
export const ms = (isoTime: string): number => new Date(isoTime).getTime();

export function emit(state: ClaimState, now: number, actor: Actor, action: string, data: Record<string, unknown>): AuditEventDraft {
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
export function hasNegativeReview(state: ClaimState): boolean {
  const review = state.input.intake.review;
  const followUp = followUpOf(state.input.policy);
  return !!review && !!followUp && isNegativeReview(review.rating, followUp.negativeReviewMaxRating);
}

export function subject(state: ClaimState): TransitionSubject {
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

/** Marks the first staff response (internal notes and the customer's own answer do not count). */
export function respond(state: ClaimState, now: number): void {
  if (!state.sla.respondedAt) state.sla.respondedAt = iso(now);
}

export function resumeClock(state: ClaimState, now: number): void {
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

export function settlePenalty(state: ClaimState, now: number): void {
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
export function closeWhenDone(state: ClaimState, now: number): AuditEventDraft[] {
  if (state.status !== 'resolved' && state.status !== 'follow_up') return [];
  if (openDisputeCount(state) > 0) return [];
  if (state.status === 'follow_up' && !followUpDone(state)) return [];
  close(state, now, 'completed');
  return [emit(state, now, SYSTEM_ACTOR, 'claim.closed', { reason: 'completed', reopenUntil: state.reopenUntil })];
}

/** The one place a claim's status changes: where the transition table says `step` leads. */
export function transition(state: ClaimState, step: ClaimAction | SystemStep): ClaimStatus {
  const from = state.status;
  state.status = statusAfter(subject(state), step);
  return from;
}

export function close(state: ClaimState, now: number, reason: 'completed' | 'withdrawn'): void {
  transition(state, reason === 'withdrawn' ? 'withdraw' : 'close');
  state.closedAt = iso(now);
  state.closedReason = reason;
  state.reopenUntil = iso(now + durationMs(state.input.policy.reopenWindow));
}

export function followUpDone(state: ClaimState): boolean {
  const f = state.followUp;
  if (!f) return true;
  const surveyDone = f.survey.status === 'answered' || f.survey.status === 'expired';
  return surveyDone && (!f.review || f.review.outcome !== undefined);
}
