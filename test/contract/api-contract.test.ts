/**
 * The API contract, checked by outside tools against the running API (real Temporal and
 * PostgreSQL): the live OpenAPI document passes an OpenAPI validator
 * (openapi-spec-validator), and Schemathesis, with every check on, finds no 5xx, no
 * status or content type the document does not list, no schema-valid request refused
 * (but for the cross-field rules listed in schemathesis.toml) and no invalid one
 * accepted — for two roles, an agent and a supervisor. Both tools come from PyPI into
 * .tools/contract (scripts/setup.js). CONTRACT_MAX_EXAMPLES sets the examples per
 * operation (default 10), which bounds the time.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { listenOnLoopback, REPO_ROOT, startTestApp, type TestApp } from '../support/test-app';

const TOOLS = path.join(REPO_ROOT, '.tools', 'contract', 'bin');
const MAX_EXAMPLES = process.env.CONTRACT_MAX_EXAMPLES ?? '10';

/** Runs a tool without blocking this process, whose event loop serves the API under test. */
function run(tool: string, args: string[], timeoutMs: number): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(TOOLS, tool), args, { cwd: __dirname, timeout: timeoutMs, env: { ...process.env, NO_COLOR: '1', PYTHONWARNINGS: 'ignore' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe('the API contract (outside tools)', () => {
  let t: TestApp;
  let base: string;
  let scratch: ScratchDatabase;
  beforeAll(async () => {
    // a database of its own: in a full run the shared one holds every earlier file's claims and
    // audit events, and Schemathesis's calls of whole-log verification and unfiltered exports
    // over all of them ran past the time limit (9 s per role alone, over 320 s in a full run)
    scratch = await createScratchDatabase();
    t = await startTestApp({ databaseUrl: scratch.url });
    base = await listenOnLoopback(t);
  });
  afterAll(async () => {
    await t?.close();
    await scratch?.drop();
  });

  it('the live OpenAPI document is valid', async () => {
    const doc = (await fetch(`${base}/docs-json`)).text();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wce-openapi-')), 'openapi.json');
    fs.writeFileSync(file, await doc);
    const { status, output } = await run('openapi-spec-validator', [file], 60_000);
    expect(output.trim()).toBe(`${file}: OK`);
    expect(status).toBe(0);
  });

  it.each(['agent', 'supervisor'] as const)('Schemathesis with every check finds nothing, as %s', async (role) => {
    const { status, output } = await run(
      'schemathesis',
      ['run', `${base}/docs-json`, '-H', `Authorization: Bearer ${t.keys[role]}`, '--checks', 'all', '--max-examples', MAX_EXAMPLES, '--workers', '2', '--seed', '20261130', '--no-color',
        // the coverage phase trips a CPython 3.11 bug inside hypothesis on one of our patterns ("AST constructor
        // recursion depth mismatch", a tool error, not a finding); the other phases cover every operation
        '--phases', 'examples,fuzzing,stateful', '--request-timeout', '30'],
      320_000,
    );
    if (status !== 0) process.stderr.write(output.slice(-20_000));
    expect(output).not.toMatch(/^\s*(Failures|Errors):/m);
    expect(status).toBe(0);
  }, 360_000);
});
