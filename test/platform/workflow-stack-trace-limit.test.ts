/**
 * README, configuration: WORKFLOW_STACK_TRACE_LIMIT caps the frames of a stack trace inside
 * the workflow sandbox, where the SDK records a stack for every promise a workflow creates;
 * by default (0) none is recorded, and an operator who needs a workflow's stacks restarts the
 * worker with 10. Their way: the built worker (`npm run worker`'s program) started with and
 * without the variable, a claim taken in on its queue, and Temporal's `__stack_trace` query
 * (what the web UI's "Stack Trace" tab shows) asked of that claim.
 */
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { ensureBuild } from '../support/stack/child-service';
import { startBuiltWorker, takeInClaim } from '../support/stack/built-worker';
import { testEnv } from '../support/test-env';

beforeAll(() => ensureBuild());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const framesOf = (stack: string): number => stack.split('\n').filter((line) => /^\s+at /.test(line)).length;

/**
 * Runs the built worker with `extraEnv`, takes one claim in on its queue and answers the frames
 * of each stack `__stack_trace` lists; then starts a claim whose input is broken (its first
 * task throws a TypeError: a workflow bug) and answers the frames of the failed task's error
 * in the workflow's history, where the web UI shows it.
 */
async function stacksOf(extraEnv: Record<string, string>): Promise<{ queryFrames: number[]; failedTaskFrames: number }> {
  const e = testEnv();
  const w = startBuiltWorker({ name: 'stack-limit', env: extraEnv });
  const taskQueue = w.taskQueue;
  const connection = await Connection.connect({ address: e.temporalAddress });
  try {
    const client = new Client({ connection, namespace: e.temporalNamespace });
    const claimId = await takeInClaim(client, taskQueue);
    const trace: string = await client.workflow.getHandle(claimWorkflowId(claimId)).query('__stack_trace');
    const stacks = trace.split('\n\n').filter((s) => s.trim() !== '');
    await client.workflow.getHandle(claimWorkflowId(claimId)).terminate('test over');

    const broken = await client.workflow.start('claimWorkflow', { workflowId: `stack-limit-broken-${randomUUID()}`, taskQueue, args: [{}] });
    let failure: string | undefined;
    for (let i = 0; i < 100 && failure === undefined; i++) {
      const { events } = await broken.fetchHistory();
      failure = events?.find((e) => e.workflowTaskFailedEventAttributes)?.workflowTaskFailedEventAttributes?.failure?.stackTrace ?? undefined;
      if (failure === undefined) await sleep(100);
    }
    await broken.terminate('test over');
    if (failure === undefined) throw new Error('the broken claim never failed a workflow task');
    return { queryFrames: stacks.map(framesOf), failedTaskFrames: framesOf(failure) };
  } finally {
    await connection.close();
    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(0);
  }
}

it('by default a claim records no stack and a workflow bug fails its task without frames (the intake answered all the same); WORKFLOW_STACK_TRACE_LIMIT=10 brings both back, 3 leaves one frame of the workflow per recorded stack', async () => {
  const byDefault = await stacksOf({});
  expect(Math.max(0, ...byDefault.queryFrames)).toBe(0);
  expect(byDefault.failedTaskFrames).toBe(0);

  const ten = await stacksOf({ WORKFLOW_STACK_TRACE_LIMIT: '10' });
  expect(ten.queryFrames.length).toBeGreaterThan(0);
  expect(Math.max(...ten.queryFrames)).toBeGreaterThan(1);
  expect(ten.failedTaskFrames).toBeGreaterThan(1);

  // the SDK's hook spends two of the three frames on itself and cuts them
  const three = await stacksOf({ WORKFLOW_STACK_TRACE_LIMIT: '3' });
  expect(three.queryFrames.length).toBeGreaterThan(0);
  expect(Math.max(...three.queryFrames)).toBeLessThanOrEqual(1);
}, 150_000);
