import type { Actor } from '../../domain/claim.types';
import { parsePolicy } from '../../domain/policy/policy.validate';
import defaultPolicy from '../../policy/default-policy.json';
import type { ClaimWorkflowInput } from './claim.messages';
import { applyCommand, fireTimer, nextTimer, openClaim, refusalOf, toView, type ClaimState } from './claim.state';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-11-23T09:00:00.000Z');
const agent: Actor = { id: 'k', name: 'Agent', role: 'agent' };
const policy = parsePolicy(defaultPolicy);

function fresh(): ClaimState {
  const input: ClaimWorkflowInput = {
    claimId: 'c-1',
    requestId: 'r-1',
    policy,
    actor: agent,
    warranty: { inWarranty: true, basis: 'delivery', startsOn: '2026-05-14', endsOn: '2027-11-13', months: 18, category: 'upholstered' },
    intake: {
      channel: 'email',
      customer: { name: 'A', email: 'a@example.com' },
      order: { orderId: 'O-1', purchasedAt: '2026-05-10', sku: 'S', productName: 'P', category: 'upholstered', price: 1000, currency: 'RUB' },
      description: 'd',
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

  it('closes a completed claim with a reopen window and then only the archive timer is armed', () => {
    const s = fresh();
    applyCommand(s, triage, agent, T0);
    applyCommand(s, { action: 'remedy', input: { kind: 'refund' } }, agent, T0);
    const events = applyCommand(s, { action: 'complete_remedy', input: { notes: 'paid' } }, agent, T0 + DAY);
    expect(events.map((e) => e.action)).toEqual(['remedy.completed', 'claim.closed']);
    expect(events.map((e) => e.seq)).toEqual([4, 5]);
    expect(s.status).toBe('closed');
    expect(nextTimer(s)).toEqual({ kind: 'reopen_window_end', at: T0 + DAY + 30 * DAY });
  });

  it('refuses without touching the state', () => {
    const s = fresh();
    const before = JSON.stringify(s);
    const refusal = refusalOf(s, { action: 'complete_remedy', input: {} }, T0);
    expect(refusal).toEqual({
      kind: 'invalid_transition',
      message: 'cannot complete a remedy while the claim is received',
      allowedActions: ['triage', 'notes', 'withdraw', 'waiting_on_customer'],
    });
    expect(JSON.stringify(s)).toBe(before);
  });
});
