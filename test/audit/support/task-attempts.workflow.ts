/**
 * A workflow whose first task fails on purpose (test/audit/staged-batch-proof.test.ts): in
 * each attempt a local activity notes what a staging local activity records — the task's
 * `historyLength` and the workflow's clock — and the task then fails until the activity has
 * been called `failures + 1` times.
 */
import { proxyLocalActivities, workflowInfo } from '@temporalio/workflow';

export interface TaskAttemptActivities {
  /** notes one attempt's task; answers how many attempts it has noted */
  noteAttempt(attempt: { historyLength: number; nowMs: number }): Promise<number>;
}

const { noteAttempt } = proxyLocalActivities<TaskAttemptActivities>({ startToCloseTimeout: '10s' });

export async function failingTaskWorkflow(failures: number): Promise<void> {
  const noted = await noteAttempt({ historyLength: workflowInfo().historyLength, nowMs: Date.now() });
  // a plain Error fails the workflow task (not the workflow): the server retries the task
  if (noted <= failures) throw new Error(`task attempt ${noted} failed on purpose`);
}
