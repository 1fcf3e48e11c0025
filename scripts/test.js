#!/usr/bin/env node
/**
 * `npm test`: every test, on a fresh clone too.
 *  1. the set-up still missing (scripts/setup.js: npm dependencies, Temporal binaries, build,
 *     Chromium for the browser tests);
 *  2. on a full run, the type check of sources and tests (Jest's compiler does not check types)
 *     and the layer rule (dependency-cruiser, .dependency-cruiser.cjs: imports point one way,
 *     no cycles);
 *  3. Jest, every project (unit, integration, faults) in band; arguments after `--` go to
 *     Jest (`npm test -- test/e2e` runs only those files);
 *  4. on a full run, the clock sweep (scripts/clock-sweep.js): the time-skipping workflow
 *     tests again from several start dates across the coming year.
 * Ends with one summary line; exits non-zero when anything failed.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ensureSetup } = require('./setup');

const ROOT = path.resolve(__dirname, '..');

function main() {
  try {
    ensureSetup({ quiet: true, tests: true });
  } catch (err) {
    console.error(`setup: error: ${err.message}`);
    return 1;
  }
  const args = process.argv.slice(2);
  const selective = args.some((a) => !a.startsWith('-'));
  if (!selective) {
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--noEmit'], { cwd: ROOT, stdio: 'inherit' });
    if (tsc.status !== 0) {
      console.error('\ntypecheck failed (tsc -p tsconfig.json --noEmit): fix the errors above');
      return 1;
    }
    // the rule's command is package.json's `lint:layers` (one place for its folders and config)
    const layers = spawnSync('npm', ['run', '--silent', 'lint:layers'], { cwd: ROOT, stdio: 'inherit' });
    if (layers.status !== 0) {
      console.error('\nlayer rule broken (npm run lint:layers): an import points the wrong way or closes a cycle; see .dependency-cruiser.cjs');
      return 1;
    }
  }
  const results = path.join(ROOT, '.data', 'jest-results.json');
  fs.mkdirSync(path.dirname(results), { recursive: true });
  fs.rmSync(results, { force: true });
  const jest = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--runInBand', '--json', `--outputFile=${results}`, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const summary = [];
  if (fs.existsSync(results)) {
    const r = JSON.parse(fs.readFileSync(results, 'utf8'));
    // a suite that could not run (e.g. does not compile) counts as a failure too
    const failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
    const skipped = r.numPendingTests + r.numTodoTests;
    summary.push(`jest: ${r.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  } else {
    summary.push(`jest: no results (exit ${jest.status ?? jest.signal})`);
  }
  let status = jest.status === 0 ? 0 : 1;

  if (!selective) {
    const sweep = spawnSync(process.execPath, [path.join(__dirname, 'clock-sweep.js')], { cwd: ROOT, stdio: 'inherit' });
    summary.push(`clock sweep: ${sweep.status === 0 ? 'passed' : 'FAILED'}`);
    if (sweep.status !== 0) status = 1;
  }
  console.log(`\n${summary.join('; ')}`);
  return status;
}

process.exit(main());
