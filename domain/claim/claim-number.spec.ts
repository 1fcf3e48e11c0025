import { formatClaimNumber, parseClaimNumber } from './claim-number';

describe('formatClaimNumber', () => {
  it.each<[number, number, string]>([
    [2026, 1, 'CL-2026-000001'],
    [2026, 123, 'CL-2026-000123'],
    [2026, 999999, 'CL-2026-999999'],
    [2026, 1000000, 'CL-2026-1000000'],
    [2027, 12345678, 'CL-2027-12345678'],
    [1000, 5, 'CL-1000-000005'],
    [9999, 5, 'CL-9999-000005'],
  ])('(%d, %d) → %s', (year, seq, expected) => {
    expect(formatClaimNumber(year, seq)).toBe(expected);
  });

  it.each<[number, number]>([
    [26, 1],
    [999, 1],
    [10000, 1],
    [2026.5, 1],
    [NaN, 1],
    [2026, 0],
    [2026, -1],
    [2026, 1.5],
    [2026, Number.MAX_SAFE_INTEGER + 1],
    [2026, Infinity],
  ])('refuses (%p, %p)', (year, seq) => {
    expect(() => formatClaimNumber(year, seq)).toThrow(RangeError);
  });
});

describe('parseClaimNumber', () => {
  it.each<[string, number, number]>([
    ['CL-2026-000123', 2026, 123],
    ['CL-2026-000001', 2026, 1],
    ['CL-2026-999999', 2026, 999999],
    ['CL-2026-1000000', 2026, 1000000],
    ['CL-2030-12345678', 2030, 12345678],
  ])('%s → %d / %d', (s, year, seq) => {
    expect(parseClaimNumber(s)).toEqual({ year, seq });
  });

  it.each([
    '',
    'CL-2026-123', // fewer than six digits
    'CL-2026-0000123', // an extra leading zero
    'CL-2026-000000', // sequence 0
    'cl-2026-000123',
    'CL 2026 000123',
    ' CL-2026-000123',
    'CL-2026-000123 ',
    'CL-26-000123',
    'CL-0999-000123',
    'CL-20260-000123',
    'CL-2026-00012a',
    'CL-2026-99999999999999999999', // beyond a safe integer
    'XX-2026-000123',
  ])('refuses %p', (s) => {
    expect(parseClaimNumber(s)).toBeNull();
  });

  it('refuses a non-string', () => {
    expect(parseClaimNumber(123 as unknown as string)).toBeNull();
  });

  it.each<[number, number]>([
    [2026, 1],
    [2026, 123],
    [2026, 999999],
    [2026, 1000000],
    [9999, 987654321],
  ])('round-trips (%d, %d)', (year, seq) => {
    expect(parseClaimNumber(formatClaimNumber(year, seq))).toEqual({ year, seq });
  });
});
