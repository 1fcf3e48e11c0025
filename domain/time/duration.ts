/**
 * Durations as the Temporal SDK reads them: a number of milliseconds, or an
 * `ms`-formatted string ("24h", "10d", "45 days"). Pure: safe inside the workflow sandbox.
 */
import { msToNumber, type Duration } from '@temporalio/common';

export const DURATION_EXAMPLES = '(e.g. "24h", "10d", "45 days")';

/**
 * Milliseconds in `d`, exactly as the Temporal SDK would read it (`msToNumber`).
 *
 * Throws a TypeError when `d` is neither a string nor a number, when the SDK cannot
 * parse the string (`"7 dayz"`, `""`, `" 10d"`), or when the result is not a finite
 * number (`NaN`, `Infinity`). The message names the value, so a caller can prefix it
 * with a field path. Zero and negative values are returned as they are: whether they
 * make sense is the caller's business (the policy validator requires > 0).
 */
export function durationMs(d: string | number): number {
  if (typeof d !== 'string' && typeof d !== 'number') {
    throw new TypeError(`${describe(d)} is not a duration ${DURATION_EXAMPLES}`);
  }
  let ms: number;
  try {
    ms = msToNumber(d as Duration);
  } catch {
    throw new TypeError(`${describe(d)} is not a duration the Temporal SDK accepts ${DURATION_EXAMPLES}`);
  }
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw new TypeError(`${describe(d)} is not a duration the Temporal SDK accepts ${DURATION_EXAMPLES}`);
  }
  return ms;
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
