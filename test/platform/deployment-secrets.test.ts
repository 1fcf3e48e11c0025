/**
 * Deployment safety of the entry points: the API and the worker refuse to start without a
 * survey-link secret of their own (one derived from DATABASE_URL could be recomputed from
 * a deployment's defaults, and a forged survey link would verify), the API listens
 * only where it says it does, and it meets Temporal at start-up as an operator expects: a
 * wrong address or namespace stops it with what to fix, a server still starting is waited for.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../embedded/temporal-cli';
import { ensureBuild, REPO_ROOT } from '../support/stack/child-service';
import { testEnv } from '../support/test-env';

beforeAll(() => ensureBuild());

const run = (entry: string, env: Record<string, string>) => {
  const { PATH, HOME } = process.env;
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, entry)], { env: { PATH: PATH ?? '', HOME: HOME ?? '', ...env }, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
};

const API_ENTRY = 'dist/src/api.main.js';

/** What the API needs to start on the test stack. */
function apiEnv(): Record<string, string> {
  const e = testEnv();
  return { DATABASE_URL: e.databaseUrl, TEMPORAL_ADDRESS: e.temporalAddress, SURVEY_TOKEN_SECRET: 's'.repeat(32), AUDIT_CHECKPOINT_KEY: 'c'.repeat(32), ADMIN_API_KEY: `admin-${'k'.repeat(24)}`, PORT: '0' };
}

/** The built API (`npm run api`'s program) on the test stack, `env` on top; answers once its banner says where it listens. */
async function startApi(env: Record<string, string>): Promise<{ url: string; stop: () => void }> {
  const { PATH, HOME } = process.env;
  const child = spawn(process.execPath, [path.join(REPO_ROOT, API_ENTRY)], {
    env: { PATH: PATH ?? '', HOME: HOME ?? '', ...apiEnv(), ...env },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/[0-9A-Za-z.:\[\]-]+)/.exec(out);
      if (m) resolve(m[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', () => reject(new Error(`the API exited: ${out}`)));
  });
  return { url, stop: () => child.kill('SIGKILL') };
}

describe.each([
  ['API', API_ENTRY],
  ['worker', 'dist/src/worker/worker.main.js'],
])('the %s without SURVEY_TOKEN_SECRET', (service, entry) => {
  it('exits with a message that says what to set, before touching anything', () => {
    const { status, output } = run(entry, { DATABASE_URL: testEnv().databaseUrl, TEMPORAL_ADDRESS: '127.0.0.1:1', ADMIN_API_KEY: 'a'.repeat(32) });
    expect(status).toBe(1);
    expect(output).toContain(`the ${service} cannot start: SURVEY_TOKEN_SECRET is not set`);
    expect(output).toContain('openssl rand -hex 32');
    expect(output).toContain('AUDIT_CHECKPOINT_KEY is not set');
  });

  it('and without DATABASE_URL either, lists both at once', () => {
    const { status, output } = run(entry, { TEMPORAL_ADDRESS: '127.0.0.1:1' });
    expect(status).toBe(1);
    expect(output).toMatch(/DATABASE_URL is not set.*SURVEY_TOKEN_SECRET is not set/);
  });
});

describe('the API listens where its banner says', () => {
  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && !i.internal && i.family === 'IPv4')?.address;

  const reachable = (host: string, port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });

  it('on 127.0.0.1 by default, not on the machine\'s other addresses; HOST=0.0.0.0 for every interface', async () => {
    const local = await startApi({});
    try {
      const port = Number(new URL(local.url).port);
      expect(new URL(local.url).hostname).toBe('127.0.0.1');
      expect(await reachable('127.0.0.1', port)).toBe(true);
      if (external) expect(await reachable(external, port)).toBe(false);
    } finally {
      local.stop();
    }
    if (!external) return; // a machine with loopback only has nothing more to show
    const everywhere = await startApi({ HOST: '0.0.0.0' });
    try {
      expect(await reachable(external, Number(new URL(everywhere.url).port))).toBe(true);
    } finally {
      everywhere.stop();
    }
  });
});

