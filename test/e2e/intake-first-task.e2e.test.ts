/**
 * On a real Temporal server (the dev server), an intake is answered after one workflow
 * task: the API registers the claim number before update-with-start, the intake's events
 * are written by one local activity in that task, the Update completed in it — no
 * activity, no second task (issue: intake speed; docs/benchmarks.md).
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
});
