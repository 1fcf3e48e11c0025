/**
 * On a real Temporal server, a claim's whole lifecycle without one activity task: the
 * intake's and each action's events written in their task (intake-first-task.e2e), and
 * since `timersInTask` each timer's too — staged by a local activity in the timer's task
 * and promoted by the worker's staged-batch relay once the history shows that task
 * completed (activities/claim-records/staged-batch-relay.ts). The audit log ends complete,
 * in order, with nothing left staged, and the customer's notifications went out.
 */
import type { Client } from '@temporalio/client';
import { TEMPORAL_CLIENT } from '../../src/temporal/temporal.module';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { claimBody } from '../support/claim-body';
import { eventually } from '../support/eventually';
import { SHORT_POLICY, startTestApp, type TestApp } from '../support/test-app';

describe('a lifecycle with timers staged in their task', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ policyFile: SHORT_POLICY });
  });
  afterAll(() => t?.close());

  it('runs from intake to archive with no activity task, its audit log complete once the relay promoted the last batch', async () => {
    const id = (await t.http.post('/claims').set(t.auth('agent')).send(claimBody({ demandedRemedy: 'refund' })).expect(201)).body.id as string;
    await t.http.post(`/claims/${id}/triage`).set(t.auth('agent')).send({ type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' }).expect(200);
    await t.http.post(`/claims/${id}/remedy`).set(t.auth('agent')).send({ kind: 'refund' }).expect(200);
    await t.http.post(`/claims/${id}/remedy/complete`).set(t.auth('agent')).send({ notes: 'refunded' }).expect(200);

    const client = t.app.get<typeof TEMPORAL_CLIENT, Client>(TEMPORAL_CLIENT);
    const handle = client.workflow.getHandle(claimWorkflowId(id));
    await handle.result(); // survey sent, reminded, expired (closed), archived: every timer on the short policy
    const events = (await handle.fetchHistory()).events ?? [];
    expect(events.some((e) => e.activityTaskScheduledEventAttributes)).toBe(false);
    const fired = events.filter((e) => e.timerFiredEventAttributes).length;
    expect(fired).toBeGreaterThanOrEqual(4);

    // the archive's batch was staged in the workflow's last task: the relay promotes it
    const log = await eventually(
      async () => (await t.http.get(`/claims/${id}/history`).set(t.auth('auditor')).expect(200)).body.events as Array<{ seq: number; action: string }>,
      (found) => found.some((e) => e.action === 'claim.archived'),
      15_000,
    );
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['survey.sent', 'survey.reminder_sent', 'survey.expired', 'claim.closed', 'claim.archived']));
    const [staged] = await t.db.query(`SELECT count(*)::int AS n FROM staged_claim_events WHERE claim_id = $1`, [id]);
    expect(staged.n).toBe(0);
    const verified = await t.http.get(`/audit/claims/${id}/verify`).set(t.auth('auditor')).expect(200);
    expect(verified.body.ok).toBe(true);
    const compared = await t.http.get(`/audit/claims/${id}/compare-workflow`).set(t.auth('auditor')).expect(200);
    expect(compared.body).toMatchObject({ matches: true, auditEvents: log.length, workflowEvents: log.length, inFlight: 0 });
    // the survey's link and reminder reached the outbox once their batches were promoted
    const kinds = (await t.db.query(`SELECT kind FROM notifications WHERE claim_id = $1`, [id])).map((r: { kind: string }) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['survey_link', 'survey_reminder']));
  });
});
