/**
 * Memory and sharing over time, through the HTTP API with the worker as a child process:
 * - the soak: intakes and note Updates at fixed rates for minutes, the worker's RSS after
 *   a forced GC and its workflow cache's fill sampled throughout, the slope fitted (MiB per
 *   minute) overall, over the second half and once the cache is full (memory should then
 *   stay flat), and the memory per cached workflow while it fills;
 * - several workers: the same intake load with one worker and then with a second one on
 *   the same task queue, and every claim of both runs judged as the fault scenarios judge
 *   them (one claim each, every audit event once and in order, chain intact, the intake
 *   notification recorded once and sent).
 */
import fs from 'node:fs';
import type { ChildService } from '../../test/support/stack/child-service';
import { sampleProc } from '../../test/support/stack/child-service';
import { checkClaims, type ExpectedClaim } from '../../test/support/stack/audit-check';
import { claimBody } from '../../test/support/claim-body';
import type { Stack } from '../../test/support/stack/stack';
import { runLoad, runOpenLoop, type LoadResult } from '../support/load.runner';
import { cacheMemoryFigures, linearSlope, type CacheMemoryFigures, type MemorySample } from '../support/memory.slope';
import { soakWindows, type CpuReading, type SoakWindow, type TimedCall } from '../support/soak.windows';
import { sampleStack } from '../support/stack.samples';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface WorkerMemory {
  rssMiB: number;
  /** workflows in the worker's cache and its cap, from the line the signal logs; null when none was found */
  cache: { cached: number; cap: number } | null;
}

/**
 * The worker's RSS right after it collected its garbage (SIGUSR2 under --expose-gc, see
 * src/worker/worker.main.ts), and how many workflows its cache held then (the line that
 * signal logs). The workflow thread's heap is not forced: only the main one.
 */
export async function workerMemoryAfterGc(worker: ChildService): Promise<WorkerMemory> {
  const from = fs.statSync(worker.logFile).size;
  process.kill(worker.pid, 'SIGUSR2');
  let cache: WorkerMemory['cache'] = null;
  for (let waited = 0; waited < 3_000 && !cache; waited += 100) {
    await sleep(100);
    const match = /workflows cached: (\d+) of at most (\d+)/.exec(readFrom(worker.logFile, from));
    if (match) cache = { cached: Number(match[1]), cap: Number(match[2]) };
  }
  return { rssMiB: sampleProc(worker.pid).rssBytes / 2 ** 20, cache };
}

