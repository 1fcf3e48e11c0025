/**
 * README, Operations: `kill -USR2 <worker pid>` makes the worker log its memory in use
 * (after a garbage collection under `node --expose-gc`) and it keeps running; SIGTERM
 * still drains and stops it. The operator's way: the built worker (`npm run worker`'s
 * program) as a process, signals sent to its pid. The same line says how many workflows
 * the worker keeps cached, which WORKER_CACHED_WORKFLOWS caps.
 */
import { Client, Connection } from '@temporalio/client';
import { ensureBuild } from '../support/stack/child-service';
import { startBuiltWorker, takeInClaim } from '../support/stack/built-worker';
import { testEnv } from '../support/test-env';

beforeAll(() => ensureBuild());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const startWorker = (nodeOptions: string, env: Record<string, string> = {}) => startBuiltWorker({ name: 'memory-signal', nodeOptions, env });

async function waitFor(what: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!what()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${describe()}`);
    await sleep(100);
  }
}

it.each([
  ['with --expose-gc', '--expose-gc', /memory: rss \d+\.\d MiB, heap used \d+\.\d MiB \(after a forced GC\); workflows cached: 0 of at most \d+/],
  ['without it', '', /memory: rss \d+\.\d MiB, heap used \d+\.\d MiB(?! \(after); workflows cached: 0 of at most \d+/],
])('SIGUSR2 logs the worker memory %s and the worker runs on; SIGTERM stops it', async (_, nodeOptions, line) => {
  const w = startWorker(nodeOptions);
  try {
    // polling: the SDK logs that it has no Nexus services once its pollers are set up
    await waitFor(() => /No Nexus services registered/.test(w.output()), 60_000, () => w.output());
    w.child.kill('SIGUSR2');
    await waitFor(() => line.test(w.output()), 10_000, () => w.output());
    await sleep(500);
    expect(w.child.exitCode).toBeNull();
    expect(w.output()).not.toMatch(/draining|stopping/i);
    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(0);
    expect(w.output()).toMatch(/claims worker stopped/);
  } finally {
    if (w.child.exitCode === null) w.child.kill('SIGKILL');
  }
}, 90_000);

it('WORKER_CACHED_WORKFLOWS caps the workflows the worker keeps in memory: 4 open claims, 2 cached (the line answers at LOG_LEVEL=warn too)', async () => {
  const w = startWorker('', { WORKER_CACHED_WORKFLOWS: '2', LOG_LEVEL: 'warn' });
  const e = testEnv();
  const connection = await Connection.connect({ address: e.temporalAddress });
  try {
    // no start-up line at this level: the intakes below are answered once the worker polls
    const client = new Client({ connection, namespace: e.temporalNamespace });
    // four claims taken in on the worker's queue, as the API does it; they stay open (default policy)
    for (let i = 0; i < 4; i++) await takeInClaim(client, w.taskQueue);
    w.child.kill('SIGUSR2');
    await waitFor(() => /workflows cached: \d+ of at most 2\b/.test(w.output()), 10_000, () => w.output());
    expect(w.output()).toMatch(/workflows cached: 2 of at most 2\b/);
    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(0);
  } finally {
    await connection.close();
    if (w.child.exitCode === null) w.child.kill('SIGKILL');
  }
}, 90_000);
