import { penaltyAmount, penaltyDays } from './penalty';

const DAY = 24 * 3600 * 1000;
const deadline = new Date('2026-12-02T09:30:00.000Z');
const after = (ms: number) => new Date(deadline.getTime() + ms);

describe('penaltyDays', () => {
  it.each<[string, number, number]>([
    ['a day before the deadline', -DAY, 0],
    ['1 ms before the deadline', -1, 0],
    ['at the deadline', 0, 0],
    ['1 ms after the deadline', 1, 0],
    ['1 ms short of a full day after', DAY - 1, 0],
    ['exactly one day after', DAY, 1],
    ['one day and a bit after', DAY + 1, 1],
    ['1 ms short of two days after', 2 * DAY - 1, 1],
    ['exactly two days after', 2 * DAY, 2],
    ['45 days and 23 hours after', 45 * DAY + 23 * 3600 * 1000, 45],
  ])('%s → %d', (_label, offset, days) => {
    expect(penaltyDays(deadline, after(offset), DAY)).toBe(days);
  });

  it('counts in the calendar day it is given', () => {
    expect(penaltyDays(deadline, after(5999), 2000)).toBe(2);
    expect(penaltyDays(deadline, after(6000), 2000)).toBe(3);
  });

  it.each([0, -1, NaN, Infinity])('refuses a calendar day of %p ms', (dayMs) => {
    expect(() => penaltyDays(deadline, after(DAY), dayMs)).toThrow(RangeError);
  });

  it('refuses invalid dates', () => {
    expect(() => penaltyDays(new Date('x'), deadline, DAY)).toThrow('deadlineAt is not a valid date');
    expect(() => penaltyDays(deadline, new Date('x'), DAY)).toThrow('at is not a valid date');
  });
});

describe('penaltyAmount', () => {
  it.each<[number, number, number, number]>([
    // price, rate, days, amount
    [84990, 0.01, 0, 0],
    [84990, 0.01, 1, 849.9],
    [84990, 0.01, 3, 2549.7],
    [84990, 0.01, 100, 84990],
    [84990, 0.01, 150, 127485], // art. 23 sets no cap at the price
    [1999.99, 0.01, 1, 20], // 19.9999 → 20.00
    [1999.99, 0.01, 7, 140], // 139.9993 → 140.00
    [0.5, 0.01, 1, 0.01], // half a cent rounds up
    [0.49, 0.01, 1, 0], // 0.0049 rounds down
    [1.005, 1, 1, 1.01], // 1.005 is 100.4999… cents in binary; must read as 100.5 → 101
    [0.1, 0.1, 3, 0.03], // 0.1 × 0.1 × 3 = 0.030000000000000006 in floats
    [123.45, 0.015, 2, 3.7], // 3.7035 → 3.70
    [100, 0, 30, 0],
    [0, 0.01, 30, 0],
    [84990, 0.01, 36500, 31021350], // big numbers stay exact
  ])('%d × %d × %d days = %d', (price, rate, days, amount) => {
    expect(penaltyAmount(price, rate, days)).toBe(amount);
  });

  it('keeps exact cents on large amounts', () => {
    expect(penaltyAmount(12345678.91, 0.01, 3)).toBe(370370.37); // 370370.3673
    expect(penaltyAmount(12345678.95, 0.01, 1)).toBe(123456.79); // 123456.7895
  });

  it.each<[number, number, number]>([
    [-1, 0.01, 1],
    [NaN, 0.01, 1],
    [100, -0.01, 1],
    [100, Infinity, 1],
    [100, 0.01, -1],
    [100, 0.01, 1.5],
  ])('refuses price %p, rate %p, days %p', (price, rate, days) => {
    expect(() => penaltyAmount(price, rate, days)).toThrow(RangeError);
  });
});