function readFrom(file: string, offset: number): string {
  const fd = fs.openSync(file, 'r');
  try {
    const length = Math.max(fs.fstatSync(fd).size - offset, 0);
    const buffer = Buffer.alloc(length);
    fs.readSync(fd, buffer, 0, length, offset);
    return buffer.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

interface Intake {
  claimId: string;
  orderId: string;
}

async function intake(stack: Stack, into: Intake[]): Promise<void> {
  const body = claimBody();
  const res = await stack.http.request('POST', '/claims', { as: 'agent', body });
  if (res.status !== 201) throw new Error(`POST /claims: ${res.status} ${JSON.stringify(res.body)}`);
  into.push({ claimId: (res.body as { id: string }).id, orderId: body.order.orderId });
}

export interface SoakReport {
  seconds: number;
  intakes: LoadResult;
  actions: LoadResult;
  /** [seconds since start, worker RSS MiB after forced GC, workflows in its cache (-1: not read)] */
  samples: MemorySample[];
  slopeMiBPerMinute: number;
  secondHalfSlopeMiBPerMinute: number;
  openClaimsAtEnd: number;
  /** the worker's workflow cache cap (WORKER_CACHED_WORKFLOWS or the SDK's default); null when not read */
  cacheCap: number | null;
  /** memory per cached workflow while the cache filled, and the slope once it was full */
  cache: CacheMemoryFigures | null;
  /** the soak in windows of `windowSeconds`: latencies of the calls started in each, and each process's share of a core */
  windowSeconds: number;
  windows: SoakWindow[];
}

export async function soakPhase(stack: Stack, seconds: number, intakeRate: number, actionRate: number, sampleEveryMs: number, windowSeconds: number): Promise<SoakReport> {
  const worker = stack.worker!;
  const claims: Intake[] = [];
  // a first claim for the notes to land on before the intakes have made more
  await intake(stack, claims);
  const started = performance.now();
  let cacheCap: number | null = null;
  const sample = async (): Promise<MemorySample> => {
    const at = (performance.now() - started) / 1000;
    const { rssMiB, cache } = await workerMemoryAfterGc(worker);
    if (cache) cacheCap = cache.cap;
    return [at, rssMiB, cache?.cached ?? -1];
  };
  const samples: MemorySample[] = [await sample()];
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      await sleep(sampleEveryMs);
      if (sampling) samples.push(await sample());
    }
  })();
  const durationMs = seconds * 1000;
  // CPU of each process at every window's edge, and every call by its scheduled start, both from the load's start
  const loadStarted = performance.now();
  const readings: CpuReading[] = [];
  const read = () => readings.push({ atS: (performance.now() - loadStarted) / 1000, cpuSeconds: cpuOf(stack) });
  read();
  const reader = setInterval(read, windowSeconds * 1000);
  const timed: Record<'intakes' | 'notes', TimedCall[]> = { intakes: [], notes: [] };
  const onCall = (kind: keyof typeof timed) => (dueMs: number, latencyMs: number) => void timed[kind].push([(dueMs - loadStarted) / 1000, latencyMs]);
  const [intakes, actions] = await Promise.all([
    runOpenLoop({ ratePerSecond: intakeRate, durationMs, onCall: onCall('intakes') }, () => intake(stack, claims)),
    runOpenLoop({ ratePerSecond: actionRate, durationMs, onCall: onCall('notes') }, async (i) => {
      const { claimId } = claims[(i * 7919) % claims.length];
      const res = await stack.http.request('POST', `/claims/${claimId}/notes`, { as: 'agent', body: { text: `soak note ${i}` } });
      if (res.status !== 200) throw new Error(`POST /claims/:id/notes: ${res.status} ${JSON.stringify(res.body)}`);
    }),
  ]);
  clearInterval(reader);
  read();
  sampling = false;
  await sampler;
  samples.push(await sample());
  const perMinute = (points: MemorySample[]) => linearSlope(points.map(([t, mib]) => [t / 60, mib]));
  const half = samples[samples.length - 1][0] / 2;
  return {
    seconds,
    intakes,
    actions,
    samples,
    slopeMiBPerMinute: perMinute(samples),
    secondHalfSlopeMiBPerMinute: perMinute(samples.filter(([t]) => t >= half)),
    openClaimsAtEnd: claims.length,
    cacheCap,
    cache: cacheCap === null ? null : cacheMemoryFigures(samples.filter(([, , cached]) => cached >= 0), cacheCap),
    windowSeconds,
    windows: soakWindows(timed, readings, windowSeconds),
  };
}

/** CPU seconds so far of the worker, the API and (when the bench started it) the Temporal dev server. */
function cpuOf(stack: Stack): Record<string, number> {
  const { worker, api, temporal } = sampleStack(stack);
  return { worker: worker.cpuSeconds, api: api.cpuSeconds, ...(temporal && { server: temporal.cpuSeconds }) };
}

export interface WorkersReport {
  concurrency: number;
  oneWorker: LoadResult;
  twoWorkers: LoadResult;
  claimsJudged: number;
  /** what the judge found wrong (empty: nothing lost or doubled) */
  problems: string[];
}

export async function workersPhase(stack: Stack, concurrency: number, durationMs: number): Promise<WorkersReport> {
  const claims: Intake[] = [];
  const oneWorker = await runLoad({ concurrency, durationMs }, () => intake(stack, claims));
  const second = stack.startExtraWorker();
  await sleep(4_000); // its bundle loaded and its pollers on the queue
  if (!second.alive()) throw new Error(`the second worker exited (${await second.exited}); see ${second.logFile}`);
  const twoWorkers = await runLoad({ concurrency, durationMs }, () => intake(stack, claims));
  await sleep(3_000); // the relays deliver the last intakes' notifications
  const expected: ExpectedClaim[] = claims.map((c) => ({ ...c, status: 'received', actions: ['claim.received'], notifications: ['claim_received'] }));
  const problems = await checkClaims(stack.options.databaseUrl, expected);
  await second.stop(10_000);
  return { concurrency, oneWorker, twoWorkers, claimsJudged: claims.length, problems };
}
