import { addDays, dayOf, periodProblem, periodQuery, presetPeriod } from './period';

describe('the dashboard period', () => {
  // 21:30 UTC on 31 Oct 2026 is already 1 November in Moscow (UTC+3)
  const lateOctoberUtc = new Date('2026-10-31T21:30:00Z');

  it('counts days in the policy\'s zone, not UTC\'s', () => {
    expect(dayOf(lateOctoberUtc, 'Europe/Moscow')).toBe('2026-11-01');
    expect(dayOf(lateOctoberUtc, 'UTC')).toBe('2026-10-31');
    expect(presetPeriod('thisMonth', lateOctoberUtc, 'Europe/Moscow')).toEqual({ fromDay: '2026-11-01', toDay: '2026-11-01' });
    expect(presetPeriod('thisMonth', lateOctoberUtc, 'UTC')).toEqual({ fromDay: '2026-10-01', toDay: '2026-10-31' });
  });

  it('the presets include today and cross month and year ends', () => {
    const jan = new Date('2027-01-03T12:00:00Z');
    expect(presetPeriod('last7', jan, 'Europe/Moscow')).toEqual({ fromDay: '2026-12-28', toDay: '2027-01-03' });
    expect(presetPeriod('last30', jan, 'Europe/Moscow')).toEqual({ fromDay: '2026-12-05', toDay: '2027-01-03' });
    expect(presetPeriod('lastMonth', jan, 'Europe/Moscow')).toEqual({ fromDay: '2026-12-01', toDay: '2026-12-31' });
    expect(presetPeriod('lastMonth', new Date('2028-03-15T12:00:00Z'), 'UTC')).toEqual({ fromDay: '2028-02-01', toDay: '2028-02-29' });
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('sends each end with the zone\'s offset on that day', () => {
    expect(periodQuery({ fromDay: '2026-11-01', toDay: '2026-11-30' }, 'Europe/Moscow')).toEqual({ from: '2026-11-01T00:00:00.000+03:00', to: '2026-11-30T23:59:59.999+03:00' });
    // Berlin changes to summer time on 29 March 2026: each end has its own offset
    expect(periodQuery({ fromDay: '2026-03-01', toDay: '2026-03-31' }, 'Europe/Berlin')).toEqual({ from: '2026-03-01T00:00:00.000+01:00', to: '2026-03-31T23:59:59.999+02:00' });
  });

  it('refuses a missing day, a malformed one, and an end before the start', () => {
    expect(periodProblem({ toDay: '2026-11-30' })).toBe('fromDay');
    expect(periodProblem({ fromDay: '2026-11-01', toDay: '30.11.2026' })).toBe('toDay');
    expect(periodProblem({ fromDay: '2026-11-30', toDay: '2026-11-01' })).toBe('order');
    expect(periodProblem({ fromDay: '2026-11-01', toDay: '2026-11-01' })).toBeNull();
  });
});
