import type { ClaimView } from '../../domain/claim/claim-view';
import type { AuditEventDraft } from '../../domain/claim/audit-event';
import type { StagedBatchProof } from './staged-batch-proof';
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
  /**
   * Claims whose actions are recorded in their task (`ClaimWorkflowInput.actionsInTask`):
   * tags of staged batches whose workflow task is known to have completed, oldest first,
   * promoted into the log before this batch (claim-event-log.ts). Set, even empty, the
   * write also drops staged rows of lost tasks below the batch.
   */
  confirm?: string[];
  /**
   * Claims with `timersInTask`: where the worker's staged-batch relay finds the staging
   * result in the history (the run, the task that staged it: staged-batch-proof.ts), and
   * when it may first look (ms after staging: at once for a timer's batch, later for an
   * action's, which the API promotes as it answers).
   */
  proof?: StagedBatchProof & { relayAfterMs: number };
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
  /** a staged batch (`stageClaimEvents`): the tag it waits under until promoted; its events are not in the log yet */
  stagedAs?: string;
}

/**
 * An action's (or survey answer's) Update answers the claim's view, and — for a claim
 * with `actionsInTask` — the tags of its staged batches not yet known to be promoted,
 * oldest first, in this field. The answer leaves the server only with the completion of
 * the task that produced it, so every tag listed is of a completed task: the API promotes
 * them before it answers its caller (`ClaimEventLog.settle`), and never shows the field.
 */
export const STAGED_BATCHES_FIELD = 'stagedBatches';

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
  /** A local activity in the task that accepted an action: stages the batch (promoting `confirm` first). */
  stageClaimEvents(input: RecordClaimEventsInput): Promise<RecordClaimEventsResult>;
  /** Promotes staged batches of completed tasks (the workflow's last, when nothing else will). */
  confirmClaimEvents(input: { claimId: string; tags: string[] }): Promise<void>;
  /** Marks an open dispute written off in the supplier read model once its workflow ended without doing so. */
  closeAbandonedDispute(input: CloseAbandonedDisputeInput): Promise<void>;
}
