import { soakWindows } from './soak.windows';

describe('soakWindows (the soak over time: latency and CPU per window)', () => {
  it('puts each call in the window of its scheduled start, with that window’s p50 and p99', () => {
    const intakes = [
      [0.5, 10],
      [1.5, 30],
      [59.9, 20],
      [60, 100],
      [61, 300],
    ] as const;
    const [first, second] = soakWindows({ intakes }, [], 60);
    expect(first).toMatchObject({ fromS: 0, toS: 60, calls: { intakes: { n: 3, p50: 20, p99: 30 } } });
    expect(second).toMatchObject({ fromS: 60, toS: 120, calls: { intakes: { n: 2, p50: 100, p99: 300 } } });
  });

  it('gives each process its share of a core between the readings at the window’s edges', () => {
    const readings = [
      { atS: 0, cpuSeconds: { worker: 10, server: 100 } },
      { atS: 60, cpuSeconds: { worker: 40, server: 160 } },
      { atS: 120, cpuSeconds: { worker: 100, server: 250 } },
    ];
    const windows = soakWindows({ notes: [[1, 5], [61, 5]] }, readings, 60);
    expect(windows[0].coreShare).toEqual({ worker: 0.5, server: 1 });
    expect(windows[1].coreShare).toEqual({ worker: 1, server: 1.5 });
  });

  it('a window no call fell in has no latencies (NaN), and one without readings no CPU', () => {
    const [first, second, third] = soakWindows({ intakes: [[1, 10], [130, 50]] }, [], 60);
    expect(first.calls.intakes.n).toBe(1);
    expect(second.calls.intakes.n).toBe(0);
    expect(second.calls.intakes.p50).toBeNaN();
    expect(third.calls.intakes.p99).toBe(50);
    expect(third.coreShare).toEqual({});
  });

  it('refuses a window of no length', () => {
    expect(() => soakWindows({}, [], 0)).toThrow('window length must be positive');
  });
});