describe('the API and Temporal at start-up (`npm run api` with TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE)', () => {
  it('nobody at TEMPORAL_ADDRESS: it tries for 10 s, then exits saying which address and what to check', async () => {
    const port = await freePort();
    const started = Date.now();
    const { status, output } = run(API_ENTRY, { ...apiEnv(), LOG_FORMAT: 'text', TEMPORAL_ADDRESS: `127.0.0.1:${port}` });
    expect(status).toBe(1);
    expect(output).toContain(`Cannot connect to Temporal at 127.0.0.1:${port} (TEMPORAL_ADDRESS)`);
    expect(output).toContain('Is the Temporal server running?');
    expect(Date.now() - started).toBeGreaterThanOrEqual(10_000);
  }, 60_000);

  it('a TEMPORAL_NAMESPACE the server does not have: exits naming it and the command that creates it', () => {
    const { status, output } = run(API_ENTRY, { ...apiEnv(), LOG_FORMAT: 'text', TEMPORAL_NAMESPACE: 'no-such-namespace' });
    expect(status).toBe(1);
    expect(output).toContain('Temporal namespace "no-such-namespace" (TEMPORAL_NAMESPACE) does not exist');
    expect(output).toContain('temporal operator namespace create --namespace no-such-namespace');
  });

  it('a Temporal server that comes up a few seconds after the API (compose starting both): the API waits for it, then serves', async () => {
    const [host, temporalPort] = testEnv().temporalAddress.split(':');
    const port = await freePort();
    // the server "starts" 3 s late: a relay to the test stack's Temporal that begins to listen then
    const relay = net.createServer((socket) => {
      const upstream = net.connect({ host, port: Number(temporalPort) });
      socket.pipe(upstream).pipe(socket);
      socket.on('error', () => upstream.destroy());
      upstream.on('error', () => socket.destroy());
    });
    const late = setTimeout(() => relay.listen(port, '127.0.0.1'), 3_000);
    let api: Awaited<ReturnType<typeof startApi>> | undefined;
    try {
      api = await startApi({ TEMPORAL_ADDRESS: `127.0.0.1:${port}` });
      const health = await fetch(`${api.url}/health`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { checks: { temporal: { status: string } } }).checks.temporal.status).toBe('ok');
    } finally {
      clearTimeout(late);
      api?.stop();
      relay.close();
    }
  }, 60_000);
});

describe('the application login, as docker-compose\'s migrate service creates it', () => {
  it('`node dist/src/database/app-login.main.js` makes a login in wce_app that can read claims but not write the audit log directly', async () => {
    const { PATH, HOME } = process.env;
    const owner = testEnv().databaseUrl;
    const user = `compose_app_${Date.now()}`;
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/src/database/app-login.main.js')], {
      env: { PATH: PATH ?? '', HOME: HOME ?? '', DATABASE_URL: owner, APP_DATABASE_USER: user, APP_DATABASE_PASSWORD: 'compose-app-password' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(`${r.stdout}${r.stderr}`).toContain(`the login ${user} (member of wce_app) is ready`);
    expect(r.status).toBe(0);
    const url = new URL(owner);
    url.username = user;
    url.password = 'compose-app-password';
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      expect((await client.query('SELECT current_user AS u, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS su')).rows[0]).toEqual({ u: user, su: false });
      await client.query('SELECT count(*) FROM claims');
      await expect(client.query(`INSERT INTO audit_events (claim_id) VALUES ('x')`)).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
      const admin = new Client({ connectionString: owner });
      await admin.connect();
      await admin.query(`REVOKE CONNECT ON DATABASE ${admin.escapeIdentifier(url.pathname.slice(1))} FROM ${user}`);
      await admin.query(`DROP ROLE ${user}`);
      await admin.end();
    }
  });
});
