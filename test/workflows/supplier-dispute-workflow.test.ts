/**
 * Supplier disputes on Temporal's time-skipping test server, with the real activities and
 * PostgreSQL: reminders and escalation fire at the business times the calendar gives;
 * accept / reject / settle / write-off paths; a claim waits for its disputes to close.
 */
import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import type { Actor } from '../../domain/claim.types';
import { businessSchedule } from '../../domain/calendar/business-calendar';
import type { DisputeView } from '../../domain/dispute/dispute.types';
import { businessCalendarOf } from '../../domain/policy/policy.rules';
import type { OpenSupplierDisputePayload } from '../../workflows/claim/claim.messages';
import {
  completeRemedyUpdate,
  openSupplierDisputeUpdate,
  remedyUpdate,
  triageUpdate,
  withdrawUpdate,
} from '../../workflows/claim/claim.messages';
import { REFUSAL_INVALID_INPUT, REFUSAL_INVALID_TRANSITION } from '../../workflows/shared/commands';
import {
  acceptDisputeUpdate,
  disputeViewQuery,
  disputeWorkflowId,
  rejectDisputeUpdate,
  settleDisputeUpdate,
  writeOffDisputeUpdate,
} from '../../workflows/supplier-dispute/dispute.messages';
import { eventually } from '../support/eventually';
import { cmd, DAY, HOUR, policy, refusal, useTimeSkippingClaims } from '../support/time-skipping-claims';

const claims = useTimeSkippingClaims();
const supplierActor: Actor = { id: 'key-yug', name: 'Fabrika Yug integration', role: 'supplier' };
const calendar = businessCalendarOf(policy);

