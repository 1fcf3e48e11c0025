/**
 * Fault: the worker is killed with SIGKILL while claims are mid-lifecycle, twice; a new
 * worker takes over. Every claim must still end closed and archived, once, with its
 * whole audit log exactly once and in order, each customer notification delivered once —
 * here by e-mail, counted per Message-ID at a real SMTP server in the test process (an
 * identical redelivery, when a kill fell between a send and its record, is counted);
 * every 10th claim has a supplier dispute (opened, accepted, settled) whose webhooks reach
 * the supplier's endpoint once each.
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
import { CREATE_CLAIM_EXAMPLE } from '../../src/claims/dto/create-claim.dto';
import { LIFECYCLE_NOTIFICATIONS } from '../support/stack/claim-driver';
import type { ReceivedMail } from '../support/stack/smtp-receiver';

describe('fault: worker killed (SIGKILL) mid-lifecycle', () => {
  const scenario = scenarioStack('worker-kill', { ACTION_WAIT_TIMEOUT: '5s' }, 'smtp');

  it(`loses and duplicates nothing across two worker kills (${FAULT_CLAIMS} claims)`, async () => {
    const s = scenario.stack();
    const run = driveClaims(s, FAULT_CLAIMS, FAULT_CONCURRENCY, { disputeEvery: 10 });
    const kills: Array<{ inFlight: InFlight; restartedAt: number }> = [];
    // from the kill to the confirmed exit: a send made in between may arrive unrecorded
    const crashes: Array<{ from: number; to: number }> = [];
    await atShares(run, FAULT_CLAIMS * 4, [0.25, 0.6], async (answered) => {
      const killed = s.worker!;
      const inFlight = inFlightNow(run);
      const from = Date.now();
      await killed.kill9();
      expect(await killed.exited).toBe('SIGKILL');
      crashes.push({ from, to: Date.now() });
      note(`killed the worker at ${answered} requests: ${inFlight.requests.length} requests in flight, ${inFlight.claims} claims mid-lifecycle`);
      await new Promise((r) => setTimeout(r, 2_000)); // requests pile up with no worker
      s.startWorker();
      kills.push({ inFlight, restartedAt: Date.now() });
      note('new worker started');
    });
    await run.done;
    note('drivers done');
    // each kill cut work in flight: requests sent before it that only the new worker could finish
    for (const { inFlight, restartedAt } of kills) {
      expect(inFlight.claims).toBeGreaterThan(0);
      expect(inFlight.requests.length).toBeGreaterThan(0);
      const finishedByTheNewWorker = answeredAfter(run, inFlight, restartedAt);
      note(`of ${inFlight.requests.length} requests in flight at a kill, ${finishedByTheNewWorker} were answered after the new worker started`);
      expect(finishedByTheNewWorker).toBeGreaterThan(0);
    }
    const summary = await expectAllClaimsSound(scenario.databaseUrl(), run, FAULT_CLAIMS, { receivers: scenario.receivers(), senderCrashes: crashes });
    note(`redelivered across the kills (same id and bytes, for the receiver to recognise): ${summary.notificationRedeliveries} e-mails, ${summary.supplierRedeliveries} supplier webhooks`);
    // the e-mails went out through the SMTP sender, each to the customer's address
    expect(summary.notificationsDelivered).toBeGreaterThanOrEqual(FAULT_CLAIMS * LIFECYCLE_NOTIFICATIONS.length);
    const mails = scenario.receivers().notifications.deliveries as ReceivedMail[];
    expect(new Set(mails.flatMap((m) => m.to))).toEqual(new Set([CREATE_CLAIM_EXAMPLE.customer.email]));
    expect(summary.disputes).toBe(Math.ceil(FAULT_CLAIMS / 10));
  });
});
