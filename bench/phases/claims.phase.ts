/**
 * Intake and actions through the HTTP API, with the worker (a child
 * process) sampled from /proc for CPU time and resident memory.
 */
import { claimBody } from '../../test/support/claim-body';
import { sampleProc } from '../../test/support/stack/child-service';
import type { Stack } from '../../test/support/stack/stack';
import { workerMemoryAfterGc } from './soak.phase';
import { sampleStack } from '../support/stack.samples';
import { runLoad, runOpenLoop, type LoadResult } from '../support/load.runner';

export interface IntakeReport {
  runs: LoadResult[];
  /** at fixed arrival rates */
  openLoop: LoadResult[];
  claimIds: string[];
  /** RSS figures after a forced GC of the worker's main thread */
  worker: { openClaims: number; rssGrowthMiB: number; rssMiBPer1000Open: number; cpuSecondsPer1000Intakes: number; rssMiBAfter: number };
  /** CPU seconds per 1,000 intakes of the other processes (where the time goes); the Temporal server's only when the bench started it */
  cpuSecondsPer1000IntakesOf: { api: number; temporalServer?: number };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function intakePhase(stack: Stack, concurrencies: number[], rates: number[], durationMs: number): Promise<IntakeReport> {
  const claimIds: string[] = [];
  await sleep(2_000); // let the worker settle after start-up
  const rssBefore = (await workerMemoryAfterGc(stack.worker!)).rssMiB;
  const before = sampleProc(stack.worker!.pid);
  const apiBefore = sampleProc(stack.api!.pid);
  const temporalBefore = stack.temporal ? sampleProc(stack.temporal.pid) : undefined;
  const runs: LoadResult[] = [];
  const intake = async () => {
    const res = await stack.http.request('POST', '/claims', { as: 'agent', body: claimBody() });
    if (res.status !== 201) throw new Error(`POST /claims: ${res.status} ${JSON.stringify(res.body)}`);
    claimIds.push((res.body as { id: string }).id);
  };
  for (const concurrency of concurrencies) runs.push(await runLoad({ concurrency, durationMs }, intake));
  const openLoop: LoadResult[] = [];
  for (const rate of rates) openLoop.push(await runOpenLoop({ ratePerSecond: rate, durationMs }, intake));
  await sleep(2_000); // the last answers' follow-up work (notifications by the relay) settles
  const after = sampleProc(stack.worker!.pid);
  const rssAfter = (await workerMemoryAfterGc(stack.worker!)).rssMiB;
  const apiAfter = sampleProc(stack.api!.pid);
  const temporalAfter = stack.temporal ? sampleProc(stack.temporal.pid) : undefined;
  const n = claimIds.length;
  const per1000 = (a: { cpuSeconds: number }, b: { cpuSeconds: number }) => ((b.cpuSeconds - a.cpuSeconds) / n) * 1000;
  const rssGrowthMiB = rssAfter - rssBefore;
  return {
    runs,
    openLoop,
    claimIds,
    worker: {
      openClaims: n,
      rssGrowthMiB,
      rssMiBPer1000Open: (rssGrowthMiB / n) * 1000,
      cpuSecondsPer1000Intakes: ((after.cpuSeconds - before.cpuSeconds) / n) * 1000,
      rssMiBAfter: rssAfter,
    },
    cpuSecondsPer1000IntakesOf: {
      api: per1000(apiBefore, apiAfter),
      temporalServer: temporalBefore && temporalAfter ? per1000(temporalBefore, temporalAfter) : undefined,
    },
  };
}

export interface ActionsReport {
  runs: LoadResult[];
  /** at fixed arrival rates */
  openLoop: LoadResult[];
  /**
   * CPU ms per note Update over every run: worker, API, the Temporal server (when the bench
   * started it) and this process (the load generator's HTTP client; the minimal Update's
   * client is counted with its worker)
   */
  cpuMsPerAction: { worker: number; api: number; temporalServer?: number; loadGenerator: number };
  /**
   * The API's floor: `GET /auth/me` at concurrency 8 — HTTP, Nest's pipeline and the key's
   * lookup, nothing else — and the API's CPU per such request: what any authenticated
   * request costs before it does its own work.
   */
  apiFloor: { run: LoadResult; apiCpuMsPerRequest: number; loadGeneratorCpuMsPerRequest: number };
}

/**
 * How many claims the action step goes round, and the minimal Update's workflows: the same
 * working set, well inside the worker's cache. Round robin over more claims than the cache
 * holds (the SDK's default, 2,310; a fast machine takes in ~2,900 during the intake step)
 * evicts each claim before its next note, and every note then replays the claim's history
 * (the full run of 2026-12-04 12:26 measured that by mistake: 0.39–0.56× the minimal Update).
 * Notes on evicted claims are the soak's to show.
 */
export const ACTION_TARGETS = 200;

/** `notes` Updates (allowed in every open state, so repeatable) round robin over the last `ACTION_TARGETS` claims taken in; closed loop, then open loop. */
export async function actionsPhase(stack: Stack, claimIds: string[], concurrencies: number[], rates: number[], durationMs: number): Promise<ActionsReport> {
  const targets = claimIds.slice(-ACTION_TARGETS);
  const note = async (i: number) => {
    const id = targets[i % targets.length];
    const res = await stack.http.request('POST', `/claims/${id}/notes`, { as: 'agent', body: { text: `bench note ${i}` } });
    if (res.status !== 200) throw new Error(`POST /claims/:id/notes: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const runs: LoadResult[] = [];
  const before = sampleStack(stack);
  const loadBefore = process.cpuUsage();
  let offset = 0;
  for (const concurrency of concurrencies) {
    runs.push(await runLoad({ concurrency, durationMs }, (i) => note(offset + i)));
    offset += 100_000;
  }
  const openLoop: LoadResult[] = [];
  for (const rate of rates) openLoop.push(await runOpenLoop({ ratePerSecond: rate, durationMs }, (i) => note(offset + i)));
  const n = [...runs, ...openLoop].reduce((a, r) => a + r.ok + r.failed, 0);
  const perAction = (a: { cpuSeconds: number }, b: { cpuSeconds: number }) => ((b.cpuSeconds - a.cpuSeconds) * 1000) / n;
  const after = sampleStack(stack);
  const loadGenerator = cpuMsSince(loadBefore) / n;
  return {
    runs,
    openLoop,
    cpuMsPerAction: {
      worker: perAction(before.worker, after.worker),
      api: perAction(before.api, after.api),
      temporalServer: before.temporal && after.temporal ? perAction(before.temporal, after.temporal) : undefined,
      loadGenerator,
    },
    apiFloor: await apiFloor(stack, durationMs),
  };
}

/** ActionsReport.apiFloor: `GET /auth/me` closed loop at concurrency 8. */
async function apiFloor(stack: Stack, durationMs: number): Promise<ActionsReport['apiFloor']> {
  const api = sampleProc(stack.api!.pid);
  const load = process.cpuUsage();
  const run = await runLoad({ concurrency: 8, durationMs }, async () => {
    const res = await stack.http.request('GET', '/auth/me', { as: 'agent' });
    if (res.status !== 200) throw new Error(`GET /auth/me: ${res.status} ${JSON.stringify(res.body)}`);
  });
  const requests = run.ok + run.failed;
  return {
    run,
    apiCpuMsPerRequest: ((sampleProc(stack.api!.pid).cpuSeconds - api.cpuSeconds) * 1000) / requests,
    loadGeneratorCpuMsPerRequest: cpuMsSince(load) / requests,
  };
}

/** This process's CPU (user + system) since `start`, in ms. */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
