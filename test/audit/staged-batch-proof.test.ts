/**
 * The staged-batch relay's proof against the real Temporal server's history: the staging
 * local activity's result (its tag) is in the history only when the task that ran it
 * completed. A task failed twice on purpose, then completed: only the third attempt's tag
 * is named (the second and third attempts share an event id: transient tasks). Two
 * local activities in one task: both named (the workflow's clock had moved between them,
 * which is why the proof is not the task's time). Updates, whose tasks may be speculative:
 * each named. Read as the worker reads it, and through the payload codec.
 */
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { stagedTagReader } from '../../activities/claim-records/staged-batch-relay';
import { parsePayloadCodecKeys } from '../../src/codec/payload-codec-keys';
import { claimsDataConverter } from '../../src/temporal/data-converter';
import { HISTORY_KEY_2020 } from '../support/history-codec-keys';
import { testEnv } from '../support/test-env';
import type { TaskAttemptActivities } from './support/task-attempts.workflow';

const keys = parsePayloadCodecKeys(HISTORY_KEY_2020, undefined);
if (!('value' in keys)) throw new Error(keys.problems.join('; '));
const dataConverter = claimsDataConverter(keys.value);

describe('a staged batch proven by the history of its task', () => {
  const { temporalAddress, temporalNamespace } = testEnv();
  const taskQueue = `task-attempts-${randomUUID()}`;
  const tags: string[] = [];
  const activities: TaskAttemptActivities = {
    stageLike: async () => {
      tags.push(randomUUID());
      return { stagedAs: tags[tags.length - 1], calls: tags.length };
    },
  };
  let nativeConnection: NativeConnection;
  let connection: Connection;
  let client: Client;
  /** runs `fn` with a worker (a worker runs once) */
  const withWorker = async <T>(fn: Promise<T> | (() => Promise<T>)): Promise<T> => {
    const worker = await Worker.create({ connection: nativeConnection, namespace: temporalNamespace, taskQueue, workflowsPath: path.join(__dirname, 'support', 'task-attempts.workflow.ts'), activities, dataConverter });
    return worker.runUntil(fn);
  };

  beforeAll(async () => {
    nativeConnection = await NativeConnection.connect({ address: temporalAddress });
    connection = await Connection.connect({ address: temporalAddress });
    client = new Client({ connection, namespace: temporalNamespace, dataConverter });
  });
  beforeEach(() => {
    tags.length = 0;
  });
  afterAll(async () => {
    await connection?.close();
    await nativeConnection?.close();
  });

  const named = async (workflowId: string) => {
    const { runId } = await client.workflow.getHandle(workflowId).describe();
    return stagedTagReader(nativeConnection, temporalNamespace, dataConverter.payloadCodecs ?? [])({ workflowId, runId }, 1);
  };

  it('names the tag of the attempt that completed, not those of the attempts that failed', async () => {
    const workflowId = `task-attempts-${randomUUID()}`;
    await withWorker(() => client.workflow.execute('failingTaskWorkflow', { taskQueue, workflowId, args: [2] }));
    expect(tags).toHaveLength(3);
    expect([...(await named(workflowId))]).toEqual([tags[2]]);
  });

  it('names both tags of two local activities run one after the other in one task', async () => {
    const workflowId = `task-attempts-${randomUUID()}`;
    await withWorker(() => client.workflow.execute('twoInOneTaskWorkflow', { taskQueue, workflowId }));
    expect(tags).toHaveLength(2);
    expect([...(await named(workflowId))].sort()).toEqual([...tags].sort());
  });

  it('names the tag of each Update\'s local activity', async () => {
    const workflowId = `task-attempts-${randomUUID()}`;
    const answers = await withWorker(async () => {
      const handle = await client.workflow.start('updatedWorkflow', { taskQueue, workflowId, args: [2] });
      const first = await handle.executeUpdate('stage');
      const second = await handle.executeUpdate('stage');
      await handle.result();
      return [first, second];
    });
    expect(answers).toEqual(tags);
    expect([...(await named(workflowId))].sort()).toEqual([...tags].sort());
  });
});
