/**
 * Every path of the claim and supplier-dispute workflows, driven to workflow completion
 * on Temporal's time-skipping server with the payload codec on, the real worker and
 * PostgreSQL: every timer kind fires (SLA breach, deadline warning / breach, penalty
 * accrual, survey send / reminder / expiry, review deadline, reopen-window end = archive;
 * dispute reminders and deadline), and every system transition happens (follow-up, close,
 * close deferred by an open dispute, archive, escalation, deadline passed, abandoned
 * dispute).
 *
 * These runs are what the recorded histories under test/histories/*-path-*.json come
 * from: `RECORD_HISTORIES=1 npm test -- test/replay/workflow-paths` saves them (encrypted
 * with HISTORY_KEY_2020, the current key after the test rotation). Record new ones only
 * for new paths, and keep the old: test/replay/claim-replay.test.ts replays them all on
 * today's code, and test/replay/replay-mutants.test.ts proves that replay catches an
 * unguarded change after each timer kind and system transition.
 */
import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import type { Actor } from '../../domain/claim.types';
import type { ClaimView } from '../../domain/claim/claim-view';
import type { DisputeView } from '../../domain/dispute/dispute.types';
import { parsePayloadCodecKeys } from '../../src/codec/payload-codec-keys';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import {
  answerSurveyUpdate,
  completeRemedyUpdate,
  correctOrderUpdate,
  customerRespondedUpdate,
  noteUpdate,
  openSupplierDisputeUpdate,
  remedyUpdate,
  reopenUpdate,
  resendSurveyUpdate,
  reviewChangedSignal,
  reviewReplyUpdate,
  triageUpdate,
  waitingOnCustomerUpdate,
  withdrawUpdate,
} from '../../workflows/claim/claim.messages';
import type { OpenSupplierDisputePayload } from '../../workflows/claim/claim.messages';
import {
  acceptDisputeUpdate,
  disputeViewQuery,
  disputeWorkflowId,
  escalateDisputeUpdate,
  rejectDisputeUpdate,
  settleDisputeUpdate,
  writeOffDisputeUpdate,
} from '../../workflows/supplier-dispute/dispute.messages';
import { eventually } from '../support/eventually';
import { HISTORY_KEY_2020 } from '../support/history-codec-keys';
import { saveHistory } from '../support/record-history';
import { cmd, DAY, HOUR, policy, useTimeSkippingClaims } from '../support/time-skipping-claims';

const codecKeys = parsePayloadCodecKeys(HISTORY_KEY_2020, undefined);
if (!('value' in codecKeys)) throw new Error(codecKeys.problems.join('; '));
const claims = useTimeSkippingClaims({ payloadCodec: codecKeys.value });

