const { sweepStarts } = require('./clock-sweep') as { sweepStarts(now: number, holidays: string[], limit?: number): string[] };

describe('clock sweep starts', () => {
  const now = Date.parse('2026-11-30T17:00:00Z');
  const holidays = ['2026-12-31', '2027-01-01', '2027-01-04', '2027-02-23', '2026-11-04'];

  it('starts on the eve of each future holiday block, on a Friday evening and every two months, all after now', () => {
    const starts = sweepStarts(now, holidays);
    expect(starts).toEqual([
      '2026-12-01T06:00:00.000Z',
      '2026-12-04T15:30:00.000Z',
      '2026-12-30T09:00:00.000Z', // the eve of 31 Dec – 1 Jan
      '2027-01-03T09:00:00.000Z', // 4 Jan follows a weekend, not a holiday: its own block
      '2027-01-31T06:00:00.000Z',
      '2027-02-22T09:00:00.000Z',
      '2027-04-02T06:00:00.000Z',
      '2027-06-02T06:00:00.000Z',
      '2027-08-02T06:00:00.000Z',
      '2027-10-02T06:00:00.000Z',
    ]);
    expect(starts.every((s) => Date.parse(s) > now)).toBe(true);
  });

  it('keeps the holiday eves when it must drop starts', () => {
    expect(sweepStarts(now, holidays, 4)).toEqual(['2026-12-01T06:00:00.000Z', '2026-12-30T09:00:00.000Z', '2027-01-03T09:00:00.000Z', '2027-02-22T09:00:00.000Z']);
  });
});
