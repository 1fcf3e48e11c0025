/**
 * `npm run bench`: every figure of docs/benchmarks.md, measured in one run on one machine.
 *
 *   npm run bench                  full run (~15 s per load step, read model at 100k and 1M claims)
 *   npm run bench -- --quick       short steps, 100k claims only (BENCH_QUICK=1 does the same)
 *   npm run bench -- --skip-1m     full run without the 1M read-model size (BENCH_SKIP_1M=1)
 *   npm run bench -- --only=read-model,baseline   some phases only (baseline, minimal, intake, actions, writer, workers, soak, lifecycle, timer-batches, levers, read-model)
 *   npm run bench -- --soak-seconds=120   a shorter soak (default 600 s, 60 s with --quick; BENCH_SOAK_SECONDS)
 *   npm run bench -- --only=lifecycle --lifecycle-rates=20   lifecycles at these arrival rates only (default 5,10,20;
 *                                  each BENCH_LIFECYCLE_SECONDS long: 30, 12 with --quick)
 *
 * Ratios are against the minimal Temporal program doing an intake's durable work
 * (bench/workflows/minimal-intake.workflow.ts: update-with-start, one local activity
 * writing one row), run in this process on the same server with the same codec and body;
 * raw workflow starts (no workflow task at all) stay as a reference. Full lifecycles are
 * compared with the minimal program's lifecycle (the same requests and timers, one row per
 * step) at the same arrival rates. The payload codec is
 * on, as under `npm start`. Closed-loop runs at each concurrency, open-loop runs (fixed
 * arrival rates) for latency.
 *
 * The stack: the Temporal server at TEMPORAL_ADDRESS if set, else a dev server of its own
 * (SQLite, WAL, as `npm start` runs it); databases of its own, created on the PostgreSQL
 * server of DATABASE_URL (default postgres://postgres@127.0.0.1:5432, else a private
 * embedded one) and dropped at the end — the bench never writes into your database.
 * The API and the worker run as child processes from dist/.
 * Prints a table and writes bench/results/<date>.json (BENCH_RESULTS_DIR: another folder).
 * BENCH_PHASE_SECONDS sets the length of each load step (4 with --quick, 15 otherwise).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { freePort } from '../embedded/temporal-cli';
import { parsePayloadCodecKeys } from '../src/codec/payload-codec-keys';
import { REPO_ROOT, ensureBuild } from '../test/support/stack/child-service';
import { startPrivatePostgres, type PrivatePostgres } from '../test/support/stack/private-postgres';
import { createMigratedDatabase, DEFAULT_ADMIN_PG_URL, dropDatabase, SHORT_POLICY_FILE, Stack } from '../test/support/stack/stack';
import { analyticsSummaryPhase, type AnalyticsReport } from './phases/analytics.phase';
import { baselinePhase } from './phases/baseline.phase';
import { LEVER_VARIANTS, leversPhase, type LeverResult } from './phases/levers.phase';
import { minimalPhase, startMinimalProgram, type MinimalReport } from './phases/minimal.phase';
import { actionsPhase, intakePhase, type ActionsReport, type IntakeReport } from './phases/claims.phase';
import { lifecyclePhase, minimalLifecycleTimers, type LifecycleReport } from './phases/lifecycle.phase';
import { parsePolicy } from '../domain/policy/policy.schema';
import { timerBatchesPhase, type TimerBatchReport } from './phases/timer-batches.phase';
import { readModelPhase, type IndexComparison, type ReadModelReport } from './phases/read-model.phase';
import { soakPhase, workersPhase, type SoakReport, type WorkersReport } from './phases/soak.phase';
import { writerPhase, type WriterReport } from './phases/writer.phase';
import { machineInfo } from './support/machine.info';
import type { LoadResult } from './support/load.runner';
import { renderReport } from './support/report.table';

/** The bench measures throughput: the per-key rate limit (a protection, not a cost) is off. */
const CODEC_KEYS = `bench:${randomBytes(32).toString('base64')}`;
// --expose-gc: the worker collects its garbage on SIGUSR2, for RSS figures after a forced GC
/** BENCH_CPU_PROFILE_DIR: the API and the worker (each thread) write V8 CPU profiles there when they stop */
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE_DIR ? path.resolve(process.env.BENCH_CPU_PROFILE_DIR) : undefined;
const NODE_ARGS = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []; // NODE_OPTIONS may not carry --cpu-prof
const BENCH_ENV = { RATE_LIMIT_PER_MINUTE: '0', PAYLOAD_CODEC_KEYS: CODEC_KEYS, NODE_OPTIONS: '--expose-gc' };

