/**
 * Whether the workflow task that staged a batch completed, read off the workflow's history
 * (a pure rule; the staged-batch relay reads the history). The staging local activity
 * records the task's `WORKFLOW_TASK_STARTED` event id (`workflowInfo().historyLength` when
 * it was called) and the task's time (the workflow's `Date.now()`, which is that event's
 * time). Once that task completed, every replay makes the same call with the same batch,
 * so the batch is the workflow's own and may be promoted.
 *
 * - event h is a `WORKFLOW_TASK_STARTED` of that time and h+1 a `WORKFLOW_TASK_COMPLETED`:
 *   the task completed — promote;
 * - event h is anything else, or a task started at another time, or h+1 is not a
 *   completion (failed, timed out): the batch is a lost attempt's — drop it. The time is
 *   what tells attempts apart: a retried task's attempts after the first are transient
 *   (written only when one completes) and a rejected Update's speculative task is
 *   dropped, so a lost attempt's event id can be reused by the attempt that completes;
 * - the history ends before h+1: the task is still running — wait.
 */
export interface StagedBatchProof {
  runId: string;
  /** the staging task's WORKFLOW_TASK_STARTED event id */
  taskStartedEventId: number;
  /** that event's time, epoch ms (the workflow's clock in that task) */
  taskStartedMs: number;
}

/** What the rule needs of a history event. */
export interface HistoryEventBrief {
  kind: 'task_started' | 'task_completed' | 'other';
  /** epoch ms, floored as the SDK's workflow clock is */
  timeMs: number;
}

export type StagedBatchVerdict = 'promote' | 'lost' | 'wait';

/** The verdict for one staged batch, given the history's last event id and its events from `taskStartedEventId` on. */
export function stagedBatchVerdict(proof: Pick<StagedBatchProof, 'taskStartedEventId' | 'taskStartedMs'>, lastEventId: number, eventAt: (id: number) => HistoryEventBrief | undefined): StagedBatchVerdict {
  const h = proof.taskStartedEventId;
  if (lastEventId < h) return 'wait';
  const started = eventAt(h);
  if (!started) return 'wait';
  if (started.kind !== 'task_started' || started.timeMs !== proof.taskStartedMs) return 'lost';
  if (lastEventId < h + 1) return 'wait';
  const next = eventAt(h + 1);
  if (!next) return 'wait';
  return next.kind === 'task_completed' ? 'promote' : 'lost';
}
