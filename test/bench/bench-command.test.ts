/**
 * README, Performance: `npm run bench -- --quick` measures the system against the minimal
 * Temporal program on your machine, prints a table and writes a results file. Typed here as
 * a developer types it (the npm script: it compiles the bench, starts a Temporal dev server,
 * the API and the worker of its own), with one-second load steps and a ten-second soak so
 * that it fits in CI. Timings are not judged here (docs/benchmarks.md is where they are
 * read); what must hold on every machine is: the run ends well, every phase it was asked
 * for reports, no request failed, and the audit writer makes the round trips it is known to
 * make — a change that adds a round trip to every intake or action shows up here.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/stack/child-service';
import { testEnv } from '../support/test-env';

interface Load {
  perSecond: number;
  ok: number;
  failed: number;
}

const resultsRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'wce-bench-'));
afterAll(() => fs.rmSync(resultsRoot, { recursive: true, force: true }));

/** Runs the bench as typed, its results file into a folder of its own (resultsDir). */
function runBench(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string; resultsDir: string }> {
  const { TEMPORAL_ADDRESS: _ownServer, ...env } = process.env;
  const resultsDir = fs.mkdtempSync(path.join(resultsRoot, 'run-'));
  const child = spawn('npm', ['run', '--silent', 'bench', '--', ...args], {
    cwd: REPO_ROOT,
    env: { ...env, DATABASE_URL: testEnv().databaseUrl, BENCH_PHASE_SECONDS: '1', BENCH_RESULTS_DIR: resultsDir, ...extraEnv },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr, resultsDir })));
}

it('npm run bench -- --quick --only=minimal,intake,actions,writer,soak,timer-batches: a table, a results file, nothing failed, the writer at its round-trip counts', async () => {
  const run = await runBench(['--quick', '--only=minimal,intake,actions,writer,soak,timer-batches', '--soak-seconds=10']);
  expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr.slice(-3000) }).toEqual({ code: 0, stderr: '' });

  const files = fs.readdirSync(run.resultsDir);
  expect(files).toEqual([expect.stringMatching(/-quick\.json$/)]);
  const results = JSON.parse(fs.readFileSync(path.join(run.resultsDir, files[0]), 'utf8'));

  // the baseline and the system under the same load steps, every request answered
  const loads: Load[] = [
    ...results.minimal.closedLoop,
    ...results.minimal.openLoop,
    ...results.minimal.actions.closedLoop,
    ...results.minimal.actions.openLoop,
    ...results.intake.runs,
    ...results.intake.openLoop,
    ...results.actions.runs,
    ...results.actions.openLoop,
  ];
  expect(loads.length).toBe(24); // 3 concurrencies and 3 rates, each of the four
  for (const load of loads) {
    expect(load.failed).toBe(0);
    expect(load.ok).toBeGreaterThan(0);
  }
  // the API's floor (an authenticated request doing nothing else) answered, and priced
  expect(results.actions.apiFloor.run.failed).toBe(0);
  expect(results.actions.apiFloor.run.ok).toBeGreaterThan(0);
  expect(results.actions.apiFloor.apiCpuMsPerRequest).toBeGreaterThan(0);
  expect(results.actions.cpuMsPerAction.loadGenerator).toBeGreaterThan(0);
  // the worker's figures come from /proc and its memory line
  expect(results.intake.worker.cpuSecondsPer1000Intakes).toBeGreaterThan(0);
  expect(results.soak.intakes.failed + results.soak.actions.failed).toBe(0);
  expect(results.soak.cacheCap).toBeGreaterThan(1);
  expect(results.soak.samples.every(([, rss, cached]: number[]) => rss > 0 && cached >= 0)).toBe(true);
  // the soak over time: a 10-s soak in quick windows of 15 s is one window, every call in it, each process busy
  expect(results.soak.windows).toHaveLength(1);
  const [window] = results.soak.windows;
  expect({ intakes: window.calls.intakes.n, notes: window.calls.notes.n }).toEqual({ intakes: results.soak.intakes.ok, notes: results.soak.actions.ok });
  for (const proc of ['worker', 'api', 'server']) expect(window.coreShare[proc]).toBeGreaterThan(0);

  // the timer batch's two shapes: 5 timers, each write an activity (5 more events and a second task) or one marker
  const shapes = Object.fromEntries(results.timerBatches.variants.map((v: { workflow: string; historyEvents: number }) => [v.workflow, v.historyEvents]));
  expect(shapes).toEqual({ benchTimersWithActivity: 60, benchTimersWithLocalActivity: 35 });
  for (const v of results.timerBatches.variants) expect(v.serverMsPerBatch.every((ms: number) => ms > 0)).toBe(true);
  expect(results.timerBatches.serverMsPerTailRead.every((ms: number) => ms > 0)).toBe(true);

  // round trips per batch (transaction control included): docs/benchmarks.md, sixth, seventh and thirteenth rounds
  expect({
    intake: results.writer.intake.roundTrips,
    noteStage: results.writer.noteStage.roundTrips,
    notePromotion: results.writer.notePromotion.roundTrips,
  }).toEqual({ intake: 2, noteStage: 1, notePromotion: 2 });

  // the table a developer reads
  expect(run.stdout).toMatch(/minimal program/i);
  expect(run.stdout).toMatch(/Soak, .* min at 10 intakes\/s/);
  expect(run.stdout).toMatch(/Workflow cache \(cap \d+\)/);
  expect(run.stdout).toMatch(/\| soak, window of 15 s \|/);
  expect(run.stdout).toMatch(/\| a relay's proof: one read of a history's last 8 events \|/);
}, 8 * 60_000);

it('npm run bench -- --quick --only=lifecycle --lifecycle-rates=4: every lifecycle completes, beside the minimal program\'s, history lengths as known', async () => {
  const run = await runBench(['--quick', '--only=lifecycle', '--lifecycle-rates=4'], { BENCH_LIFECYCLE_SECONDS: '2' });
  expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr.slice(-3000) }).toEqual({ code: 0, stderr: '' });
  const [file] = fs.readdirSync(run.resultsDir);
  const { lifecycle } = JSON.parse(fs.readFileSync(path.join(run.resultsDir, file), 'utf8'));

  for (const runs of [lifecycle.runs, lifecycle.minimal.runs]) {
    expect(runs).toHaveLength(1);
    const [r] = runs;
    expect({ rate: r.ratePerSecond, failed: r.failed, completed: r.completed, errors: r.firstErrors }).toEqual({ rate: 4, failed: 0, completed: r.started, errors: [] });
    expect(r.completed).toBeGreaterThanOrEqual(6);
    expect(r.cpuMsPerLifecycle.temporalServer).toBeGreaterThan(0);
  }
  // a claim's lifecycle (docs/benchmarks.md, tenth round) and the hand-written one: a change
  // that adds events to every claim shows up here
  expect({ claim: lifecycle.historyEvents, minimal: lifecycle.minimal.historyEvents }).toEqual({ claim: 58, minimal: 54 });
  // both wait the same timers: neither can finish sooner than the short policy's follow-up
  for (const alone of [lifecycle.aloneMs, lifecycle.minimal.aloneMs]) expect(alone).toBeGreaterThan(12_000);
  expect(run.stdout).toMatch(/\| … minimal program's lifecycle \(completed\/s [\d.]+×, server CPU [\d.]+×\) \| 4 \|/);
}, 6 * 60_000);
