/**
 * Fault: the worker is killed with SIGKILL while claims are mid-lifecycle, twice; a new
 * worker takes over. Every claim must still end closed and archived, once, with its
 * whole audit log exactly once and in order.
 */
import { atShares, driveClaims, expectAllClaimsSound, FAULT_CLAIMS, FAULT_CONCURRENCY, note, scenarioStack } from './support/fault-scenario';

describe('fault: worker killed (SIGKILL) mid-lifecycle', () => {
  const scenario = scenarioStack('worker-kill', { ACTION_WAIT_TIMEOUT: '5s' });

  it(`loses and duplicates nothing across two worker kills (${FAULT_CLAIMS} claims)`, async () => {
    const s = scenario.stack();
    const run = driveClaims(s, FAULT_CLAIMS, FAULT_CONCURRENCY);
    await atShares(run, FAULT_CLAIMS * 4, [0.25, 0.6], async (answered) => {
      note(`killing the worker at ${answered} requests`);
      const killed = s.worker!;
      await killed.kill9();
      expect(await killed.exited).toBe('SIGKILL');
      await new Promise((r) => setTimeout(r, 2_000)); // requests pile up with no worker
      s.startWorker();
      note('new worker started');
    });
    await run.done;
    note('drivers done');
    await expectAllClaimsSound(scenario.databaseUrl(), run, FAULT_CLAIMS);
  });
});
