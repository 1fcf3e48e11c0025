/**
 * The minimal Temporal programs (bench/workflows/minimal-intake.workflow.ts) on the same
 * server, in this process, with the same payload codec and request bodies as the API:
 * intake — update-with-start, one local activity writing one PostgreSQL row; action — an
 * Update on a running workflow, one local-activity row. Intake's and actions' ratios are
 * taken against them, in the same run: closed loop at each concurrency, open loop at
 * fixed arrival rates.
 */
import { randomUUID } from 'node:crypto';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { Pool } from 'pg';
import { claimBody } from '../../test/support/claim-body';
import type { PayloadCodecKeys } from '../../src/codec/payload-codec-keys';
import { claimsDataConverter } from '../../src/temporal/data-converter';
import { sampleProc } from '../../test/support/stack/child-service';
import { runLoad, runOpenLoop, type LoadResult } from '../support/load.runner';
import { ACTION_TARGETS } from './claims.phase';
import { LIFECYCLE_REQUESTS } from '../../test/support/stack/claim-driver';
import { minimalActionUpdate, minimalCloseSignal, minimalIntakeUpdate, type MinimalLifecycleTimers } from '../workflows/minimal-intake.workflow';

export interface MinimalReport {
  closedLoop: LoadResult[];
  openLoop: LoadResult[];
  /** Updates on running workflows (round robin), the baseline of the action Updates */
  actions: { closedLoop: LoadResult[]; openLoop: LoadResult[] };
  /** CPU per intake over every run: this process (the program's worker and client) and the Temporal server's (when the bench started it) */
  cpuMsPerIntake: { program: number; temporalServer?: number };
  /** the same per Update, over every Update run */
  cpuMsPerAction?: { program: number; temporalServer?: number };
}

export interface MinimalProgram {
  /** one intake: resolves when the update has answered */
  intake(): Promise<void>;
  /** starts `count` workflows that stay open for Updates */
  open(count: number): Promise<void>;
  /** one Update on the i-th open workflow (modulo their number): resolves when it has answered */
  action(i: number): Promise<void>;
  /**
   * a lifecycle's requests: the intake, then the lifecycle's three Updates one after the
   * other, as the bench's claims get them; resolves with the workflow's id once the last has
   * answered (the timers then run on their own)
   */
  lifecycle(timers: MinimalLifecycleTimers): Promise<string>;
  stop(): Promise<void>;
}

export async function startMinimalProgram(address: string, databaseUrl: string, codec: PayloadCodecKeys | undefined): Promise<MinimalProgram> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  await pool.query(`CREATE TABLE IF NOT EXISTS bench_minimal_intakes (id text PRIMARY KEY, body jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now())`);
  const taskQueue = `bench-minimal-${randomUUID().slice(0, 8)}`;
  const dataConverter = claimsDataConverter(codec);
  const workerConnection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection: workerConnection,
    taskQueue,
    workflowsPath: require.resolve('../workflows/minimal-intake.workflow'),
    dataConverter,
    activities: {
      storeIntake: async ({ id, body }: { id: string; body: unknown }) => {
        await pool.query(`INSERT INTO bench_minimal_intakes (id, body) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, [id, JSON.stringify(body)]);
      },
    },
  });
  const running = worker.run();
  const connection = await Connection.connect({ address });
  const client = new Client({ connection, dataConverter });
  const open: string[] = [];
  return {
    async intake() {
      const id = randomUUID();
      const start = new WithStartWorkflowOperation('benchMinimalIntakeWorkflow', { workflowId: `bench-minimal-${id}`, taskQueue, args: [id], workflowIdConflictPolicy: 'USE_EXISTING' });
      await client.workflow.executeUpdateWithStart(minimalIntakeUpdate, { args: [claimBody()], startWorkflowOperation: start });
    },
    async open(count) {
      for (let i = 0; i < count; i++) {
        const id = `bench-minimal-open-${randomUUID()}`;
        await client.workflow.start('benchMinimalOpenWorkflow', { workflowId: id, taskQueue, args: [id] });
        open.push(id);
      }
    },
    async action(i) {
      // the same body as the API's note Update
      await client.workflow.getHandle(open[i % open.length]).executeUpdate(minimalActionUpdate, { args: [{ text: `bench note ${i}` }] });
    },
    async lifecycle(timers) {
      const id = randomUUID();
      const workflowId = `bench-minimal-life-${id}`;
      const start = new WithStartWorkflowOperation('benchMinimalLifecycleWorkflow', { workflowId, taskQueue, args: [id, timers], workflowIdConflictPolicy: 'USE_EXISTING' });
      await client.workflow.executeUpdateWithStart(minimalIntakeUpdate, { args: [claimBody()], startWorkflowOperation: start });
      const handle = client.workflow.getHandle(workflowId);
      for (const [, body] of LIFECYCLE_REQUESTS) await handle.executeUpdate(minimalActionUpdate, { args: [body] });
      return workflowId;
    },
    async stop() {
      await Promise.all(open.map((id) => client.workflow.getHandle(id).signal(minimalCloseSignal).catch(() => undefined)));
      worker.shutdown();
      await running;
      await workerConnection.close();
      await connection.close();
      await pool.end();
    },
  };
}

export async function minimalPhase(program: MinimalProgram, concurrencies: number[], rates: number[], durationMs: number, temporalPid?: number): Promise<MinimalReport> {
  const cpu = process.cpuUsage();
  const serverBefore = temporalPid ? sampleProc(temporalPid) : undefined;
  const closedLoop: LoadResult[] = [];
  for (const concurrency of concurrencies) closedLoop.push(await runLoad({ concurrency, durationMs }, () => program.intake()));
  const openLoop: LoadResult[] = [];
  for (const rate of rates) openLoop.push(await runOpenLoop({ ratePerSecond: rate, durationMs }, () => program.intake()));
  const used = process.cpuUsage(cpu);
  const n = [...closedLoop, ...openLoop].reduce((a, r) => a + r.ok + r.failed, 0);
  const serverAfter = temporalPid ? sampleProc(temporalPid) : undefined;
  // Updates on running workflows, as many open as the claims the action step goes round
  await program.open(ACTION_TARGETS);
  const actionCpu = process.cpuUsage();
  const actionServerBefore = temporalPid ? sampleProc(temporalPid) : undefined;
  const actions = { closedLoop: [] as LoadResult[], openLoop: [] as LoadResult[] };
  let offset = 0;
  for (const concurrency of concurrencies) {
    actions.closedLoop.push(await runLoad({ concurrency, durationMs }, (i) => program.action(offset + i)));
    offset += 100_000;
  }
  for (const rate of rates) actions.openLoop.push(await runOpenLoop({ ratePerSecond: rate, durationMs }, (i) => program.action(offset + i)));
  const actionUsed = process.cpuUsage(actionCpu);
  const actionServerAfter = temporalPid ? sampleProc(temporalPid) : undefined;
  const updates = [...actions.closedLoop, ...actions.openLoop].reduce((a, r) => a + r.ok + r.failed, 0);
  return {
    closedLoop,
    openLoop,
    actions,
    cpuMsPerIntake: {
      program: (used.user + used.system) / 1000 / n,
      temporalServer: serverBefore && serverAfter ? ((serverAfter.cpuSeconds - serverBefore.cpuSeconds) * 1000) / n : undefined,
    },
    cpuMsPerAction: {
      program: (actionUsed.user + actionUsed.system) / 1000 / updates,
      temporalServer: actionServerBefore && actionServerAfter ? ((actionServerAfter.cpuSeconds - actionServerBefore.cpuSeconds) * 1000) / updates : undefined,
    },
  };
}
