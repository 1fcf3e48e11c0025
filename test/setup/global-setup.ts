/**
 * Jest global set-up of the integration project (runs once, in Jest's main process):
 *  - ONE Temporal dev server, in memory, on free ports, with the claim search attributes
 *    registered; its log goes to .data/test-temporal.log;
 *  - a fresh database `wce_test_<timestamp>_<pid>` on the PostgreSQL at TEST_PG_URL
 *    (default postgres://postgres@127.0.0.1:5432/postgres), migrations applied;
 *  - TEST_TEMPORAL_ADDRESS, TEST_TEMPORAL_NAMESPACE, TEST_DATABASE_URL and
 *    TEST_TEMPORAL_TEST_SERVER_PATH in process.env (test files inherit them), and the
 *    same in .data/test-env.json; test/support/test-env.ts reads either.
 * global-teardown.ts stops the server and drops the database.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../../src/database/data-source';
import { isAlive } from '../../embedded/process-probe';
import { findTestServer, startTemporalDevServer } from '../../embedded/temporal-cli';
import { packageRoot } from '../../src/config/app-config';
import type { TestEnv } from '../support/test-env';
import globalTeardown from './global-teardown';
import { setHarnessHandle, type TestHarnessHandle } from './harness-handle';

export const DEFAULT_TEST_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const TEST_DB_PATTERN = /^wce_test_(\d+)_(\d+)$/;
const STALE_AFTER_MS = 60 * 60 * 1000;

export function databaseUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Drops test databases that runs killed before their teardown left behind. */
async function dropStaleTestDatabases(admin: Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'wce\\_test\\_%'");
  for (const { datname } of rows) {
    const m = TEST_DB_PATTERN.exec(datname);
    if (!m) continue;
    const [, ts, pid] = m;
    if (Date.now() - Number(ts) < STALE_AFTER_MS || isAlive(Number(pid))) continue;
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(datname)}`).catch(() => undefined);
  }
}

/** Creates this run's database (after dropping stale ones) and applies the migrations. */
async function prepareDatabase(handle: TestHarnessHandle): Promise<string> {
  const admin = new Client({ connectionString: handle.adminUrl });
  try {
    await admin.connect();
  } catch (err) {
    await admin.end().catch(() => undefined);
    throw new Error(`Cannot reach the PostgreSQL for tests at ${handle.adminUrl} (set TEST_PG_URL to another one): ${(err as Error).message}`);
  }
  const name = `wce_test_${Date.now()}_${process.pid}`;
  try {
    await dropStaleTestDatabases(admin);
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
    handle.databaseName = name;
  } finally {
    await admin.end();
  }
  const url = databaseUrlFor(handle.adminUrl, name);
  await runMigrations(url);
  return url;
}

export default async function globalSetup(): Promise<void> {
  const dataDir = path.join(packageRoot(), '.data');
  fs.mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(dataDir, 'test-temporal.log');
  fs.rmSync(logFile, { force: true });
  const handle: TestHarnessHandle = {
    adminUrl: process.env.TEST_PG_URL || DEFAULT_TEST_PG_URL,
    envFile: path.join(dataDir, 'test-env.json'),
  };
  setHarnessHandle(handle);

  try {
    const testServerPath = findTestServer();
    const namespace = 'default';
    const [temporalResult, databaseResult] = await Promise.allSettled([
      startTemporalDevServer({ uiPort: false, namespace, logFile }).then((t) => (handle.temporal = t)),
      prepareDatabase(handle),
    ]);
    if (temporalResult.status === 'rejected') throw temporalResult.reason;
    if (databaseResult.status === 'rejected') throw databaseResult.reason;
    const temporal = temporalResult.value;
    const databaseUrl = databaseResult.value;

    const env: TestEnv = { temporalAddress: temporal.address, temporalNamespace: namespace, databaseUrl, testServerPath };
    process.env.TEST_TEMPORAL_ADDRESS = env.temporalAddress;
    process.env.TEST_TEMPORAL_NAMESPACE = env.temporalNamespace;
    process.env.TEST_DATABASE_URL = env.databaseUrl;
    process.env.TEST_TEMPORAL_TEST_SERVER_PATH = env.testServerPath;
    fs.writeFileSync(handle.envFile, `${JSON.stringify({ ...env, pid: process.pid }, null, 2)}\n`);
  } catch (err) {
    // Jest does not run the teardown when the set-up fails: clean up here.
    await globalTeardown().catch(() => undefined);
    throw err;
  }
}
