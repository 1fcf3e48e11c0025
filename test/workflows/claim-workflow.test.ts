/**
 * The claim lifecycle on Temporal's time-skipping test server, with the real activities
 * writing to a real PostgreSQL: deadlines, warnings, breaches and penalties fire at the
 * right simulated times, and refused updates change nothing.
 */
import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import type { Actor, ClaimIntake } from '../../domain/claim.types';
import type { ClaimView } from '../../domain/claim/claim-view';
import { parsePolicy } from '../../domain/policy/policy.validate';
import { checkWarranty } from '../../domain/warranty/warranty';
import { createDataSource } from '../../src/database/data-source';
import { claimWorkflowBundle, createClaimsWorker } from '../../src/worker/claims-worker';
import { sampleIntakeBody } from '../support/claim-fixtures';
import {
  claimViewQuery,
  completeRemedyUpdate,
  customerRespondedUpdate,
  intakeUpdate,
  noteUpdate,
  remedyUpdate,
  reopenUpdate,
  triageUpdate,
  waitingOnCustomerUpdate,
  withdrawUpdate,
  type ClaimWorkflowInput,
} from '../../workflows/claim/claim.messages';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { registerClaimSearchAttributes } from '../support/search-attributes';
import { testEnv } from '../support/test-env';
import defaultPolicyJson from '../../policy/default-policy.json';

const policy = parsePolicy(defaultPolicyJson);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const agent: Actor = { id: 'key-agent', name: 'Agent Smith', role: 'agent' };

let env: TestWorkflowEnvironment;
let worker: Worker;
let running: Promise<void>;
let db: DataSource;
const taskQueue = `claims-ts-${randomUUID()}`;

beforeAll(async () => {
  const { databaseUrl, testServerPath } = testEnv();
  db = await createDataSource(databaseUrl).initialize();
  env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: testServerPath } },
  });
  await registerClaimSearchAttributes(env.connection, env.namespace ?? 'default');
  await claimWorkflowBundle();
  worker = await createClaimsWorker({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    dataSource: db,
  });
  running = worker.run();
});

afterAll(async () => {
  worker?.shutdown();
  await running;
  await env?.teardown();
  await db?.destroy();
});

function intake(overrides: Partial<ClaimIntake> = {}): ClaimIntake {
  const { externalRef: _externalRef, demandedRemedy: _demanded, ...body } = sampleIntakeBody({ attachments: [] });
  return { ...(body as ClaimIntake), ...overrides };
}

async function startClaim(overrides: Partial<ClaimIntake> = {}): Promise<{ handle: WorkflowHandle; claimId: string; view: ClaimView }> {
  const claimId = randomUUID();
  const data = intake(overrides);
  const input: ClaimWorkflowInput = {
    claimId,
    requestId: randomUUID(),
    intake: data,
    warranty: checkWarranty(policy, data.order, new Date()),
    policy,
    actor: agent,
  };
  const handle = await env.client.workflow.start('claimWorkflow', {
    workflowId: claimWorkflowId(claimId),
    taskQueue,
    args: [input],
  });
  const { claim } = await handle.executeUpdate(intakeUpdate);
  return { handle, claimId, view: claim };
}

const view = (handle: WorkflowHandle) => handle.query(claimViewQuery);
const cmd = <P>(payload: P) => ({ actor: agent, payload });

async function auditActions(claimId: string): Promise<Array<{ seq: number; action: string }>> {
  const rows = await db.query(`SELECT seq, action FROM audit_events WHERE claim_id = $1 ORDER BY seq`, [claimId]);
  return rows.map((r: { seq: number; action: string }) => ({ seq: Number(r.seq), action: r.action }));
}

