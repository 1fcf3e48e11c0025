import type { RemedyInput } from '../claim.types';
import type { ClaimsPolicy } from '../policy/policy.types';
import { remedyDeadline, remedyRefusal } from './statutory-deadline';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

const policy: ClaimsPolicy = {
  name: 'spec',
  timeZone: 'Europe/Moscow',
  calendarDay: '1d',
  firstResponseSla: '24h',
  remedyDeadlines: {
    refund: '10d',
    price_reduction: '11d',
    repair_cost_reimbursement: '12d',
    replacement: '7d',
    replacementWithQualityCheck: '20d',
    replacementOutOfStock: '30d',
    repairMax: '45d',
    rejected: '13d',
  },
  deadlineWarningBefore: '2d',
  penaltyRatePerDay: 0.01,
  reopenWindow: '30d',
  duplicateWindow: '30d',
  warrantyMonths: { default: 12 },
  extraDefectCodes: [],
  idempotencyKeyTtl: '24h',
};

const demandedAt = new Date('2026-11-22T09:30:00.000Z');
const plus = (ms: number) => new Date(demandedAt.getTime() + ms);

describe('remedyRefusal', () => {
  it.each<RemedyInput>([
    { kind: 'refund' },
    { kind: 'price_reduction' },
    { kind: 'repair_cost_reimbursement' },
    { kind: 'replacement' },
    { kind: 'replacement', qualityCheck: true },
    { kind: 'replacement', outOfStock: true },
    { kind: 'replacement', qualityCheck: true, outOfStock: true },
    { kind: 'replacement', qualityCheck: false, outOfStock: false },
    { kind: 'repair', agreedRepairDays: 1 },
    { kind: 'repair', agreedRepairDays: 20 },
    { kind: 'repair', agreedRepairDays: 45 },
    { kind: 'rejected', reason: 'the seams were cut by the customer' },
    { kind: 'refund', qualityCheck: false, outOfStock: false },
  ])('accepts %j', (remedy) => {
    expect(remedyRefusal(policy, remedy)).toBeNull();
  });

  describe('repair', () => {
    it('caps the agreed time at repairMax (art. 20)', () => {
      expect(remedyRefusal(policy, { kind: 'repair', agreedRepairDays: 46 })).toBe(
        'agreed repair time of 46 days exceeds the statutory maximum of 45 days (art. 20)',
      );
      expect(remedyRefusal(policy, { kind: 'repair', agreedRepairDays: 50 })).toBe(
        'agreed repair time of 50 days exceeds the statutory maximum of 45 days (art. 20)',
      );
    });

    it('measures the cap in the policy calendar day', () => {
      const short = { ...policy, calendarDay: '2s', remedyDeadlines: { ...policy.remedyDeadlines, repairMax: '40s' } };
      expect(remedyRefusal(short, { kind: 'repair', agreedRepairDays: 20 })).toBeNull();
      expect(remedyRefusal(short, { kind: 'repair', agreedRepairDays: 21 })).toBe(
        'agreed repair time of 21 days exceeds the statutory maximum of 20 days (art. 20)',
      );
    });

    it.each([undefined, null, 0, -3, 2.5, NaN, '20'])('needs whole agreed days >= 1, not %p', (days) => {
      expect(remedyRefusal(policy, { kind: 'repair', agreedRepairDays: days as number })).toBe(
        'a repair needs the repair time agreed in writing, in whole days (agreedRepairDays >= 1)',
      );
    });
  });

  describe('rejected', () => {
    it.each([undefined, '', '   \n', 42])('needs a written reason, not %p', (reason) => {
      expect(remedyRefusal(policy, { kind: 'rejected', reason: reason as string })).toBe(
        'a rejected claim needs a written reason',
      );
    });
  });

  describe('options that belong to another remedy', () => {
    it.each(['refund', 'price_reduction', 'repair_cost_reimbursement', 'repair', 'rejected'] as const)(
      'qualityCheck and outOfStock only for a replacement, not %s',
      (kind) => {
        const base: RemedyInput = { kind, agreedRepairDays: kind === 'repair' ? 5 : undefined, reason: kind === 'rejected' ? 'r' : undefined };
        expect(remedyRefusal(policy, { ...base, qualityCheck: true })).toBe('qualityCheck only applies to a replacement');
        expect(remedyRefusal(policy, { ...base, outOfStock: true })).toBe('outOfStock only applies to a replacement');
      },
    );

    it.each(['refund', 'price_reduction', 'repair_cost_reimbursement', 'replacement', 'rejected'] as const)(
      'agreedRepairDays only for a repair, not %s',
      (kind) => {
        const reason = kind === 'rejected' ? 'r' : undefined;
        expect(remedyRefusal(policy, { kind, reason, agreedRepairDays: 5 })).toBe('agreedRepairDays only applies to a repair');
      },
    );

    it.each(['refund', 'price_reduction', 'repair_cost_reimbursement', 'replacement', 'repair'] as const)(
      'reason only for a rejected claim, not %s',
      (kind) => {
        const agreedRepairDays = kind === 'repair' ? 5 : undefined;
        expect(remedyRefusal(policy, { kind, agreedRepairDays, reason: 'because' })).toBe(
          'reason only applies to a rejected claim',
        );
      },
    );

    it('treats null like absent', () => {
      expect(
        remedyRefusal(policy, { kind: 'refund', agreedRepairDays: null, reason: null } as unknown as RemedyInput),
      ).toBeNull();
    });
  });

  it('refuses a flag that is not a boolean', () => {
    expect(remedyRefusal(policy, { kind: 'replacement', qualityCheck: 'yes' as unknown as boolean })).toBe(
      'qualityCheck must be true or false',
    );
  });

  it('refuses an unknown remedy kind', () => {
    expect(remedyRefusal(policy, { kind: 'voucher' as never })).toBe(
      'unknown remedy "voucher" (one of refund, price_reduction, repair_cost_reimbursement, replacement, repair, rejected)',
    );
  });
});

