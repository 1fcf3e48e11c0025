/**
 * Workflows whose local activities answer as a staging local activity does (a `stagedAs`
 * tag), for test/audit/staged-batch-proof.test.ts: one whose first task fails on purpose
 * until its activity has been called `failures + 1` times, one that calls two in a row in
 * one task, one that calls one from each Update it accepts (an Update's task may be
 * speculative).
 */
import { condition, defineUpdate, proxyLocalActivities, setHandler } from '@temporalio/workflow';

export interface TaskAttemptActivities {
  /** stages nothing, but answers like stageClaimEvents: a fresh tag; `calls` counts the calls so far */
  stageLike(): Promise<{ stagedAs: string; calls: number }>;
}

const { stageLike } = proxyLocalActivities<TaskAttemptActivities>({ startToCloseTimeout: '10s' });

export async function failingTaskWorkflow(failures: number): Promise<void> {
  const { calls } = await stageLike();
  // a plain Error fails the workflow task (not the workflow): the server retries the task
  if (calls <= failures) throw new Error(`task attempt ${calls} failed on purpose`);
}

export async function twoInOneTaskWorkflow(): Promise<void> {
  await stageLike();
  await stageLike();
}

export const stageUpdate = defineUpdate<string, []>('stage');

export async function updatedWorkflow(updates: number): Promise<void> {
  let done = 0;
  setHandler(stageUpdate, async () => {
    const { stagedAs } = await stageLike();
    done += 1;
    return stagedAs;
  });
  await condition(() => done >= updates);
}
