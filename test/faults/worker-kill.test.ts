/**
 * Fault: the worker is killed with SIGKILL while claims are mid-lifecycle, twice; a new
 * worker takes over. Every claim must still end closed and archived, once, with its
 * whole audit log exactly once and in order.
 */
import type { Stack } from '../support/stack/stack';
import { note, driveClaims, expectAllClaimsSound, FAULT_CLAIMS, FAULT_CONCURRENCY, removeScenarioDir, scenarioDatabase, scenarioDir, startStack, until } from './support/fault-scenario';

describe('fault: worker killed (SIGKILL) mid-lifecycle', () => {
  let stack: Stack | undefined;
  let db: Awaited<ReturnType<typeof scenarioDatabase>>;
  const dir = scenarioDir('worker-kill');

  beforeAll(async () => {
    db = await scenarioDatabase();
    stack = await startStack({ workDir: dir, databaseUrl: db.url, env: { ACTION_WAIT_TIMEOUT: '5s' } });
  });
  afterAll(async () => {
    await stack?.stop();
    await db?.drop();
    removeScenarioDir(dir);
  });

  it(`loses and duplicates nothing across two worker kills (${FAULT_CLAIMS} claims)`, async () => {
    const s = stack!;
    const run = driveClaims(s, FAULT_CLAIMS, FAULT_CONCURRENCY);
    const totalRequests = FAULT_CLAIMS * 4;
    for (const share of [0.25, 0.6]) {
      await until(`${share * 100}% of the requests`, () => run.answered() >= totalRequests * share);
      note(`killing the worker at ${run.answered()} requests`);
      const killed = s.worker!;
      await killed.kill9();
      expect(await killed.exited).toBe('SIGKILL');
      await new Promise((r) => setTimeout(r, 2_000)); // requests pile up with no worker
      s.startWorker();
      note('new worker started');
    }
    await run.done;
    note('drivers done');
    await expectAllClaimsSound(db.url, run, FAULT_CLAIMS);
  });
});
