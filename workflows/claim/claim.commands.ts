/** Care-staff actions on a claim: why one is refused now (refusalOf), and what an accepted one changes (applyCommand). */
import type { Actor, RemedyInput } from '../../domain/claim.types';
import type { FollowUpView, RemedyView } from '../../domain/claim/claim-view';
import { allowedActions, checkAction } from '../../domain/claim/transitions';
import { correctOrder } from '../../domain/claim/order-correction';
import { penaltyAmount } from '../../domain/deadlines/penalty';
import { remedyDeadline, remedyRefusal } from '../../domain/deadlines/statutory-deadline';
import { defectCodes, followUpOf } from '../../domain/policy/policy.rules';
import { checkWarranty } from '../../domain/warranty/warranty';
import { close, closeWhenDone, emit, iso, ms, openDisputeCount, resumeClock, respond, settlePenalty, subject, transition, type ClaimState, type Refusal } from './claim.state';
import { SYSTEM_ACTOR, type AuditEventDraft } from '../../domain/claim/audit-event';
import type { ActionPayload, OrderCorrectionPayload } from './claim.messages';
import { startFollowUp } from './claim.follow-up';

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
