/**
 * A closed-loop load generator: `concurrency` loops each run `task` back to back until
 * the time is up (or the count is reached). Latencies of successful calls only; failures
 * are counted and the first few kept for the report.
 */
export interface LoadResult {
  /** closed loop: the number of loops; open loop: 0 */
  concurrency: number;
  /** open loop: the fixed arrival rate (calls started per second, whatever the answers) */
  ratePerSecond?: number;
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

function summary(base: { concurrency: number; ratePerSecond?: number }, latencies: number[], failed: number, errors: string[], seconds: number): LoadResult {
  latencies.sort((a, b) => a - b);
  return {
    ...base,
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

/**
 * An open-loop load: calls start at a fixed rate, on schedule, whether or not earlier ones
 * have answered (as independent clients arrive), so a slow answer shows as latency
 * instead of slowing the arrivals. Latency counts from the scheduled start.
 */
export async function runOpenLoop(
  options: { ratePerSecond: number; durationMs: number; /** told of each successful call: its scheduled start (performance.now()) and latency, ms */ onCall?: (dueMs: number, latencyMs: number) => void },
  task: (i: number) => Promise<void>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const errors: string[] = [];
  let failed = 0;
  const started = performance.now();
  const total = Math.max(1, Math.round((options.ratePerSecond * options.durationMs) / 1000));
  const calls: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / options.ratePerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    calls.push(
      task(i).then(
        () => {
          const latency = performance.now() - due;
          latencies.push(latency);
          options.onCall?.(due, latency);
        },
        (err) => {
          failed += 1;
          if (errors.length < 3) errors.push(err instanceof Error ? err.message : String(err));
        },
      ),
    );
  }
  await Promise.all(calls);
  return summary({ concurrency: 0, ratePerSecond: options.ratePerSecond }, latencies, failed, errors, (performance.now() - started) / 1000);
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
  return summary({ concurrency: options.concurrency }, latencies, failed, errors, (performance.now() - started) / 1000);
}
