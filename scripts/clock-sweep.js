#!/usr/bin/env node
/**
 * `npm run test:clock-sweep`: runs the time-skipping workflow tests (test/workflows) once
 * per start instant across the coming year, with TEST_CLOCK_START set (see
 * test/support/test-clock.ts), so a test that assumes the day it runs fails here:
 *  - the eve of every holiday block the default policy lists that is still ahead
 *    (noon in Moscow, the business day before its first day);
 *  - a Friday evening (a weekend right after the start);
 *  - one start every two months over the next year.
 * Exits non-zero when any run fails, and names the starts that failed.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const DAY = 86_400_000;
const root = path.resolve(__dirname, '..');
const policy = require(path.join(root, 'policy', 'default-policy.json'));

/** The start instants, sorted, all after `now`. Exported for its unit test. */
function sweepStarts(now, holidays, limit = 10) {
  const day = (t) => new Date(t).toISOString().slice(0, 10);
  const set = new Set(holidays);
  const starts = [];
  // holiday eves: the first day of each run of consecutive holidays, at 09:00Z the day before
  for (const h of [...set].sort()) {
    const first = Date.parse(`${h}T00:00:00Z`);
    if (set.has(day(first - DAY))) continue;
    starts.push(first - DAY + 9 * 3_600_000);
  }
  // a Friday evening: 18:30 Moscow (15:30Z) of the next Friday
  let friday = Date.parse(`${day(now + DAY)}T15:30:00Z`);
  while (new Date(friday).getUTCDay() !== 5) friday += DAY;
  starts.push(friday);
  // every two months over the next year, 06:00Z
  for (let k = 0; k < 6; k++) starts.push(Date.parse(`${day(now + DAY + k * 61 * DAY)}T06:00:00Z`));
  const future = [...new Set(starts)].filter((t) => t > now + 60_000).sort((a, b) => a - b);
  // keep the holiday eves first when there are more than `limit`
  const eves = future.filter((t) => set.has(day(t + DAY)));
  const rest = future.filter((t) => !set.has(day(t + DAY)));
  return [...eves, ...rest].slice(0, limit).sort((a, b) => a - b).map((t) => new Date(t).toISOString());
}

function main() {
  const starts = sweepStarts(Date.now(), policy.businessCalendar.holidays);
  const failed = [];
  for (const start of starts) {
    console.log(`\n==> workflow tests with the clock starting at ${start}`);
    const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
    const run = spawnSync(process.execPath, [jest, '--selectProjects', 'integration', '--runInBand', '--silent', 'test/workflows/'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, TEST_CLOCK_START: start },
    });
    if (run.status !== 0) failed.push(start);
  }
  console.log(`\nclock sweep: ${starts.length - failed.length} of ${starts.length} starts passed` + (failed.length ? `; failed: ${failed.join(', ')}` : ''));
  process.exit(failed.length ? 1 : 0);
}

module.exports = { sweepStarts };
if (require.main === module) main();
