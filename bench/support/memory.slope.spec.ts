import { linearSlope } from './memory.slope';

describe('linearSlope (the soak memory growth formula)', () => {
  it('is the rate of a straight line, whatever its offset', () => {
    expect(linearSlope([[0, 100], [1, 102], [2, 104], [3, 106]])).toBeCloseTo(2);
    expect(linearSlope([[10, -5], [20, -25]])).toBeCloseTo(-2);
  });

  it('is zero for flat memory with symmetric noise', () => {
    expect(linearSlope([[0, 300], [1, 310], [2, 310], [3, 300]])).toBeCloseTo(0);
  });

  it('fits all points, so one outlier weighs less than in last-minus-first', () => {
    const slope = linearSlope([[0, 100], [1, 100], [2, 100], [3, 100], [4, 140]]);
    expect(slope).toBeGreaterThan(0);
    expect(slope).toBeLessThan(40 / 4);
  });

  it('is NaN without two distinct times', () => {
    expect(linearSlope([])).toBeNaN();
    expect(linearSlope([[1, 5]])).toBeNaN();
    expect(linearSlope([[1, 5], [1, 7]])).toBeNaN();
  });
});
