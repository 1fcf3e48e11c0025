/**
 * Fault: the API is killed with SIGKILL, twice, while clients send intakes and actions
 * with Idempotency-Keys and retry whatever got no answer. No intake may create two
 * claims, and no action may be applied twice.
 */
import type { Stack } from '../support/stack/stack';
import { driveClaims, expectAllClaimsSound, FAULT_CLAIMS, FAULT_CONCURRENCY, note, removeScenarioDir, scenarioDatabase, scenarioDir, startStack, until } from './support/fault-scenario';

describe('fault: API killed (SIGKILL) under intake load', () => {
  let stack: Stack | undefined;
  let db: Awaited<ReturnType<typeof scenarioDatabase>>;
  const dir = scenarioDir('api-kill');

  beforeAll(async () => {
    db = await scenarioDatabase();
    stack = await startStack({ workDir: dir, databaseUrl: db.url });
  });
  afterAll(async () => {
    await stack?.stop();
    await db?.drop();
    removeScenarioDir(dir);
  });

  it(`creates every claim exactly once across two API kills (${FAULT_CLAIMS} claims)`, async () => {
    const s = stack!;
    const run = driveClaims(s, FAULT_CLAIMS, FAULT_CONCURRENCY);
    const totalRequests = FAULT_CLAIMS * 4;
    for (const share of [0.2, 0.55]) {
      await until(`${share * 100}% of the requests`, () => run.answered() >= totalRequests * share);
      note(`killing the API at ${run.answered()} requests`);
      const killed = s.api!;
      await killed.kill9();
      expect(await killed.exited).toBe('SIGKILL');
      await new Promise((r) => setTimeout(r, 1_000)); // clients get connection errors and retry
      await s.startApi();
      note('new API healthy');
    }
    await run.done;
    note('drivers done');
    expect(run.log.networkErrors).toBeGreaterThan(0); // the kills did hit requests in flight
    await expectAllClaimsSound(db.url, run, FAULT_CLAIMS);
  });
});