const DEFAULT_POLICY_FILE = path.join(REPO_ROOT, 'policy', 'default-policy.json');

const PHASES = ['baseline', 'minimal', 'intake', 'actions', 'writer', 'workers', 'soak', 'lifecycle', 'timer-batches', 'levers', 'read-model'] as const;
type Phase = (typeof PHASES)[number];

export interface BenchConfig {
  quick: boolean;
  phaseSeconds: number;
  concurrencies: number[];
  /** open-loop arrival rates, per second */
  rates: number[];
  /** lifecycles started per second (open loop), each for lifecycleSeconds */
  lifecycleRates: number[];
  lifecycleSeconds: number;
  /** the soak: seconds at 10 intakes/s and 5 note Updates/s */
  soakSeconds: number;
  readSizes: number[];
  readRequests: number;
  phases: Phase[];
}

export interface BenchResults {
  machine: ReturnType<typeof machineInfo>;
  config: BenchConfig;
  baseline?: LoadResult[];
  minimal?: MinimalReport;
  levers?: LeverResult[];
  intake?: Omit<IntakeReport, 'claimIds'>;
  actions?: ActionsReport;
  writer?: WriterReport;
  lifecycle?: LifecycleReport;
  timerBatches?: TimerBatchReport;
  workers?: WorkersReport;
  soak?: SoakReport;
  readModel?: ReadModelReport;
  indexComparison?: IndexComparison;
  analyticsSummary?: AnalyticsReport;
  wallSeconds: number;
}

function configFrom(argv: string[], env: NodeJS.ProcessEnv): BenchConfig {
  const flag = (name: string) => argv.includes(`--${name}`);
  const quick = flag('quick') || env.BENCH_QUICK === '1';
  const skip1m = quick || flag('skip-1m') || env.BENCH_SKIP_1M === '1';
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  for (const p of only ?? []) if (!(PHASES as readonly string[]).includes(p)) throw new Error(`--only: unknown phase ${p} (${PHASES.join(', ')})`);
  return {
    quick,
    phaseSeconds: Number(env.BENCH_PHASE_SECONDS || (quick ? 4 : 15)),
    concurrencies: [1, 8, 32],
    rates: [10, 20, 40],
    lifecycleRates: (argv.find((a) => a.startsWith('--lifecycle-rates='))?.split('=')[1] ?? '5,10,20').split(',').map((r) => {
      const rate = Number(r);
      if (!(rate > 0)) throw new Error(`--lifecycle-rates: ${r} is not a rate per second above 0`);
      return rate;
    }),
    lifecycleSeconds: Number(env.BENCH_LIFECYCLE_SECONDS || (quick ? 12 : 30)),
    soakSeconds: Number(argv.find((a) => a.startsWith('--soak-seconds='))?.split('=')[1] || env.BENCH_SOAK_SECONDS || (quick ? 60 : 600)),
    readSizes: skip1m ? [100_000] : [100_000, 1_000_000],
    readRequests: quick ? 15 : 40,
    phases: (only as Phase[] | undefined) ?? [...PHASES],
  };
}

const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

