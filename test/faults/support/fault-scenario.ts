/**
 * What every fault scenario shares: a whole system of real processes on a database and a
 * Temporal server of its own, claims driven concurrently through their lifecycle while
 * something fails, and the end-of-scenario checks.
 */
import * as os from 'node:os';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkClaims, waitForAction, type ExpectedClaim } from '../../support/stack/audit-check';
import { driveLifecycle, LIFECYCLE_ACTIONS, newDriveLog, runPool, type DrivenClaim, type DriveLog, type DriverOptions } from '../../support/stack/claim-driver';
import { personalDataInLogs } from '../../support/stack/log-scan';
import { createMigratedDatabase, DEFAULT_ADMIN_PG_URL, dropDatabase, Stack, type StackOptions } from '../../support/stack/stack';

/** Claims per scenario: FAULT_CLAIMS, default 200. */
export const FAULT_CLAIMS = Number(process.env.FAULT_CLAIMS || 200);
/** Claims driven at once. */
export const FAULT_CONCURRENCY = Number(process.env.FAULT_CONCURRENCY || 20);

/** A fresh folder for a scenario's logs and data; removed by removeScenarioDir unless FAULT_KEEP_LOGS=1. */
export function scenarioDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `wce-fault-${name}-`));
  fs.chmodSync(dir, 0o755);
  return dir;
}

export function removeScenarioDir(dir: string): void {
  if (process.env.FAULT_KEEP_LOGS === '1') process.stderr.write(`fault scenario logs kept in ${dir}\n`);
  else fs.rmSync(dir, { recursive: true, force: true });
}

/** A migrated database of its own on the machine's PostgreSQL (TEST_PG_URL), dropped by the returned function. */
export async function scenarioDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = await createMigratedDatabase(process.env.TEST_PG_URL || DEFAULT_ADMIN_PG_URL, 'wce_fault');
  return { url, drop: () => dropDatabase(url) };
}

/**
 * Registers beforeAll / afterAll for a scenario on its own database (machine PostgreSQL),
 * Temporal dev server, API and worker; the getters are valid inside the tests.
 * `beforeTeardown` runs a clean-up (e.g. closing a connection to the database) before the
 * database is dropped.
 */
export function scenarioStack(
  name: string,
  env: Record<string, string> = {},
): { stack: () => Stack; databaseUrl: () => string; beforeTeardown: (fn: () => Promise<void>) => void } {
  const dir = scenarioDir(name);
  const teardowns: Array<() => Promise<void>> = [];
  let stack: Stack | undefined;
  let db: Awaited<ReturnType<typeof scenarioDatabase>> | undefined;
  beforeAll(async () => {
    db = await scenarioDatabase();
    stack = await startStack({ workDir: dir, databaseUrl: db.url, env });
  });
  afterAll(async () => {
    for (const fn of teardowns) await fn();
    await stack?.stop();
    await db?.drop();
    // whatever the scenario did, its processes logged no customer's name, phone or e-mail
    const leaks = personalDataInLogs(dir);
    removeScenarioDir(dir);
    if (leaks.length) throw new Error(`personal data in the logs of scenario ${name}: ${leaks.slice(0, 20).join('; ')}`);
  });
  return { stack: () => stack!, databaseUrl: () => db!.url, beforeTeardown: (fn) => teardowns.push(fn) };
}

/** At each share of the run's requests answered, calls `fault` (e.g. kill and restart a process). */
export async function atShares(run: Run, totalRequests: number, shares: number[], fault: (answered: number) => Promise<void>): Promise<void> {
  for (const share of shares) {
    await until(`${share * 100}% of the requests`, () => run.answered() >= totalRequests * share);
    await fault(run.answered());
  }
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const stack = new Stack(options);
  try {
    return await stack.start();
  } catch (err) {
    await stack.stop().catch(() => undefined);
    throw err;
  }
}

export interface Run {
  log: DriveLog;
  /** claims whose lifecycle (up to `steps`) completed */
  driven: DrivenClaim[];
  errors: unknown[];
  /** resolves when every claim's driver is done */
  done: Promise<void>;
  /** requests answered so far (a progress measure; 4 per claim) */
  answered(): number;
}

/** Drives `count` claims through intake → triage → remedy → complete, `concurrency` at a time. */
export function driveClaims(stack: Stack, count: number, concurrency: number, options: Partial<DriverOptions> = {}): Run {
  const log = newDriveLog();
  const driver: DriverOptions = { client: () => stack.http, log, ...options };
  const run: Run = {
    log,
    driven: [],
    errors: [],
    done: Promise.resolve(),
    answered: () => log.answered,
  };
  const prefix = `fault-${Date.now()}`;
  run.done = runPool(count, concurrency, (i) => driveLifecycle(`${prefix}-${i}`, driver)).then(({ results, errors }) => {
    run.driven.push(...results);
    run.errors.push(...errors);
  });
  return run;
}

const started = Date.now();
/** A progress line on stderr when FAULT_VERBOSE=1 (Jest's console adds a stack to each line). */
export function note(message: string): void {
  if (process.env.FAULT_VERBOSE === '1') process.stderr.write(`[fault +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

/** Waits until `predicate` holds (polling), or fails after `timeoutMs`. */
export async function until(what: string, predicate: () => boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The end-of-scenario checks: every driven claim closed and archived (its reopen window
 * over), one claim per order, each audit log complete, in order, chained.
 */
export async function expectAllClaimsSound(databaseUrl: string, run: Run, expectedCount: number): Promise<void> {
  expect(run.errors.map(String)).toEqual([]);
  expect(run.log.problems).toEqual([]);
  expect(run.driven).toHaveLength(expectedCount);
  note(`driven: ${JSON.stringify({ ...run.log, problems: run.log.problems.length })}`);
  const ids = run.driven.map((c) => c.claimId);
  const archived = await waitForAction(databaseUrl, ids, 'claim.archived', 120_000);
  note(`archived: ${archived}/${ids.length}`);
  expect(archived).toBe(ids.length);
  const expected: ExpectedClaim[] = run.driven.map((c) => ({ claimId: c.claimId, orderId: c.orderId, status: 'closed', actions: LIFECYCLE_ACTIONS }));
  expect(await checkClaims(databaseUrl, expected)).toEqual([]);
}
