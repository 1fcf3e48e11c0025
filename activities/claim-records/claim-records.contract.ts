import type { ClaimView } from '../../domain/claim/claim-view';
import type { AuditEventDraft } from '../../domain/claim/audit-event';
import type { RegisterClaimInput, RegisterClaimResult } from '../../domain/claim/claim-registration';

export type { RegisterClaimInput, RegisterClaimResult };

export interface RecordClaimEventsInput {
  claimId: string;
  /** consecutive sequence numbers, oldest first */
  events: AuditEventDraft[];
  /** the claim's view after the last of these events, for the read model */
  snapshot: ClaimView;
  /** the worker's outbox relay delivers the notifications these events cause (claims started before it: undefined, the workflow has them delivered) */
  relay?: boolean;
}

export interface RecordClaimEventsResult {
  /** the customer notifications these events put in the outbox, to deliver (empty in histories from before the outbox) */
  notificationIds: string[];
  /**
   * the batch's events by sequence number and action: a local activity's input is not
   * kept in the workflow history, its result is, and the audit log's comparison with the
   * workflow (GET /audit/claims/{id}/compare-workflow) reads them there
   */
  recorded?: Array<{ seq: number; action: string }>;
}

export interface CloseAbandonedDisputeInput {
  disputeId: string;
  /** ISO time the claim wrote it off */
  at: string;
  reason: string;
}

/**
 * The claim workflow's side effects. Both are idempotent: a retried call after a crash
 * allocates no second number and writes no event twice.
 */
export interface ClaimRecordsActivities {
  registerClaim(input: RegisterClaimInput): Promise<RegisterClaimResult>;
  recordClaimEvents(input: RecordClaimEventsInput): Promise<RecordClaimEventsResult>;
  /** Marks an open dispute written off in the supplier read model once its workflow ended without doing so. */
  closeAbandonedDispute(input: CloseAbandonedDisputeInput): Promise<void>;
}
