/**
 * Fault: the API is killed with SIGKILL, twice, while clients send intakes and actions
 * with Idempotency-Keys and retry whatever got no answer. No intake may create two
 * claims, no action may be applied twice, no notification may go out twice.
 */
import {
  answeredAfter,
  atShares,
  driveClaims,
  expectAllClaimsSound,
  FAULT_CLAIMS,
  FAULT_CONCURRENCY,
  inFlightNow,
  note,
  scenarioStack,
  type InFlight,
} from './support/fault-scenario';

describe('fault: API killed (SIGKILL) under intake load', () => {
  const scenario = scenarioStack('api-kill');

  it(`creates every claim exactly once across two API kills (${FAULT_CLAIMS} claims)`, async () => {
    const s = scenario.stack();
    const run = driveClaims(s, FAULT_CLAIMS, FAULT_CONCURRENCY);
    const kills: Array<{ inFlight: InFlight; networkErrorsBefore: number; restartedAt: number }> = [];
    await atShares(run, FAULT_CLAIMS * 4, [0.2, 0.55], async (answered) => {
      const killed = s.api!;
      const networkErrorsBefore = run.log.networkErrors;
      const inFlight = inFlightNow(run);
      await killed.kill9();
      expect(await killed.exited).toBe('SIGKILL');
      note(`killed the API at ${answered} requests: ${inFlight.attempts} HTTP requests open, ${inFlight.claims} claims mid-lifecycle`);
      await new Promise((r) => setTimeout(r, 1_000)); // clients get connection errors and retry
      await s.startApi();
      kills.push({ inFlight, networkErrorsBefore, restartedAt: Date.now() });
      note('new API healthy');
    });
    await run.done;
    note('drivers done');
    // each kill cut requests in flight: their connections failed, the retries went to the new API
    for (const { inFlight, restartedAt } of kills) {
      expect(inFlight.attempts).toBeGreaterThan(0);
      expect(inFlight.claims).toBeGreaterThan(0);
      const finishedByTheNewApi = answeredAfter(run, inFlight, restartedAt);
      note(`of ${inFlight.requests.length} requests in flight at a kill, ${finishedByTheNewApi} were answered by the new API`);
      expect(finishedByTheNewApi).toBeGreaterThan(0);
    }
    expect(run.log.networkErrors).toBeGreaterThan(kills[0].networkErrorsBefore);
    // no sender was killed here: any repeated delivery fails the judge
    await expectAllClaimsSound(scenario.databaseUrl(), run, FAULT_CLAIMS, { receivers: scenario.receivers() });
  });
});
