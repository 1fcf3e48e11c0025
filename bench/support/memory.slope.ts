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
