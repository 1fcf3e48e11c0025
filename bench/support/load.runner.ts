/**
 * A closed-loop load generator: `concurrency` loops each run `task` back to back until
 * the time is up (or the count is reached). Latencies of successful calls only; failures
 * are counted and the first few kept for the report.
 */
export interface LoadResult {
  concurrency: number;
  ok: number;
  failed: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  firstErrors: string[];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export interface LoadOptions {
  concurrency: number;
  /** stop starting new calls after this long */
  durationMs: number;
  /** or after this many calls, whichever comes first */
  maxCalls?: number;
}

/** `task(i)` resolves on success and throws on failure; i counts calls from 0. */
export async function runLoad(options: LoadOptions, task: (i: number) => Promise<void>): Promise<LoadResult> {
  const latencies: number[] = [];
  const errors: string[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  const stopAt = started + options.durationMs;
  const max = options.maxCalls ?? Number.POSITIVE_INFINITY;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < stopAt && next < max) {
        const i = next++;
        const t0 = performance.now();
        try {
          await task(i);
          latencies.push(performance.now() - t0);
        } catch (err) {
          failed += 1;
          if (errors.length < 3) errors.push(err instanceof Error ? err.message : String(err));
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    concurrency: options.concurrency,
    ok: latencies.length,
    failed,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    firstErrors: errors,
  };
}
