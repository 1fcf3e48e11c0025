/** The claim's timers: which one is due next (nextTimer) and what it does when it fires (fireTimer). One scheduler loop in the workflow sleeps on them. */
import type { FollowUpView } from '../../domain/claim/claim-view';
import { reviewOutcome } from '../../domain/follow-up/review-correction';
import { OPEN_STATUSES } from '../../domain/claim/transitions';
import { followUpOf } from '../../domain/policy/policy.rules';
import { durationMs } from '../../domain/time/duration';
import { closeWhenDone, emit, iso, ms, settlePenalty, transition, type ClaimState } from './claim.state';
import { SYSTEM_ACTOR, type AuditEventDraft } from '../../domain/claim/audit-event';
import { endReview } from './claim.follow-up';

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
