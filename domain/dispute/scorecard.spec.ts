import type { BusinessCalendar } from '../calendar/business-calendar';
import { median, scorecard, type ScorecardDispute } from './scorecard';

const utc: BusinessCalendar = { timeZone: 'UTC', holidays: [], workdayStart: '09:00', workdayEnd: '18:00', weekend: [0, 6] };

function dispute(overrides: Partial<ScorecardDispute>): ScorecardDispute {
  return {
    status: 'awaiting_supplier',
    response: null,
    openedAt: '2026-11-16T09:00:00Z', // Monday
    respondedAt: null,
    overdue: false,
    amountClaimed: 100,
    settledAmount: null,
    currency: 'RUB',
    ...overrides,
  };
}

describe('median', () => {
  it('handles empty, odd, even and tied lists', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([2, 2, 2, 7])).toBe(2);
  });
});

describe('scorecard', () => {
  it('is all zeros and nulls for a supplier without disputes', () => {
    expect(scorecard([], utc)).toEqual({
      disputes: { total: 0, open: 0, closed: 0, settled: 0, writtenOff: 0 },
      responses: { accepted: 0, rejected: 0, unanswered: 0 },
      acceptanceRate: null,
      medianResponseBusinessHours: null,
      deadlineBreaches: 0,
      amounts: [],
    });
  });

  it('counts, rates, business-hour median, breaches and amounts per currency', () => {
    const card = scorecard(
      [
        // answered after 2 business hours (Mon 9–11)
        dispute({ status: 'settled', response: 'accepted', respondedAt: '2026-11-16T11:00:00Z', amountClaimed: 100.1, settledAmount: 80.05 }),
        // opened Monday 17:00, answered Tuesday 10:00: 1 + 1 = 2 business hours
        dispute({ status: 'rejected', response: 'rejected', openedAt: '2026-11-16T17:00:00Z', respondedAt: '2026-11-17T10:00:00Z', amountClaimed: 50 }),
        // answered Friday 17:00 → Monday 12:00 over a weekend: 1 + 3 = 4 business hours, late
        dispute({ status: 'written_off', response: 'accepted', openedAt: '2026-11-20T17:00:00Z', respondedAt: '2026-11-23T12:00:00Z', overdue: true, amountClaimed: 10, currency: 'EUR' }),
        // never answered, overdue, still open
        dispute({ overdue: true, amountClaimed: 0.2 }),
      ],
      utc,
    );
    expect(card.disputes).toEqual({ total: 4, open: 2, closed: 2, settled: 1, writtenOff: 1 });
    expect(card.responses).toEqual({ accepted: 2, rejected: 1, unanswered: 1 });
    expect(card.acceptanceRate).toBeCloseTo(2 / 3, 10);
    expect(card.medianResponseBusinessHours).toBe(2);
    expect(card.deadlineBreaches).toBe(2);
    expect(card.amounts).toEqual([
      { currency: 'EUR', claimed: 10, recovered: 0 },
      { currency: 'RUB', claimed: 150.3, recovered: 80.05 },
    ]);
  });
});
