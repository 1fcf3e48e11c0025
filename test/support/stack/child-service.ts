/**
 * The API and the worker as real child processes (`node dist/...`), for the fault tests
 * and the benchmark: they can be killed with SIGKILL, restarted, and measured from /proc.
 * Needs a build; ensureBuild() makes one when dist is missing or stale.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { packageRoot } from '../../../src/config/app-config';

/** the repository root, from the sources or from dist/ */
export const REPO_ROOT = packageRoot(__dirname);

export type ServiceKind = 'api' | 'worker';

const ENTRY: Record<ServiceKind, string> = {
  api: path.join('dist', 'src', 'api.main.js'),
  worker: path.join('dist', 'src', 'worker', 'worker.main.js'),
};

export interface ChildService {
  kind: ServiceKind;
  pid: number;
  logFile: string;
  /** resolves with the exit code or signal once the process has exited */
  exited: Promise<string>;
  alive(): boolean;
  /** SIGKILL: no clean-up, no draining */
  kill9(): Promise<void>;
  /** SIGTERM, then SIGKILL after `graceMs` */
  stop(graceMs?: number): Promise<void>;
}

const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** Builds dist/ when scripts/setup.js (the one place for that rule) says it is missing or stale. */
export function ensureBuild(): void {
  // plain JS shared with `npm start` / `npm test` (it runs before node_modules exists)
  const setup = require(path.join(REPO_ROOT, 'scripts', 'setup.js')) as SetupScript;
  if (setup.plan(setup.inspect()).some((s) => s.step === 'build')) setup.build();
}

interface SetupScript {
  plan(state: unknown): Array<{ step: string; why: string }>;
  inspect(): unknown;
  build(): void;
}

/** Starts `node [nodeArgs] dist/<entry>` with `env` on top of this process's environment; output appended to `logFile`. */
export function spawnService(kind: ServiceKind, env: Record<string, string>, logFile: string, nodeArgs: string[] = []): ChildService {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const fd = fs.openSync(logFile, 'a');
  fs.writeSync(fd, `\n--- ${new Date().toISOString()} start ${kind}\n`);
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, [...nodeArgs, path.join(REPO_ROOT, ENTRY[kind])], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', fd, fd],
    });
  } finally {
    fs.closeSync(fd);
  }
  live.add(child);
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve(signal ?? `code ${code}`);
    });
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    kind,
    pid: child.pid!,
    logFile,
    exited,
    alive,
    async kill9() {
      if (alive()) child.kill('SIGKILL');
      await exited;
    },
    async stop(graceMs = 15_000) {
      if (!alive()) return;
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), graceMs)))]);
      clearTimeout(timer);
      if (timedOut) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

export interface ProcSample {
  /** user + system CPU seconds so far */
  cpuSeconds: number;
  /** resident set size, bytes */
  rssBytes: number;
  at: number;
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time and RSS of a process, from /proc (Linux). */
export function sampleProc(pid: number): ProcSample {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // fields after the parenthesised command name; utime and stime are fields 14 and 15
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuSeconds, rssBytes: rssKb * 1024, at: Date.now() };
}
