/** The follow-up stage: the survey (sent, reminded, answered, expired, resent) and the correction of a negative public review. */
import type { Actor } from '../../domain/claim.types';
import type { FollowUpView } from '../../domain/claim/claim-view';
import { reviewOutcome } from '../../domain/follow-up/review-correction';
import { surveyAlerts, surveyLanguage } from '../../domain/follow-up/survey';
import { followUpOf, mayMentionEditing } from '../../domain/policy/policy.rules';
import { durationMs } from '../../domain/time/duration';
import { closeWhenDone, emit, hasNegativeReview, iso, transition, type ClaimState, type Refusal } from './claim.state';
import { SYSTEM_ACTOR, type AuditEventDraft } from '../../domain/claim/audit-event';
import type { ReviewChange, SurveyResponse } from './claim.messages';

/**
 * resolved → follow_up: the survey is scheduled, and for a negative linked review the
 * resolution notice goes out — the same notice whatever the survey will say, mentioning
 * that the review can be edited only where the platform's rules allow it.
 */
export function startFollowUp(state: ClaimState, now: number): AuditEventDraft[] {
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

export function endReview(state: ClaimState, outcome: 'updated' | 'unchanged' | 'removed', now: number): AuditEventDraft[] {
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
