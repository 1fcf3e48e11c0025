/**
 * Fault: the Temporal dev server (persistent SQLite file) is stopped and started again on
 * the same port while claims are mid-lifecycle. The worker and the API reconnect by
 * themselves; requests in flight wait (the Temporal client retries) or get 503 +
 * Retry-After, and clients retry with their keys.
 */
import type { Stack } from '../support/stack/stack';
import { driveClaims, expectAllClaimsSound, FAULT_CLAIMS, FAULT_CONCURRENCY, note, removeScenarioDir, scenarioDatabase, scenarioDir, startStack, until } from './support/fault-scenario';

const DOWN_MS = Number(process.env.FAULT_TEMPORAL_DOWN_MS || 5_000);

describe('fault: Temporal server stopped and restarted mid-flight', () => {
  let stack: Stack | undefined;
  let db: Awaited<ReturnType<typeof scenarioDatabase>>;
  const dir = scenarioDir('temporal-restart');

  beforeAll(async () => {
    db = await scenarioDatabase();
    stack = await startStack({ workDir: dir, databaseUrl: db.url, env: { ACTION_WAIT_TIMEOUT: '5s' } });
  });
  afterAll(async () => {
    await stack?.stop();
    await db?.drop();
    removeScenarioDir(dir);
  });

  it(`keeps every claim across a Temporal restart (${FAULT_CLAIMS} claims, ${DOWN_MS} ms down)`, async () => {
    const s = stack!;
    const run = driveClaims(s, FAULT_CLAIMS, FAULT_CONCURRENCY);
    await until('40% of the requests', () => run.answered() >= FAULT_CLAIMS * 4 * 0.4);
    note(`stopping Temporal at ${run.answered()} requests`);
    await s.stopTemporal();
    await new Promise((r) => setTimeout(r, DOWN_MS));
    await s.startTemporal();
    note('Temporal is back');
    await run.done;
    note('drivers done');
    expect(s.worker!.alive()).toBe(true); // the same worker carried on
    expect(s.api!.alive()).toBe(true);
    // the outage was felt: requests in flight waited it out (the clients retry) or got a 503
    expect(run.log.slowestMs >= DOWN_MS || run.log.unavailable > 0).toBe(true);
    await expectAllClaimsSound(db.url, run, FAULT_CLAIMS);
  });
});
