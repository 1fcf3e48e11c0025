import { cacheMemoryFigures, linearSlope } from './memory.slope';

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

describe('cacheMemoryFigures (the soak: memory per cached workflow, and once the cache is full)', () => {
  // 0.25 MiB per cached workflow from 200 MiB until the cap of 1,000 at 60 s, then flat with noise
  const samples: Array<[number, number, number]> = [
    [0, 200, 0],
    [20, 300, 400],
    [40, 400, 800],
    [60, 450, 1000],
    [80, 452, 1000],
    [100, 449, 1000],
    [120, 451, 1000],
  ];

  it('costs each cached workflow from the filling samples, and fits the slope after the cap only', () => {
    const f = cacheMemoryFigures(samples, 1000);
    expect(f.cacheFullAfterSeconds).toBe(60);
    expect(f.mibPer1000Cached).toBeCloseTo(250, 0);
    expect(Math.abs(f.fullCacheSlopeMiBPerMinute)).toBeLessThan(2);
  });

  it('shows a leak once the cache is full as a slope there', () => {
    const leaking = samples.map(([t, mib, c]) => [t, t > 60 ? mib + (t - 60) : mib, c] as [number, number, number]);
    expect(cacheMemoryFigures(leaking, 1000).fullCacheSlopeMiBPerMinute).toBeCloseTo(60, 0);
  });

  it('says the cache never filled, and has no full-cache slope, when the cap was not reached', () => {
    const f = cacheMemoryFigures(samples.slice(0, 3), 1000);
    expect(f.cacheFullAfterSeconds).toBeNull();
    expect(f.mibPer1000Cached).toBeCloseTo(250, 0);
    expect(f.fullCacheSlopeMiBPerMinute).toBeNaN();
  });
});
