import type { ClaimAction, ClaimStatus } from '../claim.types';
import { allowedActions, checkAction, OPEN_STATUSES, statusAfter, SYSTEM_TRANSITIONS, TRANSITIONS, type TransitionSubject } from './transitions';

/*
 * The expected lifecycle, written out by hand (not derived from TRANSITIONS).
 * A cell is the status after the action, X (refused because of the status), or a
 * refusal for another reason.
 */
const X = { refusedByStatus: true } as const;
const ALREADY_WAITING = { refused: 'the claim is already waiting on the customer' } as const;
const NOT_WAITING = { refused: 'the claim is not waiting on the customer' } as const;
type Cell = ClaimStatus | typeof X | { refused: string };

const COLUMNS: ClaimStatus[] = ['received', 'triaged', 'remedy_in_progress', 'resolved', 'follow_up', 'closed'];

// prettier-ignore
const WHEN_NOT_WAITING: Record<ClaimAction, Cell[]> = {
  //                     received     triaged      remedy_in_progress    resolved     follow_up    closed
  triage:              ['triaged',   'triaged',   X,                    X,           X,           X],
  remedy:              [X,           'remedy_in_progress', X,           X,           X,           X],
  complete_remedy:     [X,           X,           'resolved',           X,           X,           X],
  notes:               ['received',  'triaged',   'remedy_in_progress', 'resolved',  'follow_up', 'closed'],
  reopen:              [X,           X,           X,                    'triaged',   'triaged',   'triaged'],
  withdraw:            ['closed',    'closed',    'closed',             X,           X,           X],
  waiting_on_customer: ['received',  'triaged',   'remedy_in_progress', X,           X,           X],
  customer_responded:  [NOT_WAITING, NOT_WAITING, NOT_WAITING,          NOT_WAITING, NOT_WAITING, NOT_WAITING],
  open_supplier_dispute: [X,         'triaged',   'remedy_in_progress', 'resolved',  'follow_up', X],
  review_reply:        ['received',  'triaged',   'remedy_in_progress', 'resolved',  'follow_up', X],
  correct_order:       ['received',  'triaged',   'remedy_in_progress', X,           X,           X],
  resend_survey:       [X,           X,           X,                    X,           'follow_up', X],
};

// prettier-ignore
const WHEN_WAITING: Record<ClaimAction, Cell[]> = {
  //                     received         triaged          remedy_in_progress    resolved     follow_up    closed
  triage:              ['triaged',       'triaged',       X,                    X,           X,           X],
  remedy:              [X,               'remedy_in_progress', X,               X,           X,           X],
  complete_remedy:     [X,               X,               'resolved',           X,           X,           X],
  notes:               ['received',      'triaged',       'remedy_in_progress', 'resolved',  'follow_up', 'closed'],
  reopen:              [X,               X,               X,                    'triaged',   'triaged',   'triaged'],
  withdraw:            ['closed',        'closed',        'closed',             X,           X,           X],
  waiting_on_customer: [ALREADY_WAITING, ALREADY_WAITING, ALREADY_WAITING,      X,           X,           X],
  customer_responded:  ['received',      'triaged',       'remedy_in_progress', 'resolved',  'follow_up', 'closed'],
  open_supplier_dispute: [X,             'triaged',       'remedy_in_progress', 'resolved',  'follow_up', X],
  review_reply:        ['received',      'triaged',       'remedy_in_progress', 'resolved',  'follow_up', X],
  correct_order:       ['received',      'triaged',       'remedy_in_progress', X,           X,           X],
  resend_survey:       [X,               X,               X,                    X,           'follow_up', X],
};

const DESCRIBE: Record<ClaimAction, string> = {
  triage: 'triage the claim',
  remedy: 'choose a remedy',
  complete_remedy: 'complete a remedy',
  notes: 'add a note',
  reopen: 'reopen the claim',
  withdraw: 'withdraw the claim',
  waiting_on_customer: 'wait on the customer',
  customer_responded: 'record a customer response',
  open_supplier_dispute: 'open a supplier dispute',
  review_reply: 'record a public reply to the review',
  correct_order: 'correct the order facts',
  resend_survey: 'resend the survey link',
};

