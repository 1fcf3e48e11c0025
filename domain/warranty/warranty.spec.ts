import type { OrderInfo } from '../claim.types';
import {
  addMonths,
  calendarDateIn,
  checkWarranty,
  daysInMonth,
  isLeapYear,
  parseIsoDate,
  previousDay,
} from './warranty';

const policy = {
  timeZone: 'Europe/Moscow',
  warrantyMonths: { upholstered: 18, cabinet: 24, default: 12 } as Record<string, number> & { default: number },
};

function order(o: Partial<OrderInfo>): Pick<OrderInfo, 'purchasedAt' | 'deliveredAt' | 'category'> {
  return { purchasedAt: '2026-05-10', category: 'upholstered', ...o };
}

/** A claim received at noon Moscow time (09:00 UTC) on `date`. */
const noonMsk = (date: string) => new Date(`${date}T09:00:00.000Z`);

describe('checkWarranty', () => {
  describe('basis', () => {
    it('runs from delivery when the order was delivered', () => {
      const w = checkWarranty(policy, order({ deliveredAt: '2026-05-14' }), noonMsk('2026-10-01'));
      expect(w).toEqual({
        inWarranty: true,
        basis: 'delivery',
        startsOn: '2026-05-14',
        endsOn: '2027-11-13',
        months: 18,
        category: 'upholstered',
      });
    });

    it('runs from purchase when there was no delivery', () => {
      const w = checkWarranty(policy, order({ deliveredAt: undefined }), noonMsk('2026-10-01'));
      expect(w.basis).toBe('purchase');
      expect(w.startsOn).toBe('2026-05-10');
      expect(w.endsOn).toBe('2027-11-09');
    });

    it('treats an empty deliveredAt as no delivery', () => {
      expect(checkWarranty(policy, order({ deliveredAt: '' }), noonMsk('2026-10-01')).basis).toBe('purchase');
    });
  });

  describe('months per category', () => {
    it.each([
      ['upholstered', 18, '2027-11-13'],
      ['cabinet', 24, '2028-05-13'],
      ['lighting', 12, '2027-05-13'],
      ['constructor', 12, '2027-05-13'], // an Object.prototype name is not a category
      ['default', 12, '2027-05-13'],
    ])('%s: %d months', (category, months, endsOn) => {
      const w = checkWarranty(policy, order({ category, deliveredAt: '2026-05-14' }), noonMsk('2026-06-01'));
      expect(w.months).toBe(months);
      expect(w.endsOn).toBe(endsOn);
      expect(w.category).toBe(category);
    });
  });

  describe('month ends and leap years', () => {
    const ends = (start: string, months: number) =>
      checkWarranty({ ...policy, warrantyMonths: { default: months } }, order({ deliveredAt: start, category: 'x' }), noonMsk(start)).endsOn;

    it.each([
      ['2025-08-31', 6, '2026-02-27'], // Feb 31 → Feb 28, minus a day
      ['2027-08-31', 6, '2028-02-28'], // Feb 31 → Feb 29 (leap), minus a day
      ['2024-02-29', 12, '2025-02-27'], // leap day + 1 year → Feb 28, minus a day
      ['2024-02-29', 48, '2028-02-28'], // leap day + 4 years → Feb 29, minus a day
      ['2025-01-31', 1, '2025-02-27'],
      ['2025-03-31', 1, '2025-04-29'], // Apr 31 → Apr 30, minus a day
      ['2025-03-01', 1, '2025-03-31'], // Apr 1 minus a day → end of March
      ['2025-01-01', 12, '2025-12-31'],
      ['2025-12-15', 1, '2026-01-14'], // across a year end
      ['2024-03-01', 12, '2025-02-28'],
      ['2023-03-01', 12, '2024-02-29'], // minus a day lands on a leap day
      ['2026-05-14', 120, '2036-05-13'],
    ])('%s + %d months → last day %s', (start, months, endsOn) => {
      expect(ends(start, months)).toBe(endsOn);
    });
  });

  describe('in or out', () => {
    const delivered = order({ deliveredAt: '2026-05-14', category: 'upholstered' }); // last day 2027-11-13

    it('is in on the day it starts', () => {
      expect(checkWarranty(policy, delivered, noonMsk('2026-05-14')).inWarranty).toBe(true);
    });

    it('is in on the last day of the warranty, until midnight in the policy zone', () => {
      expect(checkWarranty(policy, delivered, noonMsk('2027-11-13')).inWarranty).toBe(true);
      // 23:59:59.999 Moscow = 20:59:59.999 UTC
      expect(checkWarranty(policy, delivered, new Date('2027-11-13T20:59:59.999Z')).inWarranty).toBe(true);
    });

    it('is out on the day after', () => {
      expect(checkWarranty(policy, delivered, noonMsk('2027-11-14')).inWarranty).toBe(false);
      // 00:00 Moscow on the 14th is still the 13th in UTC
      expect(checkWarranty(policy, delivered, new Date('2027-11-13T21:00:00.000Z')).inWarranty).toBe(false);
    });

    it('reads the receive date in the policy zone, not UTC', () => {
      // 22:30 UTC on the 13th: the 13th in London, the 14th in Moscow
      const at = new Date('2027-11-13T22:30:00.000Z');
      expect(checkWarranty(policy, delivered, at).inWarranty).toBe(false);
      expect(checkWarranty({ ...policy, timeZone: 'UTC' }, delivered, at).inWarranty).toBe(true);
      expect(checkWarranty({ ...policy, timeZone: 'Europe/London' }, delivered, at).inWarranty).toBe(true);
    });

    it('is out long after', () => {
      expect(checkWarranty(policy, delivered, noonMsk('2030-01-01')).inWarranty).toBe(false);
    });
  });

  it.each(['2026-02-30', '2026-13-01', '14.05.2026', '2026-5-14', '2026-05-14T10:00:00Z'])(
    'refuses the basis date %p',
    (date) => {
      expect(() => checkWarranty(policy, order({ deliveredAt: date }), noonMsk('2026-06-01'))).toThrow(
        `order.deliveredAt must be a calendar date YYYY-MM-DD, got ${JSON.stringify(date)}`,
      );
    },
  );

  it('refuses a bad purchase date when it is the basis', () => {
    expect(() => checkWarranty(policy, order({ purchasedAt: '' }), noonMsk('2026-06-01'))).toThrow(
      'order.purchasedAt must be a calendar date YYYY-MM-DD, got ""',
    );
  });
});

