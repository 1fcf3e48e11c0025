/**
 * The console's typed API client cannot drift from the API: its types
 * (console/src/api/schema.d.ts) must be exactly what openapi-typescript generates from the
 * OpenAPI document the real app serves. A stale file fails here with how to regenerate;
 * CONSOLE_API_TYPES=write regenerates it instead (`npm run console:api-types`).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, startTestApp, type TestApp } from '../support/test-app';

const SCRIPT = path.join(REPO_ROOT, 'console', 'scripts', 'api-types.mjs');

describe('the console API client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('is generated from the OpenAPI document the app serves, and is not stale', async () => {
    const doc = (await t.http.get('/docs-json').expect(200)).body;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wce-console-openapi-')), 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const args = [SCRIPT, file, ...(process.env.CONSOLE_API_TYPES === 'write' ? [] : ['--check'])];
    const run = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`.trim()).toMatch(/up to date|^wrote /);
    expect(run.status).toBe(0);
  });
});
