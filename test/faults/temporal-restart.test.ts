/**
 * Fault: the Temporal dev server crashes — SIGKILL to the server process itself, its
 * SQLite file (WAL mode) left as the crash left it — while claims are mid-lifecycle, and
 * is started again on the same port and file; later it is also stopped politely (SIGTERM)
 * and started again. The worker and the API reconnect by themselves; while it is down
 * `/health` answers 503; requests in flight wait (the Temporal client retries) or get
 * 503 + Retry-After, and clients retry with their keys.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findTemporalCli } from '../../embedded/temporal-cli';
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

const DOWN_MS = Number(process.env.FAULT_TEMPORAL_DOWN_MS || 5_000);

describe('fault: Temporal server crashed (SIGKILL) and restarted mid-flight', () => {
  const scenario = scenarioStack('temporal-crash', { ACTION_WAIT_TIMEOUT: '5s' });

  it(`keeps every claim across a Temporal crash and a restart (${FAULT_CLAIMS} claims, ${DOWN_MS} ms down)`, async () => {
    const s = scenario.stack();
    const run = driveClaims(s, FAULT_CLAIMS, FAULT_CONCURRENCY);
    let crash: { inFlight: InFlight; backAt: number } | undefined;
    await atShares(run, FAULT_CLAIMS * 4, [0.4, 0.7], async (answered) => {
      const downAt = Date.now();
      if (!crash) {
        const inFlight = inFlightNow(run);
        const killed = await s.crashTemporal();
        note(`crashed Temporal (pid ${killed.pid}) at ${answered} requests: ${inFlight.requests.length} requests in flight, ${inFlight.claims} claims mid-lifecycle`);
        // SIGKILL hit the server itself: the temporal binary, holding the SQLite file, no child process under it
        expect(killed.exe).toBe(fs.realpathSync(findTemporalCli()));
        expect(killed.holdsDbFile).toBe(true);
        expect(killed.children).toBe(0);
        // a crash, not a shutdown: the write-ahead log was left for the next start to recover
        expect(fs.statSync(`${s.temporalDbFile}-wal`).size).toBeGreaterThan(0);
        // readiness says so while it is down
        const health = await s.http.request('GET', '/health');
        expect(health.status).toBe(503);
        expect(health.body).toMatchObject({ status: 'unavailable', checks: { temporal: { status: 'unavailable' }, database: { status: 'ok' } } });
        crash = { inFlight, backAt: 0 };
      } else {
        note(`stopping Temporal politely (SIGTERM) at ${answered} requests`);
        await s.stopTemporal();
      }
      await new Promise((r) => setTimeout(r, Math.max(0, DOWN_MS - (Date.now() - downAt))));
      await s.startTemporal();
      if (crash && !crash.backAt) crash.backAt = Date.now();
      // readiness comes back by itself once the API's connection has reconnected (gRPC backoff)
      const readyAt = Date.now();
      while ((await s.http.request('GET', '/health')).status !== 200) {
        if (Date.now() - readyAt > 60_000) throw new Error('/health did not answer 200 within 60 s of Temporal being back');
        await new Promise((r) => setTimeout(r, 250));
      }
      note(`Temporal is back; /health 200 after ${Date.now() - readyAt} ms`);
    });
    await run.done;
    note('drivers done');
    expect(s.worker!.alive()).toBe(true); // the same worker carried on
    expect(s.api!.alive()).toBe(true);
    expect(path.basename(s.temporalDbFile)).toBe('temporal.sqlite'); // the same file throughout
    // the crash cut work in flight: requests sent before it, answered only once Temporal was back
    expect(crash!.inFlight.claims).toBeGreaterThan(0);
    const afterTheCrash = answeredAfter(run, crash!.inFlight, crash!.backAt);
    note(`of ${crash!.inFlight.requests.length} requests in flight at the crash, ${afterTheCrash} were answered after Temporal was back`);
    expect(afterTheCrash).toBeGreaterThan(0);
    // the outage was felt: requests in flight waited it out (the clients retry) or got a 503
    expect(run.log.slowestMs >= DOWN_MS || run.log.unavailable > 0).toBe(true);
    await expectAllClaimsSound(scenario.databaseUrl(), run, FAULT_CLAIMS, { receivers: scenario.receivers() });
  });
});
