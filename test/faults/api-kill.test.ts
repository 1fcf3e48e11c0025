/**
 * Fault: the API is killed with SIGKILL, twice, while clients send intakes and actions
 * with Idempotency-Keys and retry whatever got no answer. No intake may create two
 * claims, and no action may be applied twice.
 */
import { atShares, driveClaims, expectAllClaimsSound, FAULT_CLAIMS, FAULT_CONCURRENCY, note, scenarioStack } from './support/fault-scenario';

describe('fault: API killed (SIGKILL) under intake load', () => {
  const scenario = scenarioStack('api-kill');

  it(`creates every claim exactly once across two API kills (${FAULT_CLAIMS} claims)`, async () => {
    const s = scenario.stack();
    const run = driveClaims(s, FAULT_CLAIMS, FAULT_CONCURRENCY);
    await atShares(run, FAULT_CLAIMS * 4, [0.2, 0.55], async (answered) => {
      note(`killing the API at ${answered} requests`);
      const killed = s.api!;
      await killed.kill9();
      expect(await killed.exited).toBe('SIGKILL');
      await new Promise((r) => setTimeout(r, 1_000)); // clients get connection errors and retry
      await s.startApi();
      note('new API healthy');
    });
    await run.done;
    note('drivers done');
    expect(run.log.networkErrors).toBeGreaterThan(0); // the kills did hit requests in flight
    await expectAllClaimsSound(scenario.databaseUrl(), run, FAULT_CLAIMS);
  });
});
