/**
 * A claim whose events PostgreSQL refuses for a reason a retry will not cure (here a
 * price beyond the read model's numeric column, sent straight to the workflow as no API
 * input can be) does not fail silently: the claim shows a `recording_blocked` alert,
 * `/metrics` counts it, the worker keeps retrying, and once the cause is fixed (here the
 * column widened) the next retry records the events and the alert is resolved.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { ClaimIntake } from '../../domain/claim.types';
import { checkWarranty } from '../../domain/warranty/warranty';
import { TEMPORAL_CLIENT } from '../../src/temporal/temporal.module';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import type { ClaimWorkflowInput } from '../../workflows/claim/claim.messages';
import { eventually } from '../support/eventually';
import { claimBody, startTestApp, type TestApp } from '../support/test-app';

describe('a claim whose events cannot be recorded', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.db.query(`ALTER TABLE claims ALTER COLUMN price TYPE numeric(14,2)`).catch(() => undefined);
    await t?.close();
  });

  it('raises an alert on the claim and in /metrics, and resolves it at the first write after the fix', async () => {
    const claimId = randomUUID();
    const body = claimBody();
    const intake = { ...body, order: { ...body.order, price: 10_000_000_000_000 } } as ClaimIntake;
    const input: ClaimWorkflowInput = {
      claimId,
      requestId: randomUUID(),
      intake,
      warranty: checkWarranty(t.config.policy, intake.order, new Date()),
      policy: t.config.policy,
      actor: { id: 'key-agent', name: 'Agent', role: 'agent' },
    };
    // everything the API and the worker log meanwhile (they run in this process)
    const logged: string[] = [];
    const spies = [
      ...(['log', 'info', 'warn', 'error'] as const).map((level) =>
        jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))),
      ),
      // the app's logger (src/common/logging) writes its lines to the streams
      ...[process.stdout, process.stderr].map((stream) => jest.spyOn(stream, 'write').mockImplementation((chunk: unknown) => (logged.push(String(chunk)), true))),
    ];
    const client = t.app.get<typeof TEMPORAL_CLIENT, Client>(TEMPORAL_CLIENT);
    await client.workflow.start('claimWorkflow', { workflowId: claimWorkflowId(claimId), taskQueue: t.config.temporal.taskQueue, args: [input] });

    const blocked = await eventually(
      async () => (await t.http.get(`/claims/${claimId}`).set(t.auth('agent')).expect(200)).body,
      (c) => c.alerts?.length === 1,
    );
    expect(blocked.alerts).toEqual([{ kind: 'recording_blocked', detail: "PostgreSQL refused the claim's events (SQLSTATE 22003)", since: expect.any(String), attempts: expect.any(Number) }]);
    const metrics = (await t.http.get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/^wce_claims_recording_blocked [1-9]\d*$/m);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE claim_id = $1`, [claimId]))[0].n).toBe(0);
    for (const spy of spies) spy.mockRestore();
    // the failures were logged, without the customer's data
    expect(logged.some((line) => line.includes('SQLSTATE 22003'))).toBe(true);
    for (const personal of [intake.customer.name, intake.customer.phone as string, intake.customer.email as string]) {
      expect(logged.filter((line) => line.includes(personal))).toEqual([]);
    }

    // the fix: the read model takes such prices; the worker's next retry records the intake
    await t.db.query(`ALTER TABLE claims ALTER COLUMN price TYPE numeric(16,2)`);
    const repaired = await eventually(
      async () => (await t.http.get(`/claims/${claimId}`).set(t.auth('agent')).expect(200)).body,
      (c) => c.alerts?.length === 0,
      90_000,
    );
    expect(repaired.status).toBe('received');
    const actions = await t.db.query(`SELECT action FROM audit_events WHERE claim_id = $1 ORDER BY seq`, [claimId]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['claim.received']);
    await t.db.query(`DELETE FROM claims WHERE id = $1`, [claimId]); // keep other tests' analytics free of it
  });
});
