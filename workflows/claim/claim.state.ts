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
import type { ClaimView, NoteView, RemedyView, SlaView, StatutoryView } from '../../domain/claim/claim-view';
import { isOpenDispute, type DisputeSummary, type OpenDisputeInput, type SupplierFacts, type SupplierTerms } from '../../domain/dispute/dispute.types';
import { allowedActions, checkAction } from '../../domain/claim/transitions';
import { penaltyAmount, penaltyDays } from '../../domain/deadlines/penalty';
import { remedyDeadline, remedyRefusal } from '../../domain/deadlines/statutory-deadline';
import { defectCodes } from '../../domain/policy/policy.validate';
import { durationMs } from '../../domain/time/duration';
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
  | { action: 'open_supplier_dispute'; input: OpenSupplierDisputePayload };

export type Refusal =
  | { kind: 'invalid_transition'; message: string; allowedActions: ClaimAction[] }
  | { kind: 'invalid_input'; message: string; errors: Array<{ field: string; message: string }> };

export type TimerKind = 'sla_breach' | 'deadline_warning' | 'deadline_breach' | 'penalty_accrual' | 'reopen_window_end';
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

function subject(state: ClaimState) {
  return { status: state.status, waitingOnCustomer: state.waitingOnCustomer, reopenUntil: state.reopenUntil, openDisputes: openDisputeCount(state) };
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
  if (state.status !== 'resolved' || openDisputeCount(state) > 0) return [];
  close(state, now, 'completed');
  return [emit(state, now, SYSTEM_ACTOR, 'claim.closed', { reason: 'completed', reopenUntil: state.reopenUntil })];
}

function close(state: ClaimState, now: number, reason: 'completed' | 'withdrawn'): void {
  state.status = 'closed';
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
      state.classification = classification;
      state.status = 'triaged';
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
      state.status = 'remedy_in_progress';
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
      state.status = 'resolved';
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
      // Seam for the follow-up stage (survey and review correction): until it exists, a
      // resolved claim closes as soon as its supplier disputes have ended.
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
      const from = state.status;
      state.status = state.classification ? 'triaged' : 'received';
      state.reopenCount += 1;
      state.remedy = undefined;
      state.resolvedAt = undefined;
      state.closedAt = undefined;
      state.closedReason = undefined;
      state.withdrawReason = undefined;
      state.reopenUntil = undefined;
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
  }
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

/** The next timer the claim waits for, or null when none is armed. */
export function nextTimer(state: ClaimState): DueTimer | null {
  const due: DueTimer[] = [];
  const open = state.status === 'received' || state.status === 'triaged' || state.status === 'remedy_in_progress';
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
      return [emit(state, now, SYSTEM_ACTOR, 'claim.archived', { reopenUntil: state.reopenUntil })];
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
    allowedActions: state.status === 'closed' && state.reopenUntil && now >= ms(state.reopenUntil) ? [] : allowedActions(subject(state), new Date(now)),
    version: state.seq,
    policyName: input.policy.name,
  };
}
