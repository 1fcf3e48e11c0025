/**
 * On a real Temporal server (the dev server), an intake is answered after one workflow
 * task: the API registers the claim number before update-with-start, the intake's events
 * are written by one local activity in that task, the Update completed in it — no
 * activity, no second task (issue: intake speed; docs/benchmarks.md). So is a care-staff
 * action: its events are staged by a local activity in the task that accepts it and
 * promoted by the API before it answers (activities/claim-records/claim-event-log.ts).
 */
import type { Client } from '@temporalio/client';
import { TEMPORAL_CLIENT } from '../../src/temporal/temporal.module';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { claimBody } from '../support/claim-body';
import { startTestApp, type TestApp } from '../support/test-app';

describe('intake in one workflow task', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('answers POST /claims after the first workflow task, its audit event already stored', async () => {
    const res = await t.http.post('/claims').set(t.auth('agent')).send(claimBody()).expect(201);
    const [row] = await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE claim_id = $1`, [res.body.id]);
    expect(row.n).toBeGreaterThanOrEqual(1); // durable before the 201
    const client = t.app.get<typeof TEMPORAL_CLIENT, Client>(TEMPORAL_CLIENT);
    const events = (await client.workflow.getHandle(claimWorkflowId(res.body.id)).fetchHistory()).events ?? [];
    const completed = events.findIndex((e) => e.workflowExecutionUpdateCompletedEventAttributes);
    expect(completed).toBeGreaterThan(0);
    const before = events.slice(0, completed);
    expect(before.filter((e) => e.workflowTaskCompletedEventAttributes)).toHaveLength(1);
    expect(before.some((e) => e.activityTaskScheduledEventAttributes)).toBe(false);
    // one local activity, the event writer: the number came with the start (it is the claim's, in claim_numbers)
    expect(before.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity')).toHaveLength(1);
    const [numbered] = await t.db.query(`SELECT number FROM claim_numbers WHERE claim_id = $1`, [res.body.id]);
    expect(numbered.number).toBe(res.body.number);
  });

  it('answers an action after the one workflow task that accepted it, its events in the history the staff read', async () => {
    const created = await t.http.post('/claims').set(t.auth('agent')).send(claimBody()).expect(201);
    const id = created.body.id as string;
    const noted = await t.http.post(`/claims/${id}/notes`).set(t.auth('agent')).send({ text: 'called the customer back' }).expect(200);
    expect(noted.body).not.toHaveProperty('stagedBatches'); // the workflow's answer to the API, never shown
    const triaged = await t.http
      .post(`/claims/${id}/triage`)
      .set(t.auth('agent'))
      .send({ type: 'product_quality', unit: 'sales', defectCode: 'other', severity: 'low' })
      .expect(200);
    expect(triaged.body.status).toBe('triaged');
    // in the audit history the moment the API answered: nothing waits for a later task
    const history = await t.http.get(`/claims/${id}/history`).set(t.auth('agent')).expect(200);
    expect(history.body.events.map((e: { action: string }) => e.action)).toEqual(['claim.received', 'note.added', 'claim.triaged']);
    const [staged] = await t.db.query(`SELECT count(*)::int AS n FROM staged_claim_events WHERE claim_id = $1`, [id]);
    expect(staged.n).toBe(0);
    // each Update completed in the task that accepted it: one local activity, no activity task
    const client = t.app.get<typeof TEMPORAL_CLIENT, Client>(TEMPORAL_CLIENT);
    const events = (await client.workflow.getHandle(claimWorkflowId(id)).fetchHistory()).events ?? [];
    const accepted = events.map((e, i) => (e.workflowExecutionUpdateAcceptedEventAttributes ? i : -1)).filter((i) => i >= 0);
    expect(accepted).toHaveLength(3); // the intake, the note, the triage
    for (const start of accepted.slice(1)) {
      const end = events.findIndex((e, i) => i > start && e.workflowExecutionUpdateCompletedEventAttributes);
      const between = events.slice(start, end);
      expect(between.some((e) => e.activityTaskScheduledEventAttributes || e.workflowTaskStartedEventAttributes)).toBe(false);
      expect(between.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity')).toHaveLength(1);
    }
    // and the auditor's comparison of the log with the workflow agrees
    const compared = await t.http.get(`/audit/claims/${id}/compare-workflow`).set(t.auth('auditor')).expect(200);
    expect(compared.body).toMatchObject({ matches: true, auditEvents: 3, workflowEvents: 3, inFlight: 0 });
  });
});