describe('calendar helpers', () => {
  it('knows leap years', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('adds months across years and clamps the day', () => {
    expect(addMonths({ year: 2025, month: 11, day: 30 }, 3)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addMonths({ year: 2025, month: 1, day: 15 }, 0)).toEqual({ year: 2025, month: 1, day: 15 });
    expect(addMonths({ year: 2025, month: 12, day: 31 }, 1)).toEqual({ year: 2026, month: 1, day: 31 });
  });

  it('steps back a day across month and year ends', () => {
    expect(previousDay({ year: 2026, month: 1, day: 1 })).toEqual({ year: 2025, month: 12, day: 31 });
    expect(previousDay({ year: 2024, month: 3, day: 1 })).toEqual({ year: 2024, month: 2, day: 29 });
    expect(previousDay({ year: 2024, month: 3, day: 15 })).toEqual({ year: 2024, month: 3, day: 14 });
  });

  it('parses strict ISO dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => parseIsoDate('2025-02-29')).toThrow(RangeError);
    expect(() => parseIsoDate('2025-00-10')).toThrow(RangeError);
    expect(() => parseIsoDate('2025-01-00')).toThrow(RangeError);
  });

  it('reads an instant as a date in a zone', () => {
    const at = new Date('2026-12-31T21:30:00.000Z');
    expect(calendarDateIn(at, 'Europe/Moscow')).toEqual({ year: 2027, month: 1, day: 1 });
    expect(calendarDateIn(at, 'UTC')).toEqual({ year: 2026, month: 12, day: 31 });
    expect(calendarDateIn(at, 'America/Los_Angeles')).toEqual({ year: 2026, month: 12, day: 31 });
    expect(() => calendarDateIn(new Date('x'), 'UTC')).toThrow(RangeError);
  });
});
