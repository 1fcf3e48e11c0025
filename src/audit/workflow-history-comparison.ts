/**
 * Compares a claim's audit log with its Temporal workflow history. Pure.
 *
 * The workflow hands its audit events to the `recordClaimEvents` activity in order; the
 * history keeps every scheduled batch (its input) and whether it completed. The audit
 * log must hold exactly the events of the completed batches, in the same order — plus
 * possibly some of the one batch still in flight. A batch staged in the task that
 * accepted an action (`stageClaimEvents`, activities/claim-records/claim-event-log.ts) is
 * completed for the workflow but enters the log when it is promoted, a moment later (or at
 * the next write, if the API died in between): the staged batches at the end of the
 * completed ones may be missing from the log, and count as in flight while they are.
 */
export interface ActionAt {
  seq: number;
  action: string;
}

export interface WorkflowBatch {
  events: ActionAt[];
  completed: boolean;
  /** staged by a local activity, promoted into the log afterwards */
  staged?: boolean;
}

export interface ComparisonMismatch {
  /** 0-based position in the claim's history */
  index: number;
  audit: ActionAt | null;
  workflow: ActionAt | null;
}

export interface WorkflowComparison {
  matches: boolean;
  auditEvents: number;
  workflowEvents: number;
  /** events the workflow has handed to an activity that has not completed yet */
  inFlight: number;
  firstMismatch: ComparisonMismatch | null;
}

const same = (a: ActionAt, b: ActionAt) => a.seq === b.seq && a.action === b.action;

export function compareWithWorkflow(audit: ActionAt[], batches: WorkflowBatch[]): WorkflowComparison {
  const recorded = batches.filter((b) => b.completed).flatMap((b) => b.events);
  const inFlight = batches.filter((b) => !b.completed).flatMap((b) => b.events);
  const workflow = [...recorded, ...inFlight];
  // the staged batches that end the completed ones may still wait for their promotion
  let stagedTail = 0;
  for (const batch of batches.filter((b) => b.completed).reverse()) {
    if (!batch.staged) break;
    stagedTail += batch.events.length;
  }
  const awaitingPromotion = Math.min(stagedTail, Math.max(0, recorded.length - audit.length));
  let firstMismatch: ComparisonMismatch | null = null;
  const length = Math.max(audit.length, recorded.length - awaitingPromotion);
  for (let index = 0; index < length && !firstMismatch; index++) {
    const a = audit[index] ?? null;
    const w = workflow[index] ?? null;
    if (!a || !w || !same(a, w)) firstMismatch = { index, audit: a, workflow: w };
  }
  // audit rows beyond the completed batches are fine only as a prefix of the in-flight batch
  for (let index = recorded.length; index < audit.length && !firstMismatch; index++) {
    const w = workflow[index] ?? null;
    if (!w || !same(audit[index], w)) firstMismatch = { index, audit: audit[index], workflow: w };
  }
  return { matches: firstMismatch === null, auditEvents: audit.length, workflowEvents: workflow.length, inFlight: inFlight.length + awaitingPromotion, firstMismatch };
}
