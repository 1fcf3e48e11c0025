/**
 * A supplier dispute's state and every rule that changes it: plain data and plain
 * functions, deterministic (the caller passes `now`), shared by the dispute workflow and
 * its unit tests. Each change yields audit events (recorded in the claim's log) and
 * webhook events for the supplier.
 */
import type { Actor } from '../../domain/claim.types';
import { businessSchedule } from '../../domain/calendar/business-calendar';
import { checkDisputeAction, disputeAllowedActions } from '../../domain/dispute/dispute-transitions';
import type {
  DisputeAction,
  DisputeSummary,
  DisputeView,
} from '../../domain/dispute/dispute.types';
import { SYSTEM_ACTOR } from '../../domain/claim/audit-event';
import type { DisputeCommand, DisputeEventDraft, DisputeWorkflowInput } from './dispute.messages';
import type { WebhookEventType } from '../../domain/dispute/dispute.types';
import type { WorkflowRefusal } from '../shared/refusal';

export interface DisputeState {
  input: DisputeWorkflowInput;
  view: Omit<DisputeView, 'allowedActions'>;
}


export type DisputeRefusal = Exclude<WorkflowRefusal<DisputeAction>, { kind: 'gone' }>;

/** A webhook the supplier is sent; `eventId` is stable, so a retried delivery can be de-duplicated. */
export interface WebhookDraft {
  eventId: string;
  type: WebhookEventType;
  occurredAt: string;
  data: Record<string, unknown>;
}

export interface DisputeEffects {
  events: DisputeEventDraft[];
  webhooks: WebhookDraft[];
}

export type DisputeTimer = { kind: 'reminder'; at: number; index: number } | { kind: 'deadline'; at: number };

const iso = (ms: number): string => new Date(ms).toISOString();

function event(state: DisputeState, now: number, actor: Actor, action: string, data: Record<string, unknown>): DisputeEventDraft {
  state.view.version += 1;
  return { at: iso(now), actor, action, data: { disputeId: state.input.disputeId, ...data } };
}

function webhook(state: DisputeState, now: number, type: WebhookEventType, data: Record<string, unknown> = {}): WebhookDraft {
  const { view } = state;
  return {
    // one id per change of the dispute: retries of the same delivery keep it
    eventId: `${view.id}:${view.version}`,
    type,
    occurredAt: iso(now),
    data: {
      taskId: view.id,
      claimNumber: view.claimNumber,
      kind: view.kind,
      status: view.status,
      amountClaimed: view.amountClaimed,
      currency: view.currency,
      deadlineAt: view.deadlineAt,
      ...data,
    },
  };
}

/** The state right after the dispute is opened: deadline and reminders set, `dispute.opened` and `task.created`. */
export function openDispute(input: DisputeWorkflowInput, now: number): { state: DisputeState } & DisputeEffects {
  const { supplier, dispute } = input;
  const schedule = businessSchedule(now, supplier.responseBusinessDays, supplier.reminderBusinessDaysBefore, input.calendar);
  const state: DisputeState = {
    input,
    view: {
      id: input.disputeId,
      claimId: input.claimId,
      claimNumber: input.facts.claimNumber,
      supplierId: supplier.supplierId,
      supplierName: supplier.supplierName,
      kind: dispute.kind,
      amountClaimed: dispute.amountClaimed,
      currency: dispute.currency,
      message: dispute.message,
      evidenceUrls: dispute.evidenceUrls,
      status: 'awaiting_supplier',
      openedAt: iso(now),
      openedBy: input.openedBy,
      responseBusinessDays: supplier.responseBusinessDays,
      deadlineAt: iso(schedule.deadlineAt),
      remindersAt: schedule.remindersAt.map(iso),
      remindersSent: 0,
      overdue: false,
      escalated: false,
      escalations: [],
      facts: input.facts,
      version: 0,
    },
  };
  const opened = event(state, now, input.openedBy, 'dispute.opened', {
    supplierId: supplier.supplierId,
    kind: dispute.kind,
    amountClaimed: dispute.amountClaimed,
    currency: dispute.currency,
    message: dispute.message,
    evidenceUrls: dispute.evidenceUrls,
    deadlineAt: state.view.deadlineAt,
    responseBusinessDays: supplier.responseBusinessDays,
  });
  return { state, events: [opened], webhooks: [webhook(state, now, 'task.created', { message: dispute.message, facts: input.facts })] };
}

/** Why a command is refused now, or null. Never changes the state. */
export function disputeRefusalOf(state: DisputeState, command: DisputeCommand): DisputeRefusal | null {
  const { view } = state;
  const check = checkDisputeAction(view, command.action);
  if (!check.allowed) return { kind: 'invalid_transition', message: check.reason, allowedActions: disputeAllowedActions(view) };
  const invalid = (field: string, message: string): DisputeRefusal => ({ kind: 'invalid_input', message, errors: [{ field, message }] });
  if (command.action === 'accept' && command.input.remedy === 'compensation' && command.input.amount === undefined) {
    return invalid('amount', 'a compensation offer needs an amount');
  }
  if (command.action === 'settle' && command.input.amount > view.amountClaimed) {
    return invalid('amount', `the agreed amount ${command.input.amount} exceeds the ${view.amountClaimed} ${view.currency} claimed`);
  }
  return null;
}