const supplier: Actor = { id: 'key-yug', name: 'Fabrika Yug integration', role: 'supplier' };
const TRIAGE = { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' } as const;

const actions = async (claimId: string) => (await claims.auditActions(claimId)).map((e) => e.action);
const count = (log: string[], action: string) => log.filter((a) => a === action).length;
const at = (iso: string | undefined) => Date.parse(iso as string);

/** Sleeps the test server's clock until just past `instant`. */
async function sleepPast(instant: number): Promise<void> {
  const delay = instant - (await claims.env.currentTimeMs());
  if (delay > 0) await claims.env.sleep(delay + HOUR);
}

function disputeFor(): OpenSupplierDisputePayload {
  return {
    disputeId: randomUUID(),
    dispute: { kind: 'manufacturing_defect', amountClaimed: 12500, currency: 'RUB', message: 'Filler shrank', evidenceUrls: [] },
    supplier: { supplierId: 'fabrika-yug', supplierName: 'Fabrika Yug', responseBusinessDays: 10, reminderBusinessDaysBefore: [3, 1] },
  };
}

/** Waits for the claim workflow to complete (time skips), checks it ended archived, and records its history. */
async function finish(handle: WorkflowHandle, claimId: string, file: string): Promise<{ final: ClaimView; log: string[] }> {
  const final = (await handle.result()) as ClaimView;
  expect(final.status).toBe('closed');
  expect(final.allowedActions).toEqual([]);
  const log = await actions(claimId);
  expect(log[log.length - 1]).toBe('claim.archived');
  expect(count(log, 'claim.archived')).toBe(1);
  // every event once, seq contiguous from 1
  expect((await claims.auditActions(claimId)).map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
  await saveHistory(claims.env.client, claimWorkflowId(claimId), file);
  return { final, log };
}

describe('workflow paths to completion (time-skipping, codec on)', () => {
  it('every claim timer on one claim: SLA breach, deadline warning and breach, penalties, survey send / reminder / expiry, archive', async () => {
    const { handle, claimId } = await claims.startClaim();
    await claims.env.sleep(25 * HOUR); // first response overdue
    await handle.executeUpdate(triageUpdate, { args: [cmd(TRIAGE)] });
    const chosen = await handle.executeUpdate(remedyUpdate, { args: [cmd({ kind: 'replacement' as const, qualityCheck: false, outOfStock: false })] });
    await claims.env.sleep(at(chosen.statutory.deadlineAt) - (await claims.env.currentTimeMs()) + 2.5 * DAY); // two penalty days
    const late = await handle.executeUpdate(completeRemedyUpdate, { args: [cmd({ notes: 'replaced' })] });
    expect(late.status).toBe('follow_up');
    expect(late.statutory.penaltyDays).toBe(2);

    const { final, log } = await finish(handle, claimId, 'claim-path-every-timer.json');
    expect(final.closedReason).toBeDefined();
    for (const a of ['sla.breached', 'deadline.warning', 'deadline.breached', 'followup.started', 'survey.sent', 'survey.reminder_sent', 'survey.expired', 'claim.closed']) {
      expect([a, count(log, a)]).toEqual([a, 1]);
    }
    expect(count(log, 'penalty.accrued')).toBe(2);
  });

  it('a claim from a negative review: reply, review change, waiting on the customer, order correction, survey resent and answered, review deadline, reopen, archive', async () => {
    const review = { platform: 'yandex_market', reviewId: `rv-${randomUUID().slice(0, 8)}`, rating: 2 };
    const { handle, claimId } = await claims.startClaim({ channel: 'online_review', review });
    await handle.executeUpdate(reviewReplyUpdate, { args: [cmd({ text: 'We are sorry; a specialist will call you.' })] });
    await handle.executeUpdate(waitingOnCustomerUpdate, { args: [cmd({ reason: 'photos please' })] });
    await claims.env.sleep(6 * HOUR);
    await handle.executeUpdate(customerRespondedUpdate, { args: [cmd({ notes: 'photos received' })] });
    await handle.executeUpdate(noteUpdate, { args: [cmd({ text: 'checked the photos' })] });
    await handle.executeUpdate(correctOrderUpdate, { args: [cmd({ order: { price: 45000 }, reason: 'price from the receipt' })] });
    await handle.executeUpdate(triageUpdate, { args: [cmd(TRIAGE)] });
    await handle.signal(reviewChangedSignal, { rating: 3, removed: false, at: new Date(await claims.env.currentTimeMs()).toISOString() });
    await handle.executeUpdate(remedyUpdate, { args: [cmd({ kind: 'refund' as const })] });
    const resolved = await handle.executeUpdate(completeRemedyUpdate, { args: [cmd({ notes: 'refunded' })] });
    expect(resolved.status).toBe('follow_up');
    expect(resolved.followUp?.review).toBeDefined();

    await sleepPast(at(resolved.followUp?.survey.sendAt));
    const sent = await claims.view(handle);
    expect(sent.followUp?.survey.status).toBe('sent');
    const resent = await handle.executeUpdate(resendSurveyUpdate, { args: [cmd({})] });
    const surveyId = resent.followUp?.survey.id as string;
    expect(surveyId).not.toBe(sent.followUp?.survey.id);
    const customer: Actor = { id: 'customer', name: 'customer', role: 'customer' as Actor['role'] };
    const answered = await handle.executeUpdate(answerSurveyUpdate, { args: [cmd({ surveyId, csat: 2, nps: 3, ces: 5, comment: 'slow' }, customer)] });
    expect(answered.followUp?.survey.status).toBe('answered');

    // the review window runs out with the review still negative: the claim closes; staff reopen it
    await sleepPast(at(answered.followUp?.review?.monitorUntil));
    const closed = await eventually(() => claims.view(handle), (v) => v.status === 'closed');
    expect(closed.followUp?.review?.outcome).toBeDefined();
    const reopened = await handle.executeUpdate(reopenUpdate, { args: [cmd({ reason: 'the sofa broke again' })] });
    expect(reopened.status).toBe('triaged');
    await handle.executeUpdate(remedyUpdate, { args: [cmd({ kind: 'refund' as const })] });
    await handle.executeUpdate(completeRemedyUpdate, { args: [cmd({ notes: 'refunded the rest' })] });

    const { log } = await finish(handle, claimId, 'claim-path-review-reopened.json');
    for (const a of ['review.replied', 'review.changed', 'review.notice_sent', 'review.outcome', 'survey.resent', 'survey.answered', 'survey.alert', 'claim.reopened']) {
      expect([a, count(log, a) >= 1]).toEqual([a, true]);
    }
    expect(count(log, 'claim.closed')).toBe(2);
  });

  it('withdrawn: closed at once, archived when the reopen window ends', async () => {
    const { handle, claimId } = await claims.startClaim();
    const withdrawn = await handle.executeUpdate(withdrawUpdate, { args: [cmd({ reason: 'the customer fixed it' })] });
    expect(withdrawn.status).toBe('closed');
    const { log } = await finish(handle, claimId, 'claim-path-withdrawn.json');
    expect(log).toEqual(['claim.received', 'claim.withdrawn', 'claim.archived']);
  });

  it('a dispute reminded and escalated by its deadline, answered late and settled; the claim in follow-up closes only then', async () => {
    const { handle, claimId } = await claims.startClaim();
    await handle.executeUpdate(triageUpdate, { args: [cmd(TRIAGE)] });
    const payload = disputeFor();
    await handle.executeUpdate(openSupplierDisputeUpdate, { args: [cmd(payload)] });
    const dispute = claims.env.client.workflow.getHandle(disputeWorkflowId(payload.disputeId));
    await handle.executeUpdate(remedyUpdate, { args: [cmd({ kind: 'refund' as const })] });
    const resolved = await handle.executeUpdate(completeRemedyUpdate, { args: [cmd({ notes: 'refunded' })] });
    expect(resolved.status).toBe('follow_up');

    const opened = (await dispute.query(disputeViewQuery)) as DisputeView;
    await sleepPast(Date.parse(opened.deadlineAt));
    const overdue = (await dispute.query(disputeViewQuery)) as DisputeView;
    expect(overdue).toMatchObject({ remindersSent: 2, overdue: true, escalated: true });
    // the survey goes out and expires unanswered: the close waits for the dispute
    await sleepPast(at(resolved.followUp?.survey.sendAt));
    await sleepPast(at((await claims.view(handle)).followUp?.survey.expiresAt));
    const waiting = await eventually(() => actions(claimId), (a) => a.includes('survey.expired'));
    expect(waiting).not.toContain('claim.closed');

    await dispute.executeUpdate(acceptDisputeUpdate, { args: [cmd({ remedy: 'compensation' as const, amount: 12500 }, supplier)] });
    await dispute.executeUpdate(settleDisputeUpdate, { args: [cmd({ amount: 10000, reason: 'credit note' })] });
    expect(((await dispute.result()) as DisputeView).status).toBe('settled');
    await saveHistory(claims.env.client, disputeWorkflowId(payload.disputeId), 'dispute-path-escalated-late-settled.json');

    const { log } = await finish(handle, claimId, 'claim-path-dispute-settled-late.json');
    for (const a of ['dispute.opened', 'dispute.escalated', 'dispute.accepted', 'dispute.settled', 'survey.expired', 'claim.closed']) {
      expect([a, count(log, a)]).toEqual([a, 1]);
    }
    expect(count(log, 'dispute.reminder_sent')).toBe(2);
  });

  it('a dispute escalated by staff, its deadline passing, rejected and written off', async () => {
    const { handle, claimId } = await claims.startClaim();
    await handle.executeUpdate(triageUpdate, { args: [cmd(TRIAGE)] });
    const payload = disputeFor();
    await handle.executeUpdate(openSupplierDisputeUpdate, { args: [cmd(payload)] });
    const dispute = claims.env.client.workflow.getHandle(disputeWorkflowId(payload.disputeId));
    await dispute.executeUpdate(escalateDisputeUpdate, { args: [cmd({ reason: 'repeat defect, head of care to call' })] });

    const opened = (await dispute.query(disputeViewQuery)) as DisputeView;
    await sleepPast(Date.parse(opened.deadlineAt));
    expect(await eventually(() => actions(claimId), (a) => a.includes('dispute.deadline_passed'))).toContain('dispute.deadline_passed');
    await dispute.executeUpdate(rejectDisputeUpdate, { args: [cmd({ reason: 'transport damage, not ours' }, supplier)] });
    await dispute.executeUpdate(writeOffDisputeUpdate, { args: [cmd({ reason: 'not worth pursuing' })] });
    expect(((await dispute.result()) as DisputeView).status).toBe('written_off');
    await saveHistory(claims.env.client, disputeWorkflowId(payload.disputeId), 'dispute-path-escalated-rejected-written-off.json');

    await handle.executeUpdate(remedyUpdate, { args: [cmd({ kind: 'rejected' as const, reason: 'transport damage' })] });
    await handle.executeUpdate(completeRemedyUpdate, { args: [cmd({ notes: 'explained to the customer' })] });
    const { log } = await finish(handle, claimId, 'claim-path-dispute-written-off.json');
    for (const a of ['dispute.opened', 'dispute.escalated', 'dispute.deadline_passed', 'dispute.rejected', 'dispute.written_off', 'claim.closed']) {
      expect([a, count(log, a)]).toEqual([a, 1]);
    }
  });

  it('a claim taken in under a policy without follow-up (claims started before it): resolved with a dispute open, its close is deferred until the dispute ends', async () => {
    const { followUp: _followUp, ...withoutFollowUp } = policy;
    const { handle, claimId } = await claims.startClaim({}, withoutFollowUp);
    await handle.executeUpdate(triageUpdate, { args: [cmd(TRIAGE)] });
    const payload = disputeFor();
    await handle.executeUpdate(openSupplierDisputeUpdate, { args: [cmd(payload)] });
    await handle.executeUpdate(remedyUpdate, { args: [cmd({ kind: 'refund' as const })] });
    const resolved = await handle.executeUpdate(completeRemedyUpdate, { args: [cmd({ notes: 'refunded' })] });
    expect(resolved.status).toBe('resolved');
    const dispute = claims.env.client.workflow.getHandle(disputeWorkflowId(payload.disputeId));
    await dispute.executeUpdate(acceptDisputeUpdate, { args: [cmd({ remedy: 'compensation' as const, amount: 12500 }, supplier)] });
    await dispute.executeUpdate(settleDisputeUpdate, { args: [cmd({ amount: 12500, reason: 'as claimed' })] });
    expect(((await dispute.result()) as DisputeView).status).toBe('settled');
    await saveHistory(claims.env.client, disputeWorkflowId(payload.disputeId), 'dispute-path-accepted-settled.json');

    const { log } = await finish(handle, claimId, 'claim-path-no-follow-up-deferred-close.json');
    expect(log.slice(log.indexOf('remedy.completed'))).toEqual([
      'remedy.completed',
      'claim.close_deferred',
      'dispute.accepted',
      'dispute.settled',
      'claim.closed',
      'claim.archived',
    ]);
  });
});
