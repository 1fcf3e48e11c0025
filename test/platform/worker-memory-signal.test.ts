/**
 * README, Operations: `kill -USR2 <worker pid>` makes the worker log its memory in use
 * (after a garbage collection under `node --expose-gc`) and it keeps running; SIGTERM
 * still drains and stops it. The operator's way: the built worker (`npm run worker`'s
 * program) as a process, signals sent to its pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ensureBuild, REPO_ROOT } from '../support/stack/child-service';
import { testEnv } from '../support/test-env';

beforeAll(() => ensureBuild());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startWorker(nodeOptions: string): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const e = testEnv();
  const { PATH, HOME } = process.env;
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/src/worker/worker.main.js')], {
    env: {
      PATH: PATH ?? '',
      HOME: HOME ?? '',
      NODE_OPTIONS: nodeOptions,
      DATABASE_URL: e.databaseUrl,
      TEMPORAL_ADDRESS: e.temporalAddress,
      TEMPORAL_NAMESPACE: e.temporalNamespace,
      TEMPORAL_TASK_QUEUE: `memory-signal-${randomUUID()}`,
      SURVEY_TOKEN_SECRET: 's'.repeat(32),
      AUDIT_CHECKPOINT_KEY: 'c'.repeat(32),
      LOG_FORMAT: 'text',
    },
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(what: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!what()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${describe()}`);
    await sleep(100);
  }
}

it.each([
  ['with --expose-gc', '--expose-gc', /memory: rss \d+\.\d MiB, heap used \d+\.\d MiB \(after a forced GC\)/],
  ['without it', '', /memory: rss \d+\.\d MiB, heap used \d+\.\d MiB(?! \(after)/],
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
