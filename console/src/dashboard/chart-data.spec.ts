import { bars, OTHER, percentOf, REFERENCE_CHANNEL_SHARES, scaleOf } from './chart-data';

describe('chart data', () => {
  it('rounds shares as the API does: one decimal, half away from zero, null over nothing', () => {
    expect(percentOf(1, 16)).toBe(6.3); // 6.25
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(0, 5)).toBe(0);
    expect(percentOf(3, 0)).toBeNull();
  });

  it('gives each group its share, in the API\'s order', () => {
    expect(bars([{ key: 'supplier', count: 3 }, { key: 'unknown', count: 1 }], 4)).toEqual([
      { key: 'supplier', count: 3, percent: 75 },
      { key: 'unknown', count: 1, percent: 25 },
    ]);
  });

  it('cuts a long list to its largest groups and one "other" bar that adds up', () => {
    const items = [5, 4, 3, 2, 1].map((count, i) => ({ key: `s${i}`, count }));
    const out = bars(items, 15, { max: 3 });
    expect(out.map((b) => [b.key, b.count, b.groups])).toEqual([['s0', 5, undefined], ['s1', 4, undefined], [OTHER, 6, 3]]);
    expect(out.reduce((sum, b) => sum + b.count, 0)).toBe(15);
    expect(bars(items, 15, { max: 5 })).toHaveLength(5);
  });

  it('puts the reference deck\'s share beside each channel, and its channels without claims at 0', () => {
    const out = bars([{ key: 'hotline', count: 3 }, { key: 'email', count: 1 }], 4, { reference: REFERENCE_CHANNEL_SHARES });
    expect(out[0]).toEqual({ key: 'hotline', count: 3, percent: 75, reference: 27 });
    expect(out[1]).toEqual({ key: 'email', count: 1, percent: 25, reference: 12 });
    expect(out).toHaveLength(9);
    expect(out.find((b) => b.key === 'post')).toEqual({ key: 'post', count: 0, percent: 0, reference: 0.5 });
    expect(Object.values(REFERENCE_CHANNEL_SHARES).reduce((a, b) => a + b, 0)).toBe(100);
    expect(scaleOf(out)).toBe(75);
  });

  it('an empty period: no shares, the reference still shown', () => {
    const out = bars([], 0, { reference: REFERENCE_CHANNEL_SHARES });
    expect(out.every((b) => b.percent === null && b.count === 0)).toBe(true);
    expect(scaleOf(out)).toBe(27);
    expect(scaleOf([])).toBeGreaterThan(0);
  });
});
