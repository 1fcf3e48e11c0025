import type { Actor } from '../../domain/claim.types';
import { parsePolicy } from '../../domain/policy/policy.schema';
import defaultPolicy from '../../policy/default-policy.json';
import type { ClaimWorkflowInput } from './claim.messages';
import { abandonDispute } from './claim.disputes';
import { answerSurvey, applyReviewChange, surveyRefusal } from './claim.follow-up';
import { applyCommand, refusalOf } from './claim.commands';
import { fireTimer, nextTimer } from './claim.timers';
import { openClaim, type ClaimState } from './claim.state';
import { toView } from './claim.view';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-11-23T09:00:00.000Z');
const agent: Actor = { id: 'k', name: 'Agent', role: 'agent' };
const customer: Actor = { id: 'customer', name: 'customer', role: 'customer' };
const policy = parsePolicy(defaultPolicy);

function fresh(options: { legacyPolicy?: boolean; review?: { platform: string; rating: number }; language?: string } = {}): ClaimState {
  const { followUp: _followUp, ...legacy } = policy;
  const input: ClaimWorkflowInput = {
    claimId: 'c-1',
    requestId: 'r-1',
    policy: options.legacyPolicy ? legacy : policy,
    actor: agent,
    warranty: { inWarranty: true, basis: 'delivery', startsOn: '2026-05-14', endsOn: '2027-11-13', months: 18, category: 'upholstered' },
    intake: {
      channel: 'email',
      customer: { name: 'A', email: 'a@example.com', language: options.language },
      order: { orderId: 'O-1', purchasedAt: '2026-05-10', sku: 'S', productName: 'P', category: 'upholstered', price: 1000, currency: 'RUB' },
      description: 'd',
      review: options.review && { ...options.review, reviewId: 'r-1' },
    },
  };
  return openClaim(input, T0, { number: 'CL-2026-000001', possibleDuplicateOf: [] }).state;
}

const triage = { action: 'triage' as const, input: { type: 'product_quality' as const, unit: 'sales' as const, defectCode: 'other', severity: 'low' as const } };

