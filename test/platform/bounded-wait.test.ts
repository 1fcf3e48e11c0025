/**
 * An intake's or an action's wait is cut at ACTION_WAIT_TIMEOUT (503 + Retry-After), and the
 * Temporal call behind it ends just after: the API's client runs on the Temporal runtime's
 * connection, which ignores an abort signal, so without the call's deadline a request cut
 * during an outage would go on retrying and polling in the API for as long as the outage.
 * Against the test stack's Temporal server: an Update sent to a workflow no worker runs
 * (it is never even accepted: what a claim looks like while the worker is down).
 */
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { DomainError } from '../../src/common/errors/domain-error';
import { boundedWait, CALL_DEADLINE_GRACE_MS } from '../../src/temporal/bounded-wait';
import { connectTemporalClient } from '../../src/temporal/temporal.module';
import { testEnv } from '../support/test-env';

const WAIT_MS = 800;
let client: Client;

beforeAll(async () => {
  const e = testEnv();
  client = await connectTemporalClient({ address: e.temporalAddress, namespace: e.temporalNamespace, taskQueue: 'unused' });
});
afterAll(async () => {
  await client?.connection.close();
});

it('answers "unavailable" at the wait, and the Update call itself has ended by its deadline', async () => {
  const workflowId = `bounded-wait-${randomUUID()}`;
  // a task queue no worker polls: the workflow never runs a task, the Update is never accepted
  const handle = await client.workflow.start('claimWorkflow', { workflowId, taskQueue: `nobody-${randomUUID()}`, args: [] });
  try {
    let call: Promise<unknown> | undefined;
    const started = Date.now();
    const outcome = await boundedWait(client, WAIT_MS, 'the action', () => (call = handle.executeUpdate('notes', { args: [{}] }))).catch((err: unknown) => err);
    const cutAfter = Date.now() - started;
    expect(outcome).toBeInstanceOf(DomainError);
    expect((outcome as DomainError).code).toBe('unavailable');
    expect((outcome as DomainError).message).toContain(`the action was not confirmed durable within ${WAIT_MS} ms`);
    expect(cutAfter).toBeGreaterThanOrEqual(WAIT_MS - 5);
    expect(cutAfter).toBeLessThan(WAIT_MS + 1_000);

    // the call behind the cut wait: ended by its deadline, not left retrying
    const ended = await Promise.race([
      call!.then(
        () => 'answered',
        () => 'ended',
      ),
      new Promise<string>((resolve) => setTimeout(() => resolve('still running'), CALL_DEADLINE_GRACE_MS + 3_000)),
    ]);
    expect(ended).toBe('ended');
  } finally {
    await handle.terminate('test over');
  }
}, 30_000);

it('passes the call\'s own answer and its own refusal through untouched', async () => {
  await expect(boundedWait(client, WAIT_MS, 'the action', async () => 'answer')).resolves.toBe('answer');
  const refusal = new DomainError('invalid_transition', 'not now');
  await expect(boundedWait(client, WAIT_MS, 'the action', async () => Promise.reject(refusal))).rejects.toBe(refusal);
});
