/**
 * The policy in force at intake is the claim's for good (policy/README.md: "snapshotted
 * into each claim's workflow at intake: changing the file affects new claims only").
 *
 * An operator edits the policy file (other SLA, statutory deadline, warning, follow-up
 * durations) and restarts the API and the worker, which read it at start-up. A claim
 * opened before the edit, and taken through remedy and follow-up after the restart, keeps
 * every duration of the policy it started with; a claim opened after the restart gets the
 * new ones. On the real Temporal dev server and PostgreSQL of the integration set-up.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { OutboundPolicy } from '../../activities/outbound/outbound-http';
import { generatePayloadCodecKeyEntry } from '../../src/codec/payload-codec-keys';
import { createDataSource } from '../../src/database/data-source';
import { LogSender } from '../../activities/customer-notifications/notification-sender';
import { createClaimsWorker } from '../../src/worker/claims-worker';
import { durationMs } from '../../domain/time/duration';
import { claimBody, REPO_ROOT, startTestApp, type TestApp } from '../support/test-app';
import { testEnv } from '../support/test-env';

/** The durations the operator changes, before and after the edit. */
const BEFORE = { name: 'snapshot-before', firstResponseSla: '1h', refund: '10d', deadlineWarningBefore: '2d', surveyDelay: '1h', reviewMonitoringWindow: '2h' };
const AFTER = { name: 'snapshot-after', firstResponseSla: '3h', refund: '20d', deadlineWarningBefore: '3d', surveyDelay: '5h', reviewMonitoringWindow: '9h' };
type Durations = typeof BEFORE;

/** The production policy with the durations given, as the operator's file holds it. */
function policyText(d: Durations): string {
  const policy = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'policy', 'default-policy.json'), 'utf8'));
  policy.name = d.name;
  policy.firstResponseSla = d.firstResponseSla;
  policy.remedyDeadlines.refund = d.refund;
  policy.deadlineWarningBefore = d.deadlineWarningBefore;
  policy.followUp = { ...policy.followUp, surveyDelay: d.surveyDelay, reviewMonitoringWindow: d.reviewMonitoringWindow };
  return `${JSON.stringify(policy, null, 2)}\n`;
}

const TRIAGE = { type: 'product_quality', unit: 'sales', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' };
const ms = (iso: string) => Date.parse(iso);

/** A claim linked to a negative review (so that follow-up has review correction too). */
async function openClaim(t: TestApp): Promise<string> {
  const body = claimBody({ review: { platform: 'yandex_maps', reviewId: `r-${randomUUID().slice(0, 8)}`, rating: 2 } });
  const res = await t.http.post('/claims').set(t.auth('agent')).send(body).expect(201);
  await t.http.post(`/claims/${res.body.id}/triage`).set(t.auth('agent')).send(TRIAGE).expect(200);
  return res.body.id;
}

/** Remedy, reply and completion: the statutory deadline and the follow-up are set now, from the claim's policy. */
async function resolve(t: TestApp, id: string): Promise<Record<string, any>> {
  await t.http.post(`/claims/${id}/review/reply`).set(t.auth('agent')).send({ text: 'We refunded the price. Thank you for telling us.' }).expect(200);
  await t.http.post(`/claims/${id}/remedy`).set(t.auth('agent')).send({ kind: 'refund' }).expect(200);
  const done = await t.http.post(`/claims/${id}/remedy/complete`).set(t.auth('agent')).send({ notes: 'refunded' }).expect(200);
  expect(done.body.status).toBe('follow_up');
  return (await t.http.get(`/claims/${id}`).set(t.auth('agent')).expect(200)).body;
}

/** The durations a claim's view shows, measured from the instants they count from. */
function durationsOf(claim: Record<string, any>): Omit<Durations, 'name'> & { name: string } {
  const hours = (a: string, b: string) => `${(ms(a) - ms(b)) / 3_600_000}h`;
  return {
    name: claim.policyName,
    firstResponseSla: hours(claim.sla.firstResponseDueAt, claim.receivedAt),
    refund: `${(ms(claim.statutory.deadlineAt) - ms(claim.statutory.demandedAt)) / 86_400_000}d`,
    deadlineWarningBefore: `${(ms(claim.statutory.deadlineAt) - ms(claim.statutory.warningAt)) / 86_400_000}d`,
    surveyDelay: hours(claim.followUp.survey.sendAt, claim.followUp.startedAt),
    reviewMonitoringWindow: hours(claim.followUp.review.monitorUntil, claim.followUp.review.noticeSentAt),
  };
}

describe('policy snapshot: an open claim keeps the policy it was taken in under', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wce-policy-snapshot-'));
  const policyFile = path.join(dir, 'claims-policy.json');
  // one payload codec key for both runs of the app, as an operator keeps PAYLOAD_CODEC_KEYS across a restart
  const payloadCodecKeys = generatePayloadCodecKeyEntry('snapshot');
  let before: TestApp | undefined;
  let after: TestApp | undefined;
  let resumed: { worker: Worker; running: Promise<void>; close: () => Promise<void> } | undefined;

  afterAll(async () => {
    await resumed?.close();
    await after?.close();
    await before?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /**
   * The restarted worker for the claims of the first run: the same task queue, started
   * after the edit, so it holds the new policy (as the restarted API does).
   */
  async function restartWorker(taskQueue: string, config: TestApp['config']) {
    const connection = await NativeConnection.connect({ address: testEnv().temporalAddress });
    const db = await createDataSource(config.databaseUrl!).initialize();
    const worker = await createClaimsWorker({
      connection,
      namespace: config.temporal.namespace,
      taskQueue,
      dataSource: db,
      payloadCodec: config.payloadCodec,
      outbound: new OutboundPolicy(config.outboundAllowedNetworks),
      auditCheckpointKey: config.auditCheckpointKey,
      notifications: { sender: new LogSender(() => undefined), surveyTokenSecret: config.surveyTokenSecret, publicBaseUrl: config.publicBaseUrl, timeZone: config.policy.timeZone },
    });
    const running = worker.run();
    return {
      worker,
      running,
      async close() {
        worker.shutdown();
        await running;
        await connection.close();
        await db.destroy();
      },
    };
  }

  it('a claim opened before the operator edits the policy and restarts keeps its durations; a new claim gets the new ones', async () => {
    fs.writeFileSync(policyFile, policyText(BEFORE));
    before = await startTestApp({ policyFile, payloadCodecKeys });
    expect(before.config.policy.name).toBe(BEFORE.name);
    const oldClaim = await openClaim(before);
    const firstQueue = before.config.temporal.taskQueue;

    // the operator edits the file and restarts the API and the worker, which read it at start-up
    fs.writeFileSync(policyFile, policyText(AFTER));
    await before.close();
    before = undefined;
    after = await startTestApp({ policyFile, payloadCodecKeys });
    expect(after.config.policy.name).toBe(AFTER.name);
    resumed = await restartWorker(firstQueue, after.config);

    // the open claim goes on under the restarted processes: remedy and follow-up are set now
    const old = await resolve(after, oldClaim);
    const fresh = await resolve(after, await openClaim(after));

    expect(durationsOf(old)).toEqual(BEFORE);
    expect(durationsOf(fresh)).toEqual(AFTER);
    // and the durations are what the policies say, not a coincidence of the arithmetic above
    expect(ms(old.statutory.deadlineAt) - ms(old.statutory.demandedAt)).toBe(durationMs(BEFORE.refund));
    expect(ms(fresh.statutory.deadlineAt) - ms(fresh.statutory.demandedAt)).toBe(durationMs(AFTER.refund));
  });
});
