/**
 * `npm start` as a newcomer runs it (README, quick start): the one-process start from the
 * build (`node dist/embedded/start.main.js`, what `npm start` runs after its set-up) with
 * its own data folder and ports; the banner's admin key creates an agent key, the agent
 * takes a claim in with the documented request, the answer echoes the caller's
 * X-Request-Id, the claim is listed by `sort=due`, the log is readable text without the
 * customer's data, and Ctrl-C (SIGINT) stops everything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort } from '../../embedded/temporal-cli';
import { claimBody } from '../support/claim-body';
import { ensureBuild, REPO_ROOT } from '../support/stack/child-service';

jest.setTimeout(180_000);

describe('npm start', () => {
  let child: ChildProcess | undefined;
  let output = '';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wce-start-'));
  afterAll(() => {
    child?.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts everything, takes a claim in over HTTP, and stops on Ctrl-C', async () => {
    ensureBuild();
    const [port, temporalPort, uiPort, pgPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'embedded', 'start.main.js')], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: String(port), TEMPORAL_DEV_PORT: String(temporalPort), TEMPORAL_UI_PORT: String(uiPort), EMBEDDED_POSTGRES_PORT: String(pgPort), WCE_DATA_DIR: dataDir, LOG_FORMAT: '', DATABASE_URL: '', TEMPORAL_ADDRESS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));

    const deadline = Date.now() + 150_000;
    while (!output.includes('Press Ctrl-C to stop')) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`npm start did not come up:\n${output.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const api = `http://127.0.0.1:${port}`;
    const adminKey = /Admin key\s+(\S+)/.exec(output)?.[1];
    expect(adminKey).toBeDefined();

    // the banner's curl, as fetch: an agent key
    const created = await fetch(`${api}/admin/api-keys`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'first-agent', role: 'agent' }),
    });
    expect(created.status).toBe(201);
    const agentKey = ((await created.json()) as { key: string }).key;

    const body = claimBody();
    const intake = await fetch(`${api}/claims`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${agentKey}`, 'Content-Type': 'application/json', 'X-Request-Id': 'newcomer-1' },
      body: JSON.stringify(body),
    });
    expect(intake.status).toBe(201);
    expect(intake.headers.get('x-request-id')).toBe('newcomer-1');
    const claim = (await intake.json()) as { id: string; number: string; status: string };
    expect(claim.status).toBe('received');

    const listed = await fetch(`${api}/claims?sort=due&q=${encodeURIComponent(claim.number)}`, { headers: { Authorization: `Bearer ${agentKey}` } });
    const items = ((await listed.json()) as { items: Array<{ id: string; dueAt?: string; slaDueAt?: string }> }).items;
    expect(items.map((i) => i.id)).toEqual([claim.id]);
    expect(items[0].dueAt).toBe(items[0].slaDueAt);

    // readable text lines under npm start, and no customer data in them
    expect(output).toMatch(/^\S+Z LOG {3}\[Start\] starting the worker/m);
    for (const personal of [body.customer.name, body.customer.phone, body.customer.email]) expect(output).not.toContain(personal);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toMatch(/\[Start\] stopped/);
  });
});
