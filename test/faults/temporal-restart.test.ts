/**
 * Fault: the Temporal dev server (persistent SQLite file) is stopped and started again on
 * the same port while claims are mid-lifecycle. The worker and the API reconnect by
 * themselves; requests in flight wait (the Temporal client retries) or get 503 +
 * Retry-After, and clients retry with their keys.
 */
import { atShares, driveClaims, expectAllClaimsSound, FAULT_CLAIMS, FAULT_CONCURRENCY, note, scenarioStack } from './support/fault-scenario';

const DOWN_MS = Number(process.env.FAULT_TEMPORAL_DOWN_MS || 5_000);

describe('fault: Temporal server stopped and restarted mid-flight', () => {
  const scenario = scenarioStack('temporal-restart', { ACTION_WAIT_TIMEOUT: '5s' });

  it(`keeps every claim across a Temporal restart (${FAULT_CLAIMS} claims, ${DOWN_MS} ms down)`, async () => {
    const s = scenario.stack();
    const run = driveClaims(s, FAULT_CLAIMS, FAULT_CONCURRENCY);
    await atShares(run, FAULT_CLAIMS * 4, [0.4], async (answered) => {
      note(`stopping Temporal at ${answered} requests`);
      await s.stopTemporal();
      await new Promise((r) => setTimeout(r, DOWN_MS));
      await s.startTemporal();
      note('Temporal is back');
    });
    await run.done;
    note('drivers done');
    expect(s.worker!.alive()).toBe(true); // the same worker carried on
    expect(s.api!.alive()).toBe(true);
    // the outage was felt: requests in flight waited it out (the clients retry) or got a 503
    expect(run.log.slowestMs >= DOWN_MS || run.log.unavailable > 0).toBe(true);
    await expectAllClaimsSound(scenario.databaseUrl(), run, FAULT_CLAIMS);
  });
});
