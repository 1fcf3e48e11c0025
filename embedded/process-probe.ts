/**
 * What the embedded start knows of another process by its pid: whether it runs, and its
 * command line (Linux /proc), so that a server an earlier, killed run left behind can be
 * recognised and stopped without touching a process that merely reused its pid.
 */
import * as fs from 'node:fs';

/** True when a process with this pid exists (even one we may not signal). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid on the first line of a pid file, when it names a running process. */
export function livePidFrom(pidFile: string): number | undefined {
  let pid: number;
  try {
    pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0].trim(), 10);
  } catch {
    return undefined;
  }
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/** The process's command line with arguments joined by spaces; undefined when it cannot be read. */
export function commandLineOf(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return undefined;
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until the process is gone; false when it still runs after timeoutMs. */
export async function waitForPidExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

export interface StopStep {
  signal: NodeJS.Signals;
  /** how long to wait for the process to exit after this signal */
  waitMs: number;
}

/**
 * Stops the process a pid file names, but only when `recognise(commandLine)` says it is
 * the server we expect (a pid may have been reused by anything); sends each step's signal
 * in turn until it exits. Returns the pid it stopped, or undefined when there was none.
 */
export async function stopLeftoverProcess(
  pidFile: string,
  recognise: (commandLine: string) => boolean,
  steps: StopStep[],
): Promise<number | undefined> {
  const pid = livePidFrom(pidFile);
  if (pid === undefined) return undefined;
  const commandLine = commandLineOf(pid);
  if (commandLine === undefined || !recognise(commandLine)) return undefined; // cannot tell, or not ours: leave it alone
  for (const { signal, waitMs } of steps) {
    process.kill(pid, signal);
    if (await waitForPidExit(pid, waitMs)) break;
  }
  return pid;
}