const STATUS_TEXT: Record<ClaimStatus, string> = {
  received: 'received',
  triaged: 'triaged',
  remedy_in_progress: 'remedy in progress',
  resolved: 'resolved',
  follow_up: 'in follow-up',
  closed: 'closed',
};

const now = new Date('2026-11-22T10:00:00.000Z');
const inAWeek = '2026-11-29T10:00:00.000Z';

function cases(table: Record<ClaimAction, Cell[]>): [ClaimAction, ClaimStatus, Cell][] {
  return (Object.keys(table) as ClaimAction[]).flatMap((action) =>
    COLUMNS.map((status, i): [ClaimAction, ClaimStatus, Cell] => [action, status, table[action][i]]),
  );
}

function expectCell(subject: TransitionSubject, action: ClaimAction, cell: Cell): void {
  const result = checkAction(subject, action, now);
  if (typeof cell === 'string') {
    expect(result).toEqual({ allowed: true, to: cell });
  } else if ('refusedByStatus' in cell) {
    expect(result).toEqual({
      allowed: false,
      reason: `cannot ${DESCRIBE[action]} while the claim is ${STATUS_TEXT[subject.status]}`,
    });
  } else {
    expect(result).toEqual({ allowed: false, reason: cell.refused });
  }
}

describe('checkAction', () => {
  it('has a row for every action and a cell for every status', () => {
    for (const table of [WHEN_NOT_WAITING, WHEN_WAITING]) {
      expect(Object.keys(table).sort()).toEqual(Object.keys(DESCRIBE).sort());
      for (const row of Object.values(table)) expect(row).toHaveLength(COLUMNS.length);
    }
  });

  describe('not waiting on the customer', () => {
    it.each(cases(WHEN_NOT_WAITING))('%s while %s', (action, status, cell) => {
      expectCell({ status, waitingOnCustomer: false, reopenUntil: inAWeek, negativeReview: true, surveyOpen: true, classified: true }, action, cell);
    });
  });

  describe('waiting on the customer', () => {
    it.each(cases(WHEN_WAITING))('%s while %s', (action, status, cell) => {
      expectCell({ status, waitingOnCustomer: true, reopenUntil: inAWeek, negativeReview: true, surveyOpen: true, classified: true }, action, cell);
    });
  });

  it('words a status refusal as the API shows it', () => {
    expect(checkAction({ status: 'received', waitingOnCustomer: false }, 'complete_remedy', now)).toEqual({
      allowed: false,
      reason: 'cannot complete a remedy while the claim is received',
    });
    expect(checkAction({ status: 'remedy_in_progress', waitingOnCustomer: false }, 'triage', now)).toEqual({
      allowed: false,
      reason: 'cannot triage the claim while the claim is remedy in progress',
    });
  });

  it('resends a survey link only while it is out and unanswered', () => {
    expect(checkAction({ status: 'follow_up', waitingOnCustomer: false, surveyOpen: false }, 'resend_survey', now)).toEqual({
      allowed: false,
      reason: 'the survey is not waiting for an answer (not sent yet, answered or expired)',
    });
    expect(checkAction({ status: 'follow_up', waitingOnCustomer: false, surveyOpen: true }, 'resend_survey', now)).toEqual({ allowed: true, to: 'follow_up' });
  });

  it('checks the status before the waiting flag', () => {
    expect(checkAction({ status: 'closed', waitingOnCustomer: true }, 'waiting_on_customer', now)).toEqual({
      allowed: false,
      reason: 'cannot wait on the customer while the claim is closed',
    });
  });

  describe('the reopen window of a closed claim', () => {
    const until = '2026-12-22T10:00:00.000Z';
    const closed: TransitionSubject = { status: 'closed', waitingOnCustomer: false, reopenUntil: until, classified: true };
    const at = (iso: string) => new Date(iso);

    it('allows a reopen 1 ms before the window ends', () => {
      expect(checkAction(closed, 'reopen', at('2026-12-22T09:59:59.999Z'))).toEqual({ allowed: true, to: 'triaged' });
    });

    it('refuses a reopen at the instant the window ends', () => {
      expect(checkAction(closed, 'reopen', at(until))).toEqual({
        allowed: false,
        reason: 'the reopen window ended on 2026-12-22T10:00:00.000Z',
      });
    });

    it('refuses a reopen after the window', () => {
      expect(checkAction(closed, 'reopen', at('2027-01-01T00:00:00.000Z'))).toEqual({
        allowed: false,
        reason: 'the reopen window ended on 2026-12-22T10:00:00.000Z',
      });
    });

    it('compares instants, whatever the offset the ISO string is written in', () => {
      const msk: TransitionSubject = { ...closed, reopenUntil: '2026-12-22T13:00:00+03:00' };
      expect(checkAction(msk, 'reopen', at('2026-12-22T09:59:59.999Z')).allowed).toBe(true);
      expect(checkAction(msk, 'reopen', at('2026-12-22T10:00:00.000Z'))).toEqual({
        allowed: false,
        reason: 'the reopen window ended on 2026-12-22T13:00:00+03:00',
      });
    });

    it.each([undefined, '', 'soon'])('refuses a reopen when the window is %p', (reopenUntil) => {
      expect(checkAction({ ...closed, reopenUntil }, 'reopen', now)).toEqual({
        allowed: false,
        reason: 'the claim has no reopen window',
      });
    });

    it.each(['resolved', 'follow_up'] as const)('does not apply to a %s claim', (status) => {
      const past = { status, waitingOnCustomer: false, reopenUntil: '2020-01-01T00:00:00.000Z', classified: true };
      expect(checkAction(past, 'reopen', now)).toEqual({ allowed: true, to: 'triaged' });
      expect(checkAction({ status, waitingOnCustomer: false, classified: true }, 'reopen', now)).toEqual({ allowed: true, to: 'triaged' });
    });

    it('does not limit the other actions of a closed claim', () => {
      const expired = { ...closed, reopenUntil: '2020-01-01T00:00:00.000Z' };
      expect(checkAction(expired, 'notes', now)).toEqual({ allowed: true, to: 'closed' });
    });
  });

  it('refuses to withdraw a claim while supplier disputes are open, and says how many', () => {
    expect(checkAction({ status: 'triaged', waitingOnCustomer: false, openDisputes: 1 }, 'withdraw', now)).toEqual({
      allowed: false,
      reason: '1 supplier dispute is still open: settle or write it off first',
    });
    expect(checkAction({ status: 'remedy_in_progress', waitingOnCustomer: false, openDisputes: 2 }, 'withdraw', now)).toEqual({
      allowed: false,
      reason: '2 supplier disputes are still open: settle or write them off first',
    });
    expect(checkAction({ status: 'received', waitingOnCustomer: false, openDisputes: 0 }, 'withdraw', now)).toEqual({ allowed: true, to: 'closed' });
  });

  it('refuses a review reply for a claim without a negative linked review', () => {
    expect(checkAction({ status: 'triaged', waitingOnCustomer: false }, 'review_reply', now)).toEqual({
      allowed: false,
      reason: 'the claim is not linked to a negative public review',
    });
    expect(allowedActions({ status: 'follow_up', waitingOnCustomer: false, negativeReview: true }, now)).toContain('review_reply');
  });

  it('refuses an unknown action', () => {
    expect(checkAction({ status: 'received', waitingOnCustomer: false }, 'escalate' as ClaimAction, now)).toEqual({
      allowed: false,
      reason: 'unknown action "escalate"',
    });
    expect(checkAction({ status: 'received', waitingOnCustomer: false }, 'toString' as ClaimAction, now).allowed).toBe(false);
  });
});