describe('remedyDeadline', () => {
  it.each<[RemedyInput, number, string]>([
    [{ kind: 'refund' }, 10, 'art. 22 (refund): 10 days'],
    [{ kind: 'price_reduction' }, 11, 'art. 22 (price reduction): 11 days'],
    [{ kind: 'repair_cost_reimbursement' }, 12, 'art. 22 (repair cost reimbursement): 12 days'],
    [{ kind: 'replacement' }, 7, 'art. 21 (replacement): 7 days'],
    [{ kind: 'replacement', qualityCheck: false, outOfStock: false }, 7, 'art. 21 (replacement): 7 days'],
    [{ kind: 'replacement', qualityCheck: true }, 20, 'art. 21 (replacement with quality check): 20 days'],
    [{ kind: 'replacement', outOfStock: true }, 30, 'art. 21 (replacement, out of stock): 30 days'],
    [{ kind: 'replacement', outOfStock: true, qualityCheck: true }, 30, 'art. 21 (replacement, out of stock): 30 days'],
    [{ kind: 'repair', agreedRepairDays: 20 }, 20, 'art. 20 (repair as agreed): 20 days'],
    [{ kind: 'repair', agreedRepairDays: 45 }, 45, 'art. 20 (repair as agreed): 45 days'],
    [{ kind: 'repair', agreedRepairDays: 1 }, 1, 'art. 20 (repair as agreed): 1 day'],
    [{ kind: 'rejected', reason: 'misuse' }, 13, 'written answer (rejected): 13 days'],
  ])('%j: deadline after %d days', (remedy, days, basis) => {
    const d = remedyDeadline(policy, remedy, demandedAt);
    expect(d.deadlineAt.toISOString()).toBe(plus(days * DAY).toISOString());
    expect(d.basis).toBe(basis);
  });

  it('warns deadlineWarningBefore ahead of the deadline', () => {
    const d = remedyDeadline(policy, { kind: 'refund' }, demandedAt);
    expect(d.warningAt.toISOString()).toBe(plus(8 * DAY).toISOString());
  });

  it('never warns before the demand', () => {
    const d = remedyDeadline(policy, { kind: 'repair', agreedRepairDays: 1 }, demandedAt);
    expect(d.deadlineAt.toISOString()).toBe(plus(DAY).toISOString());
    expect(d.warningAt.toISOString()).toBe(demandedAt.toISOString());
  });

  it('warns at the demand when the warning period equals the remedy period', () => {
    const d = remedyDeadline({ ...policy, deadlineWarningBefore: '10d' }, { kind: 'refund' }, demandedAt);
    expect(d.warningAt.toISOString()).toBe(demandedAt.toISOString());
    const later = remedyDeadline({ ...policy, deadlineWarningBefore: '239h' }, { kind: 'refund' }, demandedAt);
    expect(later.warningAt.toISOString()).toBe(plus(HOUR).toISOString());
  });

  it('counts in the policy calendar day, and rounds the days shown', () => {
    const short: ClaimsPolicy = {
      ...policy,
      calendarDay: '2s',
      deadlineWarningBefore: '2s',
      remedyDeadlines: { ...policy.remedyDeadlines, replacement: '14s', refund: '11s', repairMax: '40s' },
    };
    const repair = remedyDeadline(short, { kind: 'repair', agreedRepairDays: 3 }, demandedAt);
    expect(repair.deadlineAt.getTime() - demandedAt.getTime()).toBe(6000);
    expect(repair.warningAt.getTime() - demandedAt.getTime()).toBe(4000);
    expect(repair.basis).toBe('art. 20 (repair as agreed): 3 days');
    expect(remedyDeadline(short, { kind: 'replacement' }, demandedAt).basis).toBe('art. 21 (replacement): 7 days');
    // 11s / 2s = 5.5 → 6
    expect(remedyDeadline(short, { kind: 'refund' }, demandedAt).basis).toBe('art. 22 (refund): 6 days');
  });

  it('does not mutate demandedAt', () => {
    const at = new Date(demandedAt.getTime());
    remedyDeadline(policy, { kind: 'refund' }, at);
    expect(at.getTime()).toBe(demandedAt.getTime());
  });

  it('throws the refusal for an unacceptable remedy', () => {
    expect(() => remedyDeadline(policy, { kind: 'repair', agreedRepairDays: 50 }, demandedAt)).toThrow(
      'agreed repair time of 50 days exceeds the statutory maximum of 45 days (art. 20)',
    );
    expect(() => remedyDeadline(policy, { kind: 'rejected' }, demandedAt)).toThrow('a rejected claim needs a written reason');
  });

  it('throws on an invalid demand date', () => {
    expect(() => remedyDeadline(policy, { kind: 'refund' }, new Date('nope'))).toThrow(RangeError);
  });
});
