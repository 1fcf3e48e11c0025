import { checkDisputeAction, disputeAllowedActions, DISPUTE_TRANSITIONS } from './dispute-transitions';
import { DISPUTE_ACTIONS, DISPUTE_STATUSES, isOpenDispute, type DisputeAction, type DisputeStatus } from './dispute.types';

/** The table written out edge by edge: status → action → resulting status (absent = refused). */
const EXPECTED: Record<DisputeStatus, Partial<Record<DisputeAction, DisputeStatus>>> = {
  awaiting_supplier: { accept: 'accepted', reject: 'rejected', escalate: 'awaiting_supplier', write_off: 'written_off' },
  accepted: { settle: 'settled', escalate: 'accepted', write_off: 'written_off' },
  rejected: { settle: 'settled', escalate: 'rejected', write_off: 'written_off' },
  settled: {},
  written_off: {},
};

describe('dispute transitions', () => {
  for (const status of DISPUTE_STATUSES) {
    for (const action of DISPUTE_ACTIONS) {
      const to = EXPECTED[status][action];
      it(`${status} --${action}--> ${to ?? 'refused'}`, () => {
        const check = checkDisputeAction({ status, escalated: false }, action);
        if (to) expect(check).toEqual({ allowed: true, to });
        else expect(check).toMatchObject({ allowed: false, reason: expect.stringContaining(`cannot ${DISPUTE_TRANSITIONS[action].describe}`) });
      });
    }
  }

  it('refuses a second escalation, and explains why staff cannot settle before the supplier answers', () => {
    expect(checkDisputeAction({ status: 'accepted', escalated: true }, 'escalate')).toEqual({ allowed: false, reason: 'the dispute is already escalated' });
    expect(checkDisputeAction({ status: 'awaiting_supplier', escalated: false }, 'settle')).toEqual({
      allowed: false,
      reason: 'cannot settle the dispute while it is awaiting the supplier: the supplier has not answered yet (escalate or write it off instead)',
    });
    expect(checkDisputeAction({ status: 'accepted', escalated: false }, 'nonsense' as DisputeAction)).toEqual({
      allowed: false,
      reason: 'unknown dispute action "nonsense"',
    });
  });

  it('lists the allowed actions in a stable order', () => {
    expect(disputeAllowedActions({ status: 'awaiting_supplier', escalated: false })).toEqual(['accept', 'reject', 'escalate', 'write_off']);
    expect(disputeAllowedActions({ status: 'awaiting_supplier', escalated: true })).toEqual(['accept', 'reject', 'write_off']);
    expect(disputeAllowedActions({ status: 'settled', escalated: true })).toEqual([]);
  });

  it('counts a dispute open until it is settled or written off', () => {
    expect(DISPUTE_STATUSES.filter(isOpenDispute)).toEqual(['awaiting_supplier', 'accepted', 'rejected']);
  });
});