function close(state: DisputeState, now: number): void {
  state.view.closedAt = iso(now);
}

/** Applies an accepted command (call disputeRefusalOf first). */
export function applyDisputeCommand(state: DisputeState, command: DisputeCommand, actor: Actor, now: number): DisputeEffects {
  const { view } = state;
  const late = now > Date.parse(view.deadlineAt);
  switch (command.action) {
    case 'accept': {
      const { remedy, amount, expectedDate, message } = command.input;
      view.status = 'accepted';
      view.response = { outcome: 'accepted', at: iso(now), actor, remedy, amount, expectedDate, message, late };
      return { events: [event(state, now, actor, 'dispute.accepted', { remedy, amount, expectedDate, message, late })], webhooks: [] };
    }
    case 'reject': {
      const { reason, evidenceUrls } = command.input;
      view.status = 'rejected';
      view.response = { outcome: 'rejected', at: iso(now), actor, reason, evidenceUrls, late };
      return { events: [event(state, now, actor, 'dispute.rejected', { reason, evidenceUrls, late })], webhooks: [] };
    }
    case 'settle': {
      const { amount, reason } = command.input;
      view.status = 'settled';
      view.settlement = { at: iso(now), actor, amount, reason };
      close(state, now);
      const events = [event(state, now, actor, 'dispute.settled', { amount, currency: view.currency, reason })];
      return { events, webhooks: [webhook(state, now, 'task.settled', { settledAmount: amount, reason })] };
    }
    case 'escalate': {
      view.escalated = true;
      view.escalations.push({ at: iso(now), actor, reason: command.input.reason, automatic: false });
      const events = [event(state, now, actor, 'dispute.escalated', { reason: command.input.reason, automatic: false })];
      return { events, webhooks: [webhook(state, now, 'task.escalated', { reason: command.input.reason })] };
    }
    case 'write_off': {
      view.status = 'written_off';
      view.writeOff = { at: iso(now), actor, reason: command.input.reason };
      close(state, now);
      const events = [event(state, now, actor, 'dispute.written_off', { reason: command.input.reason })];
      return { events, webhooks: [webhook(state, now, 'task.written_off', { reason: command.input.reason })] };
    }
  }
}

/** The next reminder or the deadline, while the supplier has not answered. */
export function nextDisputeTimer(state: DisputeState): DisputeTimer | null {
  const { view } = state;
  if (view.status !== 'awaiting_supplier' || view.overdue) return null;
  if (view.remindersSent < view.remindersAt.length) {
    return { kind: 'reminder', at: Date.parse(view.remindersAt[view.remindersSent]), index: view.remindersSent };
  }
  return { kind: 'deadline', at: Date.parse(view.deadlineAt) };
}

export const DEADLINE_ESCALATION_REASON = 'the supplier did not answer by the deadline';

/** Applies a fired timer: a reminder, or the deadline (overdue, and escalated unless it already was). */
export function fireDisputeTimer(state: DisputeState, timer: DisputeTimer, now: number): DisputeEffects {
  const { view } = state;
  if (timer.kind === 'reminder') {
    view.remindersSent += 1;
    const events = [event(state, now, SYSTEM_ACTOR, 'dispute.reminder_sent', { reminder: view.remindersSent, deadlineAt: view.deadlineAt })];
    return { events, webhooks: [webhook(state, now, 'task.reminder', { reminder: view.remindersSent })] };
  }
  view.overdue = true;
  if (view.escalated) {
    return { events: [event(state, now, SYSTEM_ACTOR, 'dispute.deadline_passed', { deadlineAt: view.deadlineAt })], webhooks: [] };
  }
  view.escalated = true;
  view.escalations.push({ at: iso(now), actor: SYSTEM_ACTOR, reason: DEADLINE_ESCALATION_REASON, automatic: true });
  const events = [
    event(state, now, SYSTEM_ACTOR, 'dispute.escalated', { reason: DEADLINE_ESCALATION_REASON, automatic: true, deadlineAt: view.deadlineAt }),
  ];
  return { events, webhooks: [webhook(state, now, 'task.escalated', { reason: DEADLINE_ESCALATION_REASON })] };
}

export function disputeView(state: DisputeState): DisputeView {
  return { ...state.view, escalations: [...state.view.escalations], allowedActions: disputeAllowedActions(state.view) };
}

export function disputeSummary(state: DisputeState): DisputeSummary {
  const { view } = state;
  return {
    id: view.id,
    supplierId: view.supplierId,
    kind: view.kind,
    status: view.status,
    amountClaimed: view.amountClaimed,
    currency: view.currency,
    deadlineAt: view.deadlineAt,
    overdue: view.overdue,
    escalated: view.escalated,
    settledAmount: view.settlement?.amount,
    allowedActions: disputeAllowedActions(view),
  };
}
