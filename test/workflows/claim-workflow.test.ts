/**
 * The claim lifecycle on Temporal's time-skipping test server, with the real activities
 * writing to a real PostgreSQL: deadlines, warnings, breaches and penalties fire at the
 * right simulated times, and refused updates change nothing.
 */
import {
  completeRemedyUpdate,
  customerRespondedUpdate,
  noteUpdate,
  remedyUpdate,
  reopenUpdate,
  triageUpdate,
  waitingOnCustomerUpdate,
  withdrawUpdate,
} from '../../workflows/claim/claim.messages';
import { cmd, DAY, HOUR, refusal, useTimeSkippingClaims } from '../support/time-skipping-claims';

const claims = useTimeSkippingClaims();
const { startClaim, auditActions, view } = claims;

describe('claim workflow (time-skipping)', () => {
  it('records intake durably: number, SLA, warranty, first audit event', async () => {
    const { claimId, view: v } = await startClaim();
    expect(v.status).toBe('received');
    expect(v.number).toMatch(/^CL-\d{4}-\d{6,}$/);
    expect(new Date(v.sla.firstResponseDueAt).getTime() - new Date(v.receivedAt).getTime()).toBe(24 * HOUR);
    expect(v.warranty.inWarranty).toBe(true);
    expect(v.allowedActions).toEqual(['triage', 'notes', 'withdraw', 'waiting_on_customer', 'correct_order']);
    expect(await auditActions(claimId)).toEqual([{ seq: 1, action: 'claim.received' }]);
    const [row] = await claims.db.query(`SELECT status, number, version FROM claims WHERE id = $1`, [claimId]);
    expect(row).toEqual({ status: 'received', number: v.number, version: 1 });
  });

  it("records an intake with no activity, its events stamped with the workflow's start time (a retried task writes the same)", async () => {
    const { handle, claimId, view: v } = await startClaim();
    const history = await handle.fetchHistory();
    const events = history.events ?? [];
    const startedAt = Number(events[0].eventTime!.seconds) * 1000 + Math.floor((events[0].eventTime!.nanos ?? 0) / 1e6);
    // the intake Update completed before any activity was scheduled (one task on a real server: test/e2e/intake-first-task)
    const completed = events.findIndex((e) => e.workflowExecutionUpdateCompletedEventAttributes);
    expect(completed).toBeGreaterThan(0);
    expect(events.slice(0, completed).some((e) => e.activityTaskScheduledEventAttributes)).toBe(false);
    // what the first task wrote does not depend on when the task ran: the start time
    expect(new Date(v.receivedAt).getTime()).toBe(startedAt);
    const [row] = await claims.db.query(`SELECT occurred_at FROM audit_events WHERE claim_id = $1 AND seq = 1`, [claimId]);
    expect(new Date(row.occurred_at).getTime()).toBe(startedAt);
  });

  it('breaches the first-response SLA after 24 hours without a response', async () => {
    const { handle, claimId } = await startClaim();
    await claims.env.sleep(23 * HOUR);
    expect((await view(handle)).sla.breached).toBe(false);
    await claims.env.sleep(2 * HOUR);
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
    await claims.env.sleep(10 * HOUR);
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

    await claims.env.sleep(4 * DAY);
    expect((await view(handle)).statutory.warned).toBe(false);
    await claims.env.sleep(1.5 * DAY);
    let v = await view(handle);
    expect(v.statutory.warned).toBe(true);
    expect(v.statutory.breached).toBe(false);

    await claims.env.sleep(2 * DAY); // now 7.5 days after the demand
    v = await view(handle);
    expect(v.statutory.breached).toBe(true);
    expect(v.statutory.penaltyDays).toBe(0);

    await claims.env.sleep(3 * DAY); // 3.5 days past the deadline: 3 full days accrued
    v = await view(handle);
    expect(v.statutory.penaltyDays).toBe(3);
    expect(v.statutory.penaltyAmount).toBeCloseTo(84990 * 0.03, 2);

    const done = await handle.executeUpdate(completeRemedyUpdate, { args: [cmd({ notes: 'replaced' })] });
    expect(done.status).toBe('follow_up');
    expect(done.statutory.penaltyDays).toBe(3);
    await claims.env.sleep(18 * DAY); // survey after 3 days, expired 14 days later
    const closed = await view(handle);
    expect(closed.status).toBe('closed');
    expect(closed.closedReason).toBe('completed');
    expect(closed.followUp?.survey.status).toBe('expired');

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
      'followup.started',
      'survey.sent',
      'survey.reminder_sent',
      'survey.expired',
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

    await claims.env.sleep(2 * DAY);
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

  it('registers a claim started without a number (before the API registered claims, or directly) in its first task', async () => {
    const first = await startClaim(undefined, undefined, { by: 'workflow' });
    const again = await startClaim({ customer: first.view.customer, order: first.view.order }, undefined, { by: 'workflow' });
    expect(first.view.number).toMatch(/^CL-\d{4}-\d{6,}$/);
    expect(again.view.possibleDuplicateOf).toEqual([first.claimId]);
    const [row] = await claims.db.query(`SELECT number FROM claim_numbers WHERE claim_id = $1`, [again.claimId]);
    expect(row.number).toBe(again.view.number);
    // the registration ran as a local activity in the intake's first task
    const history = await again.handle.fetchHistory();
    const markers = (history.events ?? []).filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity');
    expect(markers).toHaveLength(2); // registerClaim, then recordClaimEvents
  });

  it('takes the number the API registered: its first task runs one local activity, the event writer', async () => {
    const { handle, view } = await startClaim();
    const [row] = await claims.db.query(`SELECT number FROM claim_numbers WHERE claim_id = $1`, [view.id]);
    expect(view.number).toBe(row.number);
    const history = await handle.fetchHistory();
    const markers = (history.events ?? []).filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity');
    expect(markers).toHaveLength(1);
  });
});