const TRIAGE = { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' } as const;

function disputePayload(overrides: Partial<OpenSupplierDisputePayload['supplier']> = {}): OpenSupplierDisputePayload {
  return {
    disputeId: randomUUID(),
    dispute: { kind: 'manufacturing_defect', amountClaimed: 12500, currency: 'RUB', message: 'Filler shrank', evidenceUrls: ['https://files.example.com/x.jpg'] },
    supplier: { supplierId: 'fabrika-yug', supplierName: 'Fabrika Yug', responseBusinessDays: 10, reminderBusinessDaysBefore: [3, 1], ...overrides },
  };
}

async function triagedClaimWithDispute(overrides: Partial<OpenSupplierDisputePayload['supplier']> = {}) {
  const { handle, claimId } = await claims.startClaim();
  await handle.executeUpdate(triageUpdate, { args: [cmd(TRIAGE)] });
  const payload = disputePayload(overrides);
  const claimView = await handle.executeUpdate(openSupplierDisputeUpdate, { args: [cmd(payload)] });
  const dispute = claims.env.client.workflow.getHandle(disputeWorkflowId(payload.disputeId));
  return { handle, claimId, claimView, dispute, disputeId: payload.disputeId };
}

const disputeView = (h: WorkflowHandle): Promise<DisputeView> => h.query(disputeViewQuery);
const actions = async (claimId: string) => (await claims.auditActions(claimId)).map((e) => e.action);


describe('supplier dispute workflow (time-skipping)', () => {
  it('sets a business-day deadline, reminds, then escalates when it passes', async () => {
    const { claimId, claimView, dispute, disputeId, handle } = await triagedClaimWithDispute();
    expect(claimView.disputes).toEqual([expect.objectContaining({ id: disputeId, status: 'awaiting_supplier', escalated: false })]);
    expect(await actions(claimId)).toEqual(['claim.received', 'claim.triaged', 'dispute.opened']);

    const v = await disputeView(dispute);
    const expected = businessSchedule(Date.parse(v.openedAt), 10, [3, 1], calendar);
    expect(v.deadlineAt).toBe(new Date(expected.deadlineAt).toISOString());
    expect(v.remindersAt).toEqual(expected.remindersAt.map((t) => new Date(t).toISOString()));
    // 10 business days are at least 12 calendar days; the deadline is 18:00 in Moscow
    expect(Date.parse(v.deadlineAt) - Date.parse(v.openedAt)).toBeGreaterThan(12 * DAY);
    expect(new Date(v.deadlineAt).getUTCHours()).toBe(15);

    const firstReminder = Date.parse(v.remindersAt[0]);
    await claims.env.sleep(firstReminder - Date.parse(v.openedAt) - HOUR);
    expect((await disputeView(dispute)).remindersSent).toBe(0);
    await claims.env.sleep(2 * HOUR);
    expect((await disputeView(dispute)).remindersSent).toBe(1);

    await claims.env.sleep(Date.parse(v.deadlineAt) - firstReminder - 2 * HOUR); // an hour before the deadline
    const before = await disputeView(dispute);
    expect(before).toMatchObject({ remindersSent: 2, overdue: false, escalated: false });
    await claims.env.sleep(2 * HOUR);
    const after = await disputeView(dispute);
    expect(after).toMatchObject({ overdue: true, escalated: true, status: 'awaiting_supplier' });
    expect(after.escalations).toEqual([expect.objectContaining({ automatic: true, reason: 'the supplier did not answer by the deadline' })]);

    const claim = await eventually(() => claims.view(handle), (c) => c.disputes[0]?.escalated === true);
    expect(claim.disputes[0]).toMatchObject({ overdue: true, escalated: true });
    const log = await eventually(() => actions(claimId), (a) => a.length >= 6);
    expect(log).toEqual(['claim.received', 'claim.triaged', 'dispute.opened', 'dispute.reminder_sent', 'dispute.reminder_sent', 'dispute.escalated']);
    const [row] = await claims.db.query(`SELECT open_disputes, overdue_disputes, escalated_disputes FROM claims WHERE id = $1`, [claimId]);
    expect(row).toEqual({ open_disputes: 1, overdue_disputes: 1, escalated_disputes: 1 });
    const deliveries = await claims.db.query(`SELECT type, status FROM webhook_deliveries WHERE event_id LIKE $1 ORDER BY created_at`, [`${disputeId}:%`]);
    // no supplier row with a webhook here: each event is recorded as skipped, never lost
    expect(deliveries).toEqual([
      { type: 'task.created', status: 'skipped' },
      { type: 'task.reminder', status: 'skipped' },
      { type: 'task.reminder', status: 'skipped' },
      { type: 'task.escalated', status: 'skipped' },
    ]);
  });

  it('accept, then settle: a claim in follow-up closes only when its dispute is settled and its survey has ended', async () => {
    const { handle, claimId, dispute } = await triagedClaimWithDispute();
    await handle.executeUpdate(remedyUpdate, { args: [cmd({ kind: 'refund' as const })] });
    const resolved = await handle.executeUpdate(completeRemedyUpdate, { args: [cmd({ notes: 'refunded' })] });
    expect(resolved.status).toBe('follow_up');

    const accepted = await dispute.executeUpdate(acceptDisputeUpdate, { args: [cmd({ remedy: 'compensation' as const, amount: 12500 }, supplierActor)] });
    expect(accepted).toMatchObject({ status: 'accepted', response: { outcome: 'accepted', remedy: 'compensation', amount: 12500, late: false } });

    const tooMuch = await refusal(dispute.executeUpdate(settleDisputeUpdate, { args: [cmd({ amount: 20000, reason: 'x' })] }));
    expect(tooMuch.type).toBe(REFUSAL_INVALID_INPUT);
    expect(tooMuch.message).toBe('the agreed amount 20000 exceeds the 12500 RUB claimed');

    const settled = await dispute.executeUpdate(settleDisputeUpdate, { args: [cmd({ amount: 10000, reason: 'credit note' })] });
    expect(settled).toMatchObject({ status: 'settled', settlement: { amount: 10000 }, allowedActions: [] });
    await dispute.result();

    // the claim is in follow-up (survey) and closes when it ends: 3 days to the link, 14 to expiry
    expect((await claims.view(handle)).status).toBe('follow_up');
    await claims.env.sleep(18 * DAY);
    const closed = await eventually(() => claims.view(handle), (c) => c.status === 'closed');
    expect(closed.status).toBe('closed');
    expect(closed.disputes[0]).toMatchObject({ status: 'settled', settledAmount: 10000 });
    expect(await eventually(() => actions(claimId), (a) => a.includes('claim.closed'))).toEqual([
      'claim.received',
      'claim.triaged',
      'dispute.opened',
      'remedy.chosen',
      'remedy.completed',
      'followup.started',
      'dispute.accepted',
      'dispute.settled',
      'survey.sent',
      'survey.reminder_sent',
      'survey.expired',
      'claim.closed',
    ]);
    const [row] = await claims.db.query(`SELECT status, response, settled_amount, closed_at IS NOT NULL AS closed FROM supplier_disputes WHERE claim_id = $1`, [claimId]);
    expect(row).toEqual({ status: 'settled', response: 'accepted', settled_amount: '10000.00', closed: true });
  });

  it('reject, then write off; the claim cannot be withdrawn while the dispute is open', async () => {
    const { handle, claimId, dispute } = await triagedClaimWithDispute();
    const refused = await refusal(handle.executeUpdate(withdrawUpdate, { args: [cmd({ reason: 'customer gave up' })] }));
    expect(refused.type).toBe(REFUSAL_INVALID_TRANSITION);
    expect(refused.message).toBe('1 supplier dispute is still open: settle or write it off first');
    expect((await claims.view(handle)).allowedActions).not.toContain('withdraw');

    await dispute.executeUpdate(rejectDisputeUpdate, { args: [cmd({ reason: 'not our fault' }, supplierActor)] });
    const again = await refusal(dispute.executeUpdate(acceptDisputeUpdate, { args: [cmd({ remedy: 'repair' as const }, supplierActor)] }));
    expect(again.message).toBe('cannot accept the dispute while it is rejected by the supplier');
    expect(again.details?.[0]).toEqual({ allowedActions: ['settle', 'escalate', 'write_off'] });
    const versionBefore = (await disputeView(dispute)).version;

    await dispute.executeUpdate(writeOffDisputeUpdate, { args: [cmd({ reason: 'not worth pursuing' })] });
    expect((await disputeView(dispute)).version).toBe(versionBefore + 1);
    await dispute.result();
    const withdrawn = await eventually(
      () => claims.view(handle),
      (c) => c.disputes[0]?.status === 'written_off',
    );
    expect(withdrawn.allowedActions).toContain('withdraw');
    await handle.executeUpdate(withdrawUpdate, { args: [cmd({ reason: 'customer gave up' })] });
    expect(await actions(claimId)).toEqual([
      'claim.received',
      'claim.triaged',
      'dispute.opened',
      'dispute.rejected',
      'dispute.written_off',
      'claim.withdrawn',
    ]);
  });

  it('refuses to open a dispute before triage, and a supplier answer after the deadline is marked late', async () => {
    const { handle } = await claims.startClaim();
    const early = await refusal(handle.executeUpdate(openSupplierDisputeUpdate, { args: [cmd(disputePayload())] }));
    expect(early.message).toBe('cannot open a supplier dispute while the claim is received');

    const { dispute } = await triagedClaimWithDispute({ responseBusinessDays: 1, reminderBusinessDaysBefore: [] });
    // one business day, as the calendar counts it from now (a weekend or the New Year holidays may lie between)
    const { openedAt, deadlineAt } = await disputeView(dispute);
    expect(deadlineAt).toBe(new Date(businessSchedule(Date.parse(openedAt), 1, [], calendar).deadlineAt).toISOString());
    await claims.env.sleep(Date.parse(deadlineAt) - (await claims.env.currentTimeMs()) + HOUR);
    const late = await dispute.executeUpdate(acceptDisputeUpdate, { args: [cmd({ remedy: 'repair' as const }, supplierActor)] });
    expect(late).toMatchObject({ status: 'accepted', overdue: true, escalated: true, response: { late: true } });
  });
});
