/**
 * The staged-batch relay's proof against the real Temporal server's history: a workflow
 * task that failed twice on purpose, then completed. What each attempt's local activity
 * would have recorded (the task's `historyLength` and the workflow's clock) is judged by
 * `stagedBatchVerdict` over the history tail the relay reads: the completing attempt's
 * batch is proven, the failed attempts' are lost — the second failure's among them, though
 * it had the same event id as the attempt that completed (a transient task).
 */
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { historyTailReader } from '../../activities/claim-records/staged-batch-relay';
import { stagedBatchVerdict } from '../../activities/claim-records/staged-batch-proof';
import { testEnv } from '../support/test-env';
import type { TaskAttemptActivities } from './support/task-attempts.workflow';

describe('a staged batch proven by the history of its task', () => {
  it('is proven for the attempt that completed, lost for the attempts that failed', async () => {
    const { temporalAddress, temporalNamespace } = testEnv();
    const attempts: Array<{ historyLength: number; nowMs: number }> = [];
    const activities: TaskAttemptActivities = {
      noteAttempt: async (attempt) => attempts.push(attempt),
    };
    const taskQueue = `task-attempts-${randomUUID()}`;
    const nativeConnection = await NativeConnection.connect({ address: temporalAddress });
    const worker = await Worker.create({
      connection: nativeConnection,
      namespace: temporalNamespace,
      taskQueue,
      workflowsPath: path.join(__dirname, 'support', 'task-attempts.workflow.ts'),
      activities,
    });
    const connection = await Connection.connect({ address: temporalAddress });
    const client = new Client({ connection, namespace: temporalNamespace });
    const workflowId = `task-attempts-${randomUUID()}`;
    try {
      const handle = await worker.runUntil(async () => {
        const started = await client.workflow.start('failingTaskWorkflow', { taskQueue, workflowId, args: [2] });
        await started.result();
        return started;
      });
      expect(attempts).toHaveLength(3);
      const readTail = historyTailReader(nativeConnection, temporalNamespace);
      const verdicts = [];
      for (const a of attempts) {
        const tail = await readTail({ workflowId, runId: handle.firstExecutionRunId }, a.historyLength);
        verdicts.push(stagedBatchVerdict({ taskStartedEventId: a.historyLength, taskStartedMs: a.nowMs }, tail.lastEventId, (id) => tail.events.get(id)));
      }
      expect(verdicts).toEqual(['lost', 'lost', 'promote']);
      // the second and third attempts shared an event id: only the time told them apart
      expect(attempts[1].historyLength).toBe(attempts[2].historyLength);
      expect(attempts[1].nowMs).not.toBe(attempts[2].nowMs);
    } finally {
      await connection.close();
      await nativeConnection.close();
    }
  });
});
