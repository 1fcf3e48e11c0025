/**
 * The audit writer alone (activities/claim-records/claim-event-log.ts), in this process,
 * on the bench's database, one batch at a time: what an intake's batch (written by the
 * worker), a note's staging (the worker, in the Update's task) and its promotion (the API,
 * when the Update answers) each cost in round trips to PostgreSQL, CPU of this process
 * and CPU of PostgreSQL's backend. These are the writer's shares of the intake's and the
 * note Update's CPU in the other phases, measured apart from Temporal.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client as PgClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { ClaimEventLog } from '../../activities/claim-records/claim-event-log';
import type { Actor, ClaimIntake } from '../../domain/claim.types';
import { dataSourceOptions } from '../../src/database/data-source';
import { claimBody } from '../../test/support/claim-body';
import { claimWorkflowInput } from '../../test/support/claim-workflow-input';
import { applyCommand } from '../../workflows/claim/claim.commands';
import { openClaim } from '../../workflows/claim/claim.state';
import { toView } from '../../workflows/claim/claim.view';

export interface WriterCost {
  /** round trips to PostgreSQL per batch, transaction control included (activities/claim-records/two-trip-transaction.ts) */
  roundTrips: number;
  /** CPU of this process per batch (TypeORM, pg, hashing, JSON) */
  cpuMs: number;
  /** CPU of the PostgreSQL backend that ran it, per batch (/proc; 10 ms ticks, summed over every batch) */
  postgresCpuMs: number;
  /** wall time per batch, one at a time */
  ms: number;
}

export interface WriterReport {
  batches: number;
  intake: WriterCost;
  noteStage: WriterCost;
  notePromotion: WriterCost;
}

const APPLICATION_NAME = 'wce_bench_writer';
const agent: Actor = { id: 'key-bench', name: 'Bench agent', role: 'agent' };

/**
 * Counts the round trips to PostgreSQL while it is on: each is one call of `pg`'s
 * `Client#query` (TypeORM's statements and transaction control, and a two-trip
 * transaction's texts, alike). `off` puts the method back.
 */
function countRoundTrips(): { count: () => number; off: () => void } {
  const original = PgClient.prototype.query;
  let count = 0;
  PgClient.prototype.query = function (this: PgClient, ...args: unknown[]) {
    count += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return { count: () => count, off: () => (PgClient.prototype.query = original) };
}

export async function writerPhase(databaseUrl: string, batches: number): Promise<WriterReport> {
  const counter = countRoundTrips();
  // one connection: every batch runs on the backend whose CPU is read
  const options = dataSourceOptions(databaseUrl) as PostgresConnectionOptions;
  const db = await new DataSource({ ...options, applicationName: APPLICATION_NAME, poolSize: 1 }).initialize();
  try {
    const eventLog = new ClaimEventLog(db, { checkpointKey: 'bench-writer-checkpoint-key' });
    const [{ pid }] = await db.query(`SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND pid = pg_backend_pid()`, [APPLICATION_NAME]);
    const measure = async (run: (i: number) => Promise<void>): Promise<WriterCost> => {
      await run(-1); // warm: the first batch prepares the plans
      const roundTrips = counter.count();
      const cpu = process.cpuUsage();
      const pgTicks = backendTicks(pid);
      const started = performance.now();
      for (let i = 0; i < batches; i++) await run(i);
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      return {
        roundTrips: (counter.count() - roundTrips) / batches,
        cpuMs: (used.user + used.system) / 1000 / batches,
        postgresCpuMs: ((backendTicks(pid) - pgTicks) * 10) / batches,
        ms: ms / batches,
      };
    };

    const now = Date.parse('2026-11-02T10:00:00.000Z');
    const claims = Array.from({ length: batches + 1 }, (_, i) => {
      const input = claimWorkflowInput(claimBody() as ClaimIntake, { actor: agent, now });
      const opened = openClaim(input, now, { number: `CL-2026-8${String(i).padStart(5, '0')}`, possibleDuplicateOf: [] });
      return { claimId: input.claimId, ...opened };
    });
    // run(i) takes claim i + 1: the warm-up batch (i = -1) of each step is claim 0's
    const intake = await measure(async (i) => {
      const c = claims[i + 1];
      await eventLog.record({ claimId: c.claimId, events: c.events, snapshot: toView(c.state, now), relay: true });
    });
    const notes = claims.map((c, i) => {
      const at = now + 60_000;
      const state = structuredClone(c.state);
      const events = applyCommand(state, { action: 'notes', input: { text: `called the customer (${i})` } }, agent, at);
      // as in a claim's task: confirming the claim's previous action, which the API promoted already (a tag no longer staged)
      return { claimId: c.claimId, events, snapshot: toView(state, at), relay: true, confirm: [randomUUID()] };
    });
    const tags: string[] = [];
    const noteStage = await measure(async (i) => {
      tags[i + 1] = (await eventLog.stage(notes[i + 1])).stagedAs as string;
    });
    const notePromotion = await measure(async (i) => {
      await eventLog.promote(notes[i + 1].claimId, [tags[i + 1]]);
    });
    const [{ missing }] = await db.query(`SELECT count(*)::int AS missing FROM staged_claim_events`);
    if (missing !== 0) throw new Error(`writer phase: ${missing} staged batches were not promoted`);
    return { batches, intake, noteStage, notePromotion };
  } finally {
    counter.off();
    await db.destroy();
  }
}

/** utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/<pid>/stat). */
function backendTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}
