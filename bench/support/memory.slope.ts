/**
 * The least-squares slope of y over x (e.g. MiB over minutes): how fast memory grows
 * across a soak, less sensitive to one noisy sample than last-minus-first. NaN with fewer
 * than two distinct x values.
 */
export function linearSlope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const meanX = points.reduce((a, [x]) => a + x, 0) / n;
  const meanY = points.reduce((a, [, y]) => a + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  }
  return sxx === 0 ? Number.NaN : sxy / sxx;
}

/** One soak sample: seconds since the start, worker RSS (MiB) after a forced GC, workflows in its cache then. */
export type MemorySample = readonly [seconds: number, rssMiB: number, cachedWorkflows: number];

export interface CacheMemoryFigures {
  /** the first sample's time at which the cache held its cap; null when it never filled */
  cacheFullAfterSeconds: number | null;
  /** RSS growth per 1,000 workflows entering the cache, fitted over the samples while it filled */
  mibPer1000Cached: number;
  /** MiB per minute over the samples once the cache was full (flat memory: near zero); NaN with fewer than two */
  fullCacheSlopeMiBPerMinute: number;
}

/**
 * What a soak says about the worker's memory: the workflow cache grows until its cap and
 * costs so much per workflow; once full, memory should stay flat — a slope there is a leak,
 * not the cache filling.
 */
export function cacheMemoryFigures(samples: ReadonlyArray<MemorySample>, cap: number): CacheMemoryFigures {
  const fullAt = samples.findIndex(([, , cached]) => cached >= cap);
  const filling = fullAt === -1 ? samples : samples.slice(0, fullAt + 1);
  const full = fullAt === -1 ? [] : samples.slice(fullAt);
  return {
    cacheFullAfterSeconds: fullAt === -1 ? null : samples[fullAt][0],
    mibPer1000Cached: linearSlope(filling.map(([, mib, cached]) => [cached / 1000, mib] as const)),
    fullCacheSlopeMiBPerMinute: linearSlope(full.map(([t, mib]) => [t / 60, mib] as const)),
  };
}
