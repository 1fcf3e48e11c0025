/**
 * The API and the worker refuse to start without a survey-link secret of their own: one
 * derived from DATABASE_URL could be recomputed from a deployment's defaults (compose's
 * `postgres:postgres@postgresql`), and a forged survey link would verify.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ensureBuild, REPO_ROOT } from '../support/stack/child-service';
import { testEnv } from '../support/test-env';

beforeAll(() => ensureBuild());

const run = (entry: string, env: Record<string, string>) => {
  const { PATH, HOME } = process.env;
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, entry)], { env: { PATH: PATH ?? '', HOME: HOME ?? '', ...env }, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
};

describe.each([
  ['API', 'dist/src/api.main.js'],
  ['worker', 'dist/src/worker/worker.main.js'],
])('the %s without SURVEY_TOKEN_SECRET', (service, entry) => {
  it('exits with a message that says what to set, before touching anything', () => {
    const { status, output } = run(entry, { DATABASE_URL: testEnv().databaseUrl, TEMPORAL_ADDRESS: '127.0.0.1:1', ADMIN_API_KEY: 'a'.repeat(32) });
    expect(status).toBe(1);
    expect(output).toContain(`the ${service} cannot start: SURVEY_TOKEN_SECRET is not set`);
    expect(output).toContain('openssl rand -hex 32');
  });

  it('and without DATABASE_URL either, lists both at once', () => {
    const { status, output } = run(entry, { TEMPORAL_ADDRESS: '127.0.0.1:1' });
    expect(status).toBe(1);
    expect(output).toMatch(/DATABASE_URL is not set.*SURVEY_TOKEN_SECRET is not set/);
  });
});