async function refusal(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const err = await promise.then(
    () => {
      throw new Error('expected the update to be refused');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (err as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  return cause as ApplicationFailure;
}

describe('claim workflow (time-skipping)', () => {
  it('records intake durably: number, SLA, warranty, first audit event', async () => {
    const { claimId, view: v } = await startClaim();
    expect(v.status).toBe('received');
    expect(v.number).toMatch(/^CL-\d{4}-\d{6,}$/);
    expect(new Date(v.sla.firstResponseDueAt).getTime() - new Date(v.receivedAt).getTime()).toBe(24 * HOUR);
    expect(v.warranty.inWarranty).toBe(true);
    expect(v.allowedActions).toEqual(['triage', 'notes', 'withdraw', 'waiting_on_customer']);
    expect(await auditActions(claimId)).toEqual([{ seq: 1, action: 'claim.received' }]);
    const [row] = await db.query(`SELECT status, number, version FROM claims WHERE id = $1`, [claimId]);
    expect(row).toEqual({ status: 'received', number: v.number, version: 1 });
  });

  it('breaches the first-response SLA after 24 hours without a response', async () => {
    const { handle, claimId } = await startClaim();
    await env.sleep(23 * HOUR);
    expect((await view(handle)).sla.breached).toBe(false);
    await env.sleep(2 * HOUR);
    expect((await view(handle)).sla.breached).toBe(true);
    expect((await auditActions(claimId)).map((e) => e.action)).toEqual(['claim.received', 'sla.breached']);
  });

  it('pauses the SLA clock while waiting on the customer, never the statutory one', async () => {
    const { handle } = await startClaim();
    // waiting on the customer counts as a response, so use notes (not a response) to check the pause on a fresh claim
    await handle.executeUpdate(waitingOnCustomerUpdate, { args: [cmd({ reason: 'photos please' })] });
    let v = await view(handle);
    expect(v.waitingOnCustomer).toBe(true);
    expect(v.sla.paused).toBe(true);
    await env.sleep(10 * HOUR);
    v = await handle.executeUpdate(customerRespondedUpdate, { args: [cmd({ notes: 'photos sent' })] });
    expect(v.waitingOnCustomer).toBe(false);
    expect(v.sla.pausedMs).toBeGreaterThanOrEqual(10 * HOUR);
    expect(v.allowedActions).toContain('waiting_on_customer');
  });

  it('warns before the statutory deadline, breaches at it and accrues 1% a day after it', async () => {
    const { handle, claimId } = await startClaim();
    await handle.executeUpdate(triageUpdate, {
      args: [cmd({ type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' })],
    });
    const chosen = await handle.executeUpdate(remedyUpdate, { args: [cmd({ kind: 'replacement' as const, qualityCheck: false, outOfStock: false })] });
    expect(chosen.status).toBe('remedy_in_progress');
    const deadline = new Date(chosen.statutory.deadlineAt as string).getTime();
    expect(deadline - new Date(chosen.statutory.demandedAt).getTime()).toBe(7 * DAY);
    expect(deadline - new Date(chosen.statutory.warningAt as string).getTime()).toBe(2 * DAY);

    await env.sleep(4 * DAY);
    expect((await view(handle)).statutory.warned).toBe(false);
    await env.sleep(1.5 * DAY);
    let v = await view(handle);
    expect(v.statutory.warned).toBe(true);
    expect(v.statutory.breached).toBe(false);

    await env.sleep(2 * DAY); // now 7.5 days after the demand
    v = await view(handle);
    expect(v.statutory.breached).toBe(true);
    expect(v.statutory.penaltyDays).toBe(0);

    await env.sleep(3 * DAY); // 3.5 days past the deadline: 3 full days accrued
    v = await view(handle);
    expect(v.statutory.penaltyDays).toBe(3);
    expect(v.statutory.penaltyAmount).toBeCloseTo(84990 * 0.03, 2);

    const done = await handle.executeUpdate(completeRemedyUpdate, { args: [cmd({ notes: 'replaced' })] });
    expect(done.status).toBe('closed');
    expect(done.closedReason).toBe('completed');
    expect(done.statutory.penaltyDays).toBe(3);

    const actions = (await auditActions(claimId)).map((e) => e.action);
    expect(actions).toEqual([
      'claim.received',
      'claim.triaged',
      'remedy.chosen',
      'deadline.warning',
      'deadline.breached',
      'penalty.accrued',
      'penalty.accrued',
      'penalty.accrued',
      'remedy.completed',
      'claim.closed',
    ]);
    const seqs = (await auditActions(claimId)).map((e) => e.seq);
    expect(seqs).toEqual(actions.map((_, i) => i + 1));
  });

  it('refuses actions the transition table forbids, with the reason, and changes nothing', async () => {
    const { handle, claimId } = await startClaim();
    const before = await view(handle);
    const failure = await refusal(handle.executeUpdate(completeRemedyUpdate, { args: [cmd({})] }));
    expect(failure.type).toBe('InvalidTransition');
    expect(failure.message).toBe('cannot complete a remedy while the claim is received');
    expect((failure.details?.[0] as { allowedActions: string[] }).allowedActions).toEqual(before.allowedActions);

    const unknownDefect = await refusal(
      handle.executeUpdate(triageUpdate, { args: [cmd({ type: 'product_quality', unit: 'sales', defectCode: 'sofa.exploded', severity: 'low' })] }),
    );
    expect(unknownDefect.type).toBe('InvalidInput');

    await handle.executeUpdate(triageUpdate, { args: [cmd({ type: 'product_quality', unit: 'sales', defectCode: 'other', severity: 'low' })] });
    const tooLong = await refusal(handle.executeUpdate(remedyUpdate, { args: [cmd({ kind: 'repair' as const, agreedRepairDays: 50 })] }));
    expect(tooLong.type).toBe('InvalidInput');
    expect(tooLong.message).toMatch(/45/);

    const after = await view(handle);
    expect(after.status).toBe('triaged');
    expect(after.version).toBe(before.version + 1);
    expect((await auditActions(claimId)).map((e) => e.action)).toEqual(['claim.received', 'claim.triaged']);
  });

  it('withdraws, reopens within the window, and archives when the window ends', async () => {
    const { handle, claimId } = await startClaim();
    await handle.executeUpdate(noteUpdate, { args: [cmd({ text: 'called back, no answer' })] });
    const withdrawn = await handle.executeUpdate(withdrawUpdate, { args: [cmd({ reason: 'customer changed their mind' })] });
    expect(withdrawn.status).toBe('closed');
    expect(withdrawn.closedReason).toBe('withdrawn');
    expect(new Date(withdrawn.reopenUntil as string).getTime() - new Date(withdrawn.closedAt as string).getTime()).toBe(30 * DAY);

    await env.sleep(2 * DAY);
    const reopened = await handle.executeUpdate(reopenUpdate, { args: [cmd({ reason: 'the customer called again' })] });
    expect(reopened.status).toBe('received'); // never triaged, so back to intake
    expect(reopened.reopenCount).toBe(1);

    await handle.executeUpdate(withdrawUpdate, { args: [cmd({ reason: 'settled by phone' })] });
    const result = await handle.result(); // time skips to the end of the reopen window
    expect(result.status).toBe('closed');
    expect(result.allowedActions).toEqual([]);
    const actions = (await auditActions(claimId)).map((e) => e.action);
    expect(actions).toEqual(['claim.received', 'note.added', 'claim.withdrawn', 'claim.reopened', 'claim.withdrawn', 'claim.archived']);
  });

  it('flags a likely duplicate of an open claim of the same customer and order', async () => {
    const first = await startClaim();
    const again = await startClaim({ customer: first.view.customer, order: first.view.order });
    expect(again.view.possibleDuplicateOf).toEqual([first.claimId]);
    expect((await auditActions(again.claimId)).map((e) => e.action)).toEqual(['claim.received', 'claim.duplicate_flagged']);
  });
});
