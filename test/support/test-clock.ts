/**
 * The instant a time-skipping test file starts from, so that no test depends on the day
 * it runs. Temporal's time-skipping server starts at the real "now" and can only move
 * forward, so the clock is pinned by skipping it to a fixed instant before the first test:
 *
 *  - `PINNED_CLOCK_START` by default: a Monday morning in Moscow, past every holiday the
 *    default policy lists, so that business-day arithmetic is the same on every run;
 *  - `TEST_CLOCK_START` (an ISO instant) when set: `npm run test:clock-sweep` runs the
 *    workflow tests from several starts across the coming year, the policy's holidays
 *    included, to prove the tests compute what they expect instead of assuming a date.
 *
 * Test data whose meaning depends on "today" (purchase and delivery dates, the warranty)
 * is made relative to the clock with `daysBefore`.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';

export const PINNED_CLOCK_START = '2031-03-03T06:00:00.000Z';
const DAY_MS = 86_400_000;

/** The instant the tests of a file start from: TEST_CLOCK_START, else the pinned one. */
export function clockStart(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.TEST_CLOCK_START?.trim() || PINNED_CLOCK_START;
  const at = Date.parse(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(at)) {
    throw new Error(`TEST_CLOCK_START must be an ISO instant such as 2027-01-04T06:00:00Z; got ${JSON.stringify(raw)}`);
  }
  return at;
}

/** Skips the time-skipping server's clock forward to `clockStart()`; returns that instant. */
export async function pinClock(env: TestWorkflowEnvironment, start = clockStart()): Promise<number> {
  const now = await env.currentTimeMs();
  if (start < now) {
    throw new Error(
      `the test clock cannot start at ${new Date(start).toISOString()}: the time-skipping server is already at ` +
        `${new Date(now).toISOString()} and only moves forward. Pick a later TEST_CLOCK_START` +
        (process.env.TEST_CLOCK_START ? '' : ', or move PINNED_CLOCK_START in test/support/test-clock.ts'),
    );
  }
  if (start > now) await env.sleep(start - now);
  return start;
}

/** `YYYY-MM-DD` of the calendar day `days` before `at` (UTC). */
export function daysBefore(at: number, days: number): string {
  return new Date(at - days * DAY_MS).toISOString().slice(0, 10);
}
