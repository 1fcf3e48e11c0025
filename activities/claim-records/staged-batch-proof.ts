/**
 * How the staged-batch relay knows that a staged batch is the workflow's own: the history
 * says so. A staging local activity's result — with the batch's tag (`stagedAs`) — is
 * recorded in the workflow's history (a `core_local_activity` marker) only by a workflow
 * task that completed; once it is there, every replay takes the same result, so the batch
 * is part of the workflow's past and may be promoted. A batch of a lost attempt (the task
 * failed, timed out or was dropped, the worker died) has no marker: the relay never
 * promotes it, and the promotion of the batch that took its place removes it
 * (claim-event-log.ts).
 *
 * Neither the task's event id nor its time could prove this alone: a retried task's
 * attempts after the first are transient and a rejected Update's task is dropped, so a
 * lost attempt's event id can be reused; and the workflow's clock moves on within a task
 * (a local activity's completion advances it), so a batch staged after another local
 * activity does not carry the task's start time. The staging task's event id
 * (`historyLength` at the call) only tells the relay how far back to read: the marker comes
 * in that task's completion or a later one (a long local activity's task heartbeats).
 */
export interface StagedBatchProof {
  runId: string;
  /** the WORKFLOW_TASK_STARTED event id of the task that called the staging local activity */
  taskStartedEventId: number;
}

/** The staged tag a local activity's (decoded) result names, if it is a staging result. */
export function stagedTagOf(result: unknown): string | undefined {
  if (!result || typeof result !== 'object') return undefined;
  const tag = (result as { stagedAs?: unknown }).stagedAs;
  return typeof tag === 'string' ? tag : undefined;
}

/**
 * When the relay looks again at a batch its history does not name yet: soon while the batch
 * is young (its task is still running), then less often — half its age, at most a minute —
 * as an old one is most likely a lost attempt's, waiting for a promotion to pass it.
 */
export function nextLookMs(ageMs: number, pollMs: number): number {
  return Math.min(60_000, Math.max(pollMs, Math.floor(ageMs / 2)));
}
