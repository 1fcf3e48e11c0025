import {
  holidayListWarning,
  businessHoursBetween,
  businessSchedule,
  isBusinessDay,
  minutesOfDay,
  nthBusinessDayAfter,
  zonedInstant,
  type BusinessCalendar,
} from './business-calendar';

const moscow: BusinessCalendar = {
  timeZone: 'Europe/Moscow',
  holidays: ['2026-11-04', '2026-12-31', '2027-01-01', '2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08'],
  workdayStart: '09:00',
  workdayEnd: '18:00',
  weekend: [0, 6],
};
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('business calendar', () => {
  it('skips the opening day and weekends: 10 business days from a Friday end on the second Friday after', () => {
    const { deadlineAt } = businessSchedule(at('2026-11-20T07:00:00Z'), 10, [], moscow); // Fri 10:00 MSK
    expect(iso(deadlineAt)).toBe('2026-12-04T15:00:00.000Z'); // Fri 18:00 MSK
  });

  it('a task opened on a Saturday counts from Monday', () => {
    const { deadlineAt } = businessSchedule(at('2026-11-21T09:00:00Z'), 1, [], moscow);
    expect(iso(deadlineAt)).toBe('2026-11-23T15:00:00.000Z');
  });

  it('skips listed holidays', () => {
    // Tue 3 Nov; Wed 4 Nov is National Unity Day
    expect(iso(businessSchedule(at('2026-11-03T09:00:00Z'), 1, [], moscow).deadlineAt)).toBe('2026-11-05T15:00:00.000Z');
    expect(iso(businessSchedule(at('2026-11-03T09:00:00Z'), 1, [], { ...moscow, holidays: [] }).deadlineAt)).toBe(
      '2026-11-04T15:00:00.000Z',
    );
  });

  it('crosses month and year ends through the New Year holidays', () => {
    const d = nthBusinessDayAfter(at('2026-12-30T09:00:00Z'), 3, moscow);
    expect(d).toEqual({ year: 2027, month: 1, day: 13 });
    const feb = nthBusinessDayAfter(at('2026-02-27T09:00:00Z'), 1, { ...moscow, holidays: [] }); // Fri 27 Feb
    expect(feb).toEqual({ year: 2026, month: 3, day: 2 });
  });

  it('takes the day from the calendar time zone, not from UTC', () => {
    const opened = at('2026-11-22T22:00:00Z'); // Sunday in UTC, Monday 01:00 in Moscow
    expect(iso(businessSchedule(opened, 1, [], moscow).deadlineAt)).toBe('2026-11-24T15:00:00.000Z'); // Tue 18:00 MSK
    const utc = { ...moscow, timeZone: 'UTC' };
    expect(iso(businessSchedule(opened, 1, [], utc).deadlineAt)).toBe('2026-11-23T18:00:00.000Z'); // Mon 18:00 UTC
  });

  it('keeps local working hours across a daylight-saving change', () => {
    const ny = { ...moscow, timeZone: 'America/New_York', holidays: [] };
    // Fri 30 Oct 2026 12:00 EDT; clocks go back on Sun 1 Nov
    expect(iso(businessSchedule(at('2026-10-30T16:00:00Z'), 1, [], ny).deadlineAt)).toBe('2026-11-02T23:00:00.000Z'); // 18:00 EST
    expect(iso(zonedInstant({ year: 2026, month: 10, day: 30 }, 18 * 60, 'America/New_York'))).toBe('2026-10-30T22:00:00.000Z'); // 18:00 EDT
  });

  it('puts reminders k business days before the deadline, dropping offsets outside 1…days−1', () => {
    const { deadlineAt, remindersAt } = businessSchedule(at('2026-11-20T07:00:00Z'), 10, [1, 3, 0, 10, 11, 1.5, 3], moscow);
    expect(iso(deadlineAt)).toBe('2026-12-04T15:00:00.000Z');
    expect(remindersAt.map(iso)).toEqual(['2026-12-01T15:00:00.000Z', '2026-12-03T15:00:00.000Z']);
  });

  it('counts business hours only inside working hours of business days', () => {
    expect(businessHoursBetween(at('2026-11-20T07:00:00Z'), at('2026-11-20T09:00:00Z'), moscow)).toBe(2); // Fri 10–12
    expect(businessHoursBetween(at('2026-11-20T14:00:00Z'), at('2026-11-23T07:00:00Z'), moscow)).toBe(2); // Fri 17–18 + Mon 9–10
    expect(businessHoursBetween(at('2026-11-03T14:00:00Z'), at('2026-11-05T07:00:00Z'), moscow)).toBe(2); // over the 4 Nov holiday
    expect(businessHoursBetween(at('2026-11-21T10:00:00Z'), at('2026-11-22T10:00:00Z'), moscow)).toBe(0); // weekend
    expect(businessHoursBetween(at('2026-11-20T09:00:00Z'), at('2026-11-20T07:00:00Z'), moscow)).toBe(0); // reversed
    expect(businessHoursBetween(at('2026-11-16T06:00:00Z'), at('2026-11-20T15:00:00Z'), moscow)).toBe(45); // a whole week
  });

  it('refuses nonsense', () => {
    expect(() => nthBusinessDayAfter(0, 0, moscow)).toThrow(/whole number >= 1/);
    expect(() => nthBusinessDayAfter(0, 1, { ...moscow, weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrow(/no 1 business days/);
    expect(() => minutesOfDay('9:00')).toThrow(/HH:MM/);
    expect(minutesOfDay('18:30')).toBe(1110);
    expect(isBusinessDay({ year: 2026, month: 11, day: 4 }, moscow)).toBe(false);
    expect(isBusinessDay({ year: 2026, month: 11, day: 5 }, moscow)).toBe(true);
  });
});

describe('holidayListWarning', () => {
  const calendar = { timeZone: 'Europe/Moscow', holidays: ['2026-01-01', '2026-11-04', '2027-01-01'], workdayStart: '09:00', workdayEnd: '18:00', weekend: [0, 6] };
  const at = (iso: string) => Date.parse(iso);

  it('is quiet while this year (and from October the next) has holidays listed', () => {
    expect(holidayListWarning(calendar, at('2026-11-23T10:00:00Z'))).toBeNull();
    expect(holidayListWarning({ ...calendar, holidays: ['2026-01-01'] }, at('2026-09-30T10:00:00Z'))).toBeNull();
  });

  it('names the missing years, in the calendar time zone', () => {
    expect(holidayListWarning({ ...calendar, holidays: ['2026-01-01'] }, at('2026-10-01T10:00:00Z'))).toMatch(/no holiday in 2027:/);
    expect(holidayListWarning(calendar, at('2028-02-01T10:00:00Z'))).toMatch(/no holiday in 2028:/);
    expect(holidayListWarning({ ...calendar, holidays: ['2025-05-01'] }, at('2026-12-01T10:00:00Z'))).toMatch(/no holiday in 2026 or 2027:/);
    // 2026-12-31 21:30 UTC is already January 2027 in Moscow: only 2027 counts
    expect(holidayListWarning({ ...calendar, holidays: ['2027-01-01'] }, at('2026-12-31T21:30:00Z'))).toBeNull();
    expect(holidayListWarning({ ...calendar, holidays: ['2027-01-01'] }, at('2026-12-31T20:30:00Z'))).toMatch(/no holiday in 2026:/);
  });

  it('takes a calendar without any holidays as deliberate', () => {
    expect(holidayListWarning({ ...calendar, holidays: [] }, at('2030-01-01T00:00:00Z'))).toBeNull();
  });
});
