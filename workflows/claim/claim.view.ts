/** The live view of a claim the API returns (the workflow's `view` Query). */
import type { ClaimView } from '../../domain/claim/claim-view';
import { allowedActions } from '../../domain/claim/transitions';
import { hasNegativeReview, ms, subject, type ClaimState } from './claim.state';

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