describe('allowedActions', () => {
  it.each<[TransitionSubject, ClaimAction[]]>([
    [{ status: 'received', waitingOnCustomer: false }, ['triage', 'notes', 'withdraw', 'waiting_on_customer', 'correct_order']],
    [{ status: 'received', waitingOnCustomer: true }, ['triage', 'notes', 'withdraw', 'customer_responded', 'correct_order']],
    [{ status: 'triaged', waitingOnCustomer: false }, ['triage', 'remedy', 'notes', 'withdraw', 'waiting_on_customer', 'open_supplier_dispute', 'correct_order']],
    [{ status: 'triaged', waitingOnCustomer: false, openDisputes: 1 }, ['triage', 'remedy', 'notes', 'waiting_on_customer', 'open_supplier_dispute', 'correct_order']],
    [{ status: 'remedy_in_progress', waitingOnCustomer: false }, ['complete_remedy', 'notes', 'withdraw', 'waiting_on_customer', 'open_supplier_dispute', 'correct_order']],
    [{ status: 'remedy_in_progress', waitingOnCustomer: true }, ['complete_remedy', 'notes', 'withdraw', 'customer_responded', 'open_supplier_dispute', 'correct_order']],
    [{ status: 'resolved', waitingOnCustomer: false }, ['notes', 'reopen', 'open_supplier_dispute']],
    [{ status: 'follow_up', waitingOnCustomer: false }, ['notes', 'reopen', 'open_supplier_dispute']],
    [{ status: 'closed', waitingOnCustomer: false, reopenUntil: '2026-12-01T00:00:00.000Z' }, ['notes', 'reopen']],
    [{ status: 'closed', waitingOnCustomer: false, reopenUntil: '2026-11-22T10:00:00.000Z' }, ['notes']],
    [{ status: 'closed', waitingOnCustomer: false }, ['notes']],
    [{ status: 'closed', waitingOnCustomer: true }, ['notes', 'customer_responded']],
  ])('%j → %j', (subject, expected) => {
    expect(allowedActions(subject, now)).toEqual(expected);
  });
});

