/**
 * Durations as the Temporal SDK reads them: a number of milliseconds, or an
 * `ms`-formatted string ("24h", "10d", "45 days"). Pure and framework-free: safe inside
 * the workflow sandbox. duration.spec.ts checks it against the SDK's own reading.
 */

const UNITS: ReadonlyArray<[RegExp, number]> = [
  [/^(milliseconds?|msecs?|ms)$/, 1],
  [/^(seconds?|secs?|s)$/, 1000],
  [/^(minutes?|mins?|m)$/, 60_000],
  [/^(hours?|hrs?|h)$/, 3_600_000],
  [/^(days?|d)$/, 86_400_000],
  [/^(weeks?|w)$/, 604_800_000],
  [/^(years?|yrs?|y)$/, 31_557_600_000],
];

/** `"<number>[ ]<unit>"` (a unit is optional: milliseconds), as the `ms` package the SDK uses reads it; NaN otherwise. */
function parseDuration(text: string): number {
  if (text.length > 100) return NaN;
  const match = /^(-?(?:\d+)?\.?\d+) *([a-z]*)$/i.exec(text);
  if (!match) return NaN;
  const value = parseFloat(match[1]);
  const unit = match[2].toLowerCase();
  if (unit === '') return value;
  const found = UNITS.find(([pattern]) => pattern.test(unit));
  return found ? value * found[1] : NaN;
}

export const DURATION_EXAMPLES = '(e.g. "24h", "10d", "45 days")';

/**
 * Milliseconds in `d`, exactly as the Temporal SDK would read it (its `msToNumber`).
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
  const ms = typeof d === 'number' ? d : parseDuration(d);
  if (!Number.isFinite(ms)) {
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