describe('claim state', () => {
  it('arms the first-response SLA at intake and disarms it on the first staff response', () => {
    const s = fresh();
    expect(nextTimer(s)).toEqual({ kind: 'sla_breach', at: T0 + DAY });
    applyCommand(s, { action: 'notes', input: { text: 'internal' } }, agent, T0 + HOUR);
    expect(nextTimer(s)?.kind).toBe('sla_breach'); // an internal note is not a response
    applyCommand(s, triage, agent, T0 + 2 * HOUR);
    expect(s.sla.respondedAt).toBe(new Date(T0 + 2 * HOUR).toISOString());
    expect(nextTimer(s)).toBeNull();
  });

  it('moves the SLA due time by the time spent waiting on the customer', () => {
    const s = fresh();
    s.sla.respondedAt = undefined;
    s.waitingOnCustomer = true;
    s.sla.paused = true;
    s.pausedAt = new Date(T0 + HOUR).toISOString();
    expect(nextTimer(s)).toBeNull(); // paused: no SLA timer
    applyCommand(s, { action: 'customer_responded', input: {} }, agent, T0 + 6 * HOUR);
    expect(nextTimer(s)).toEqual({ kind: 'sla_breach', at: T0 + DAY + 5 * HOUR });
    expect(toView(s, T0 + 7 * HOUR).sla.pausedMs).toBe(5 * HOUR);
  });

  it('orders statutory timers: warning, breach, then one penalty accrual per calendar day', () => {
    const s = fresh();
    applyCommand(s, triage, agent, T0);
    applyCommand(s, { action: 'remedy', input: { kind: 'refund' } }, agent, T0 + HOUR);
    const deadline = T0 + 10 * DAY; // counted from the demand (intake), not from the choice
    expect(nextTimer(s)).toEqual({ kind: 'deadline_warning', at: deadline - 2 * DAY });
    fireTimer(s, { kind: 'deadline_warning', at: deadline - 2 * DAY }, deadline - 2 * DAY);
    expect(nextTimer(s)).toEqual({ kind: 'deadline_breach', at: deadline });
    fireTimer(s, { kind: 'deadline_breach', at: deadline }, deadline);
    expect(nextTimer(s)).toEqual({ kind: 'penalty_accrual', at: deadline + DAY });
    fireTimer(s, { kind: 'penalty_accrual', at: deadline + DAY }, deadline + DAY);
    expect(s.statutory.penaltyDays).toBe(1);
    expect(s.statutory.penaltyAmount).toBe(10);
    expect(nextTimer(s)).toEqual({ kind: 'penalty_accrual', at: deadline + 2 * DAY });
  });

  it('closes a completed claim with a reopen window and then only the archive timer is armed (policy without follow-up)', () => {
    const s = fresh({ legacyPolicy: true });
    applyCommand(s, triage, agent, T0);
    applyCommand(s, { action: 'remedy', input: { kind: 'refund' } }, agent, T0);
    const events = applyCommand(s, { action: 'complete_remedy', input: { notes: 'paid' } }, agent, T0 + DAY);
    expect(events.map((e) => e.action)).toEqual(['remedy.completed', 'claim.closed']);
    expect(events.map((e) => e.seq)).toEqual([4, 5]);
    expect(s.status).toBe('closed');
    expect(nextTimer(s)).toEqual({ kind: 'reopen_window_end', at: T0 + DAY + 30 * DAY });
  });

  const resolve = (s: ClaimState, at: number) => {
    applyCommand(s, triage, agent, T0);
    applyCommand(s, { action: 'remedy', input: { kind: 'refund' } }, agent, T0);
    return applyCommand(s, { action: 'complete_remedy', input: { notes: 'paid' } }, agent, at);
  };

  it('goes to follow-up: survey after the delay, one reminder, expiry, then closed', () => {
    const s = fresh({ language: 'ru-RU' });
    expect(resolve(s, T0 + DAY).map((e) => e.action)).toEqual(['remedy.completed', 'followup.started']);
    expect(s.status).toBe('follow_up');
    expect(s.followUp?.survey).toMatchObject({ status: 'scheduled', language: 'ru', id: 'c-1:0' });
    const send = nextTimer(s);
    expect(send).toEqual({ kind: 'survey_send', at: T0 + 4 * DAY });
    expect(fireTimer(s, send!, send!.at).map((e) => e.action)).toEqual(['survey.sent']);
    const remind = nextTimer(s);
    expect(remind).toEqual({ kind: 'survey_reminder', at: T0 + 8 * DAY });
    fireTimer(s, remind!, remind!.at);
    const expire = nextTimer(s);
    expect(expire).toEqual({ kind: 'survey_expiry', at: T0 + 18 * DAY });
    expect(fireTimer(s, expire!, expire!.at).map((e) => e.action)).toEqual(['survey.expired', 'claim.closed']);
    expect(s.status).toBe('closed');
  });

  it('a negative review adds review correction; the claim closes when survey and review both end', () => {
    const s = fresh({ review: { platform: 'trustpilot', rating: 2 } });
    expect(resolve(s, T0).map((e) => e.action)).toEqual(['remedy.completed', 'followup.started', 'review.notice_sent']);
    expect(s.followUp?.review).toMatchObject({ mayMentionEditing: false, monitorUntil: new Date(T0 + 30 * DAY).toISOString() });
    fireTimer(s, nextTimer(s)!, T0 + 3 * DAY); // survey sent
    expect(answerSurvey(s, { surveyId: 'c-1:0', csat: 2, nps: 3, ces: 4 }, customer, T0 + 4 * DAY).map((e) => e.action)).toEqual([
      'survey.answered',
      'survey.alert',
    ]);
    expect(s.status).toBe('follow_up'); // the review part is still running
    expect(surveyRefusal(s, 'c-1:0')).toMatchObject({ kind: 'invalid_transition' }); // answered: 409
    const events = applyReviewChange(s, { rating: 4, removed: false, at: new Date(T0 + 5 * DAY).toISOString() }, T0 + 5 * DAY);
    expect(events.map((e) => e.action)).toEqual(['review.changed', 'review.outcome', 'claim.closed']);
    expect(s.followUp?.review?.outcome).toBe('updated');
  });

  it('the resolution notice does not depend on the survey, and says "unchanged" at the deadline without a better rating', () => {
    const a = fresh({ review: { platform: 'yandex_maps', rating: 3 } });
    const b = fresh({ review: { platform: 'yandex_maps', rating: 3 } });
    const noticeA = resolve(a, T0).find((e) => e.action === 'review.notice_sent');
    const noticeB = resolve(b, T0).find((e) => e.action === 'review.notice_sent');
    expect(noticeA?.data).toEqual({ platform: 'yandex_maps', reviewId: 'r-1', mayMentionEditing: true });
    expect(noticeB?.data).toEqual(noticeA?.data);
    applyReviewChange(a, { rating: 2, removed: false, at: 'x' }, T0 + DAY);
    fireTimer(a, { kind: 'review_deadline', at: T0 + 30 * DAY }, T0 + 30 * DAY);
    expect(a.followUp?.review?.outcome).toBe('unchanged');
  });

  it('refuses a survey answer for an expired or superseded survey with "gone"', () => {
    const s = fresh();
    resolve(s, T0);
    expect(surveyRefusal(s, 'c-1:0')).toEqual({ kind: 'gone', message: 'this survey is not open' });
    fireTimer(s, nextTimer(s)!, T0 + 3 * DAY);
    expect(surveyRefusal(s, 'c-1:0')).toBeNull();
    expect(surveyRefusal(s, 'c-1:9')).toEqual({ kind: 'gone', message: 'this survey is closed' });
  });

  it('writes off a dispute whose workflow ended without it, and closes a resolved claim that only waited for it', () => {
    const s = fresh({ legacyPolicy: true });
    applyCommand(s, triage, agent, T0);
    s.disputes.push({
      id: 'd-1', supplierId: 'fabrika-yug', kind: 'manufacturing_defect', status: 'rejected', amountClaimed: 100, currency: 'RUB',
      deadlineAt: new Date(T0 + 10 * DAY).toISOString(), overdue: true, escalated: false, allowedActions: ['settle', 'escalate', 'write_off'],
    });
    applyCommand(s, { action: 'remedy', input: { kind: 'refund' } }, agent, T0);
    const completed = applyCommand(s, { action: 'complete_remedy', input: { notes: 'paid' } }, agent, T0 + DAY);
    expect(completed.map((e) => e.action)).toEqual(['remedy.completed', 'claim.close_deferred']); // held open by the dispute
    expect(abandonDispute(s, 'd-unknown', 'was terminated', T0 + 2 * DAY)).toEqual([]);

    const events = abandonDispute(s, 'd-1', 'timed out', T0 + 2 * DAY);
    expect(events.map((e) => [e.action, e.actor.role])).toEqual([['dispute.abandoned', 'system'], ['claim.closed', 'system']]);
    expect(events[0].data).toEqual({
      disputeId: 'd-1',
      supplierId: 'fabrika-yug',
      ended: 'timed out',
      reason: "the dispute's workflow timed out while the dispute was rejected: written off by the engine",
    });
    expect(s.disputes[0]).toMatchObject({ status: 'written_off', overdue: false, allowedActions: [] });
    expect(s.status).toBe('closed');
    expect(abandonDispute(s, 'd-1', 'was terminated', T0 + 3 * DAY)).toEqual([]); // once
  });

  describe('order correction', () => {
    const correct = (order: Record<string, unknown>, reason = 'order found') => ({ action: 'correct_order' as const, input: { order, reason } });

    it('replaces the facts, re-checks the warranty as of the intake day, and moves the penalty base (days kept)', () => {
      const s = fresh();
      applyCommand(s, triage, agent, T0);
      applyCommand(s, { action: 'remedy', input: { kind: 'refund' } }, agent, T0);
      const deadline = T0 + 10 * DAY;
      fireTimer(s, { kind: 'deadline_breach', at: deadline }, deadline);
      fireTimer(s, { kind: 'penalty_accrual', at: deadline + DAY }, deadline + DAY);
      expect(s.statutory.penaltyAmount).toBe(10); // 1 % of 1000, one day

      const command = correct({ price: 84990, currency: 'EUR', purchasedAt: '2024-01-10', deliveredAt: '2024-01-15' }, 'typed from the wrong order');
      expect(refusalOf(s, command, deadline + DAY + HOUR)).toBeNull();
      const events = applyCommand(s, command, agent, deadline + DAY + HOUR);

      expect(s.statutory).toMatchObject({ penaltyDays: 1, penaltyAmount: 849.9, currency: 'EUR' });
      const warranty = { inWarranty: false, basis: 'delivery', startsOn: '2024-01-15', endsOn: '2025-07-14', months: 18, category: 'upholstered' };
      expect(events).toEqual([
        expect.objectContaining({
          action: 'order.corrected',
          actor: agent,
          data: {
            changed: {
              purchasedAt: { from: '2026-05-10', to: '2024-01-10' },
              deliveredAt: { to: '2024-01-15' },
              price: { from: 1000, to: 84990 },
              currency: { from: 'RUB', to: 'EUR' },
            },
            reason: 'typed from the wrong order',
            warranty: expect.objectContaining(warranty),
          },
        }),
      ]);
      const view = toView(s, deadline + DAY + HOUR);
      expect(view.order).toMatchObject({ orderId: 'O-1', price: 84990, currency: 'EUR', deliveredAt: '2024-01-15' });
      expect(view.warranty).toMatchObject(warranty);
      expect(view.status).toBe('remedy_in_progress');
    });

    it('leaves the warranty out of the event when it did not change', () => {
      const s = fresh();
      applyCommand(s, correct({ purchasedAt: '2026-05-11' }), agent, T0);
      const [event] = applyCommand(s, correct({ sku: 'SOFA-OSLO-3' }), agent, T0 + HOUR);
      expect(event.data).toEqual({ changed: { sku: { from: 'S', to: 'SOFA-OSLO-3' } }, reason: 'order found' });
    });

    it('refuses, changing nothing: no change, a delivery before the purchase, a new supplier over an open dispute, a resolved claim', () => {
      const s = fresh();
      const before = JSON.stringify(s);
      expect(refusalOf(s, correct({ price: 1000 }), T0)).toMatchObject({ kind: 'invalid_input', errors: [{ field: 'order' }] });
      expect(refusalOf(s, correct({ deliveredAt: '2026-05-01' }), T0)).toMatchObject({ kind: 'invalid_input', errors: [{ field: 'deliveredAt' }] });
      expect(JSON.stringify(s)).toBe(before);

      applyCommand(s, triage, agent, T0);
      s.disputes.push({
        id: 'd-1', supplierId: 'fabrika-yug', kind: 'manufacturing_defect', status: 'awaiting_supplier', amountClaimed: 100, currency: 'RUB',
        deadlineAt: new Date(T0 + 10 * DAY).toISOString(), overdue: false, escalated: false, allowedActions: [],
      });
      expect(refusalOf(s, correct({ supplierId: 'mebel-sever' }), T0)).toEqual({
        kind: 'invalid_input',
        message: 'cannot change the supplier while 1 supplier dispute is open with it: settle or write it off first',
        errors: [{ field: 'supplierId', message: 'cannot change the supplier while 1 supplier dispute is open with it: settle or write it off first' }],
      });
      expect(refusalOf(s, correct({ price: 2000 }), T0)).toBeNull(); // other facts may change

      const r = fresh();
      resolve(r, T0 + DAY);
      expect(refusalOf(r, correct({ price: 2000 }), T0 + DAY)).toMatchObject({
        kind: 'invalid_transition',
        message: 'cannot correct the order facts while the claim is in follow-up',
      });
    });
  });

  it('refuses without touching the state', () => {
    const s = fresh();
    const before = JSON.stringify(s);
    const refusal = refusalOf(s, { action: 'complete_remedy', input: {} }, T0);
    expect(refusal).toEqual({
      kind: 'invalid_transition',
      message: 'cannot complete a remedy while the claim is received',
      allowedActions: ['triage', 'notes', 'withdraw', 'waiting_on_customer', 'correct_order'],
    });
    expect(JSON.stringify(s)).toBe(before);
  });
});