describe('OPEN_STATUSES', () => {
  it('are the statuses a claim is worked on in', () => {
    expect(OPEN_STATUSES).toEqual(['received', 'triaged', 'remedy_in_progress']);
  });
});

describe('statusAfter: the only way the workflow changes a claim status', () => {
  const subject = (status: TransitionSubject['status'], extra: Partial<TransitionSubject> = {}): TransitionSubject => ({ status, waitingOnCustomer: false, ...extra });

  it('a reopened claim goes back to triaged, or to received when it was never triaged (withdrawn at once)', () => {
    expect(statusAfter(subject('closed', { classified: true }), 'reopen')).toBe('triaged');
    expect(statusAfter(subject('closed', { classified: false }), 'reopen')).toBe('received');
    expect(checkAction(subject('closed', { reopenUntil: '2099-01-01T00:00:00.000Z' }), 'reopen', now)).toEqual({ allowed: true, to: 'received' });
  });

  it.each([
    ['start_follow_up', 'resolved', 'follow_up'],
    ['close', 'resolved', 'closed'],
    ['close', 'follow_up', 'closed'],
    ['archive', 'closed', 'closed'],
  ] as const)('system step %s: %s → %s', (step, from, to) => {
    expect(statusAfter(subject(from), step)).toBe(to);
  });

  it.each([
    ['start_follow_up', 'follow_up'],
    ['close', 'received'],
    ['close', 'closed'],
    ['archive', 'follow_up'],
    ['complete_remedy', 'triaged'],
    ['withdraw', 'resolved'],
  ] as const)('refuses %s from %s: a move the lifecycle does not have is a bug, never recorded', (step, from) => {
    expect(() => statusAfter(subject(from), step)).toThrow(`the lifecycle has no transition "${step}" from ${from}`);
  });

  it('staff actions lead where checkAction says, for every status they are allowed in', () => {
    let checked = 0;
    for (const [name, rule] of Object.entries(TRANSITIONS)) {
      const action = name as keyof typeof TRANSITIONS;
      for (const from of rule.from) {
        const s = subject(from, { classified: true, reopenUntil: '2099-01-01T00:00:00.000Z', negativeReview: true, surveyOpen: true, waitingOnCustomer: action === 'customer_responded' });
        const check = checkAction(s, action, now);
        expect([action, from, check.allowed]).toEqual([action, from, true]);
        if (check.allowed) expect([action, from, statusAfter(s, action)]).toEqual([action, from, check.to]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
    expect(Object.keys(SYSTEM_TRANSITIONS)).toEqual(['start_follow_up', 'close', 'archive']);
  });
});