async function reachable(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const config = configFrom(process.argv.slice(2), process.env);
  const machine = machineInfo();
  const started = performance.now();
  // the in-process workers of the baseline, minimal, timer-batch and levers phases: warnings only
  Runtime.install({ logger: new DefaultLogger('WARN') });
  ensureBuild();
  const workDir = path.join(REPO_ROOT, '.data', 'bench', String(Date.now()));
  fs.mkdirSync(workDir, { recursive: true });
  log(`machine: ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.cpuModel}, node ${machine.node}, load ${machine.loadAverageAtStart}`);

  let privatePg: PrivatePostgres | undefined;
  let serverUrl = process.env.DATABASE_URL || DEFAULT_ADMIN_PG_URL;
  if (!(await reachable(serverUrl))) {
    if (process.env.DATABASE_URL) throw new Error('DATABASE_URL is set but its PostgreSQL cannot be reached');
    log('no PostgreSQL on 127.0.0.1:5432: starting a private embedded one');
    privatePg = await startPrivatePostgres(path.join(workDir, 'pg'), await freePort(), path.join(workDir, 'postgres.log'));
    serverUrl = privatePg.url;
  }
  const databases: string[] = [];
  const stacks: Stack[] = [];
  const results: BenchResults = { machine, config, wallSeconds: 0 };
  try {
    const writeDb = await createMigratedDatabase(serverUrl, 'wce_bench');
    databases.push(writeDb);
    const needsClaims = config.phases.some((p) => p === 'intake' || p === 'actions' || p === 'workers' || p === 'soak' || p === 'lifecycle');
    // intake and actions under the default policy, as `npm start` runs (no timer fires during
    // the runs); the lifecycle phase switches to the short policy to reach `closed` in seconds
    const stack = new Stack({ workDir, databaseUrl: writeDb, temporalAddress: process.env.TEMPORAL_ADDRESS, worker: needsClaims, env: BENCH_ENV, nodeArgs: NODE_ARGS, policyFile: DEFAULT_POLICY_FILE });
    stacks.push(stack);
    await stack.start();
    log(`stack up: Temporal ${stack.temporalAddress}, API :${stack.apiPort}`);
    const seconds = config.phaseSeconds * 1000;
    // the payload codec's keys the stack runs with, for the minimal programs in this process
    const parsedCodec = parsePayloadCodecKeys(CODEC_KEYS, undefined);
    const codecKeys = 'value' in parsedCodec ? parsedCodec.value : undefined;

    if (config.phases.includes('baseline')) {
      log('baseline: raw workflow starts');
      results.baseline = await baselinePhase(stack.temporalAddress, config.concurrencies, seconds);
    }
    if (config.phases.includes('minimal')) {
      log('minimal program: update-with-start + one local-activity row');
      const program = await startMinimalProgram(stack.temporalAddress, writeDb, codecKeys);
      try {
        results.minimal = await minimalPhase(program, config.concurrencies, config.rates, seconds, stack.temporal?.pid);
      } finally {
        await program.stop();
      }
    }
    let claimIds: string[] = [];
    if (config.phases.includes('intake') || config.phases.includes('actions')) {
      log('intake: POST /claims');
      const { claimIds: ids, ...intake } = await intakePhase(stack, config.concurrencies, config.rates, seconds);
      claimIds = ids;
      results.intake = intake;
    }
    if (config.phases.includes('actions')) {
      log('actions: POST /claims/:id/notes (Updates)');
      results.actions = await actionsPhase(stack, claimIds, config.concurrencies, config.rates, seconds);
    }
    if (config.phases.includes('writer')) {
      const batches = config.quick ? 300 : 1000;
      log(`writer: ${batches} intake batches, note stagings and promotions, one at a time`);
      results.writer = await writerPhase(writeDb, batches);
    }
    if (config.phases.includes('workers')) {
      log('workers: intake with one worker, then two on the same task queue; every claim judged');
      results.workers = await workersPhase(stack, 16, seconds);
    }
    if (config.phases.includes('soak')) {
      log(`soak: ${config.soakSeconds} s at 10 intakes/s + 5 note Updates/s, worker RSS after forced GC`);
      results.soak = await soakPhase(stack, config.soakSeconds, 10, 5, config.quick ? 5_000 : 15_000, config.quick ? 15 : 60);
    }
    if (config.phases.includes('lifecycle')) {
      log(`lifecycle: claims arriving at ${config.lifecycleRates.join(', ')}/s for ${config.lifecycleSeconds} s each, timed intake → workflow completed (API and worker restarted on the short policy), each rate then the minimal program's lifecycle`);
      await stack.api?.stop();
      await stack.worker?.stop();
      stack.options.policyFile = SHORT_POLICY_FILE;
      stack.startWorker();
      await stack.startApi();
      const program = await startMinimalProgram(stack.temporalAddress, writeDb, codecKeys);
      try {
        const timers = minimalLifecycleTimers(parsePolicy(JSON.parse(fs.readFileSync(SHORT_POLICY_FILE, 'utf8'))));
        results.lifecycle = await lifecyclePhase(stack, config.lifecycleRates, config.lifecycleSeconds * 1000, { program, timers });
      } finally {
        await program.stop();
      }
    }
    if (config.phases.includes('timer-batches')) {
      if (!stack.temporal) {
        log('timer batches: skipped (the server at TEMPORAL_ADDRESS is not the bench\'s own, its CPU cannot be read)');
      } else {
        log('timer batches: server CPU per timer batch written by an activity or a local activity, and per read of a history\'s tail');
        results.timerBatches = await timerBatchesPhase(stack.temporalAddress, stack.temporal.pid, { workflows: config.quick ? 50 : 100, timersEach: 5, rounds: 2, reads: config.quick ? 500 : 2000 });
      }
    }
    if (config.phases.includes('levers')) {
      log(`levers: ${LEVER_VARIANTS.length} worker variants A/B'd in alternating rounds`);
      results.levers = await leversPhase({
        address: stack.temporalAddress,
        databaseUrl: writeDb,
        codec: codecKeys,
        concurrency: 8,
        roundMs: seconds,
        rounds: config.quick ? 2 : 3,
      });
    }
    if (config.phases.includes('read-model')) {
      // the write side is idle from here: stop it so that it does not disturb the timings
      await stack.api?.stop();
      await stack.worker?.stop();
      const readDb = await createMigratedDatabase(serverUrl, 'wce_bench_read');
      databases.push(readDb);
      const readStack = new Stack({ workDir: path.join(workDir, 'read'), databaseUrl: readDb, temporalAddress: stack.temporalAddress, worker: false, env: BENCH_ENV });
      stacks.push(readStack);
      await readStack.start();
      const read = await readModelPhase(readStack, readDb, config.readSizes, config.readRequests, log);
      results.readModel = read.report;
      results.indexComparison = read.comparison;
      results.analyticsSummary = await analyticsSummaryPhase(readStack, config.readRequests);
    }
  } finally {
    for (const s of stacks.reverse()) await s.stop().catch((err) => log(`stopping: ${(err as Error).message}`));
    for (const db of databases) await dropDatabase(db).catch((err) => log(`dropping ${db}: ${(err as Error).message}`));
    await privatePg?.stop();
  }
  results.wallSeconds = (performance.now() - started) / 1000;
  const outDir = process.env.BENCH_RESULTS_DIR ? path.resolve(process.env.BENCH_RESULTS_DIR) : path.join(REPO_ROOT, 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const outFile = path.join(outDir, `${machine.date.replace(/[:.]/g, '-')}${config.quick ? '-quick' : ''}.json`);
  fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${renderReport(results)}\n`);
  log(`results written to ${path.relative(REPO_ROOT, outFile)}; logs in ${path.relative(REPO_ROOT, workDir)}`);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
