import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLAIM_SEARCH_ATTRIBUTES } from '../workflows/claim/search-attributes';
import { buildDevServerArgs, findOnPath, findTemporalCli, findTestServer, freePort, isPortInUse, tailFile } from './temporal-cli';

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'wce-cli-spec-'));
}
function executable(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '#!/bin/sh\n', { mode: 0o755 });
  return file;
}

describe('buildDevServerArgs', () => {
  it('builds a persistent server with a UI, WAL mode and one --search-attribute per claim attribute', () => {
    const args = buildDevServerArgs({ dbFile: '/d/temporal.db', port: 7233, uiPort: 8233, namespace: 'claims' });
    expect(args.slice(0, 2)).toEqual(['server', 'start-dev']);
    expect(args.join(' ')).toContain('--ip 127.0.0.1 --port 7233 --ui-port 8233');
    expect(args.join(' ')).toContain('--db-filename /d/temporal.db --sqlite-pragma journal_mode=WAL');
    expect(args.join(' ')).toContain('--namespace claims');
    expect(args.join(' ')).toContain('--log-level warn');
    const attributes = args.flatMap((a, i) => (args[i - 1] === '--search-attribute' ? [a] : []));
    expect(attributes).toEqual(CLAIM_SEARCH_ATTRIBUTES.map((sa) => `${sa.name}=${sa.cliType}`));
    expect(attributes).toContain('ClaimSlaBreached=Bool');
    expect(args).not.toContain('--headless');
  });

  it('keeps state in memory without a db file, and runs headless when the UI is off', () => {
    const args = buildDevServerArgs({ port: 1234, uiPort: false, namespace: 'default', searchAttributes: [] });
    expect(args).toEqual(['server', 'start-dev', '--ip', '127.0.0.1', '--port', '1234', '--headless', '--namespace', 'default', '--log-level', 'warn']);
  });
});

describe('findTemporalCli', () => {
  it('prefers TEMPORAL_CLI_PATH, then .tools/bin, then PATH', () => {
    const root = tmpDir();
    const onPath = executable(path.join(root, 'somebin', 'temporal'));
    const env = { PATH: path.dirname(onPath) };
    expect(findTemporalCli(env, root)).toBe(onPath);
    const local = executable(path.join(root, '.tools', 'bin', 'temporal'));
    expect(findTemporalCli(env, root)).toBe(local);
    const explicit = executable(path.join(root, 'elsewhere', 'temporal'));
    expect(findTemporalCli({ ...env, TEMPORAL_CLI_PATH: explicit }, root)).toBe(explicit);
  });

  it('says to run npm run setup when nothing is found', () => {
    expect(() => findTemporalCli({ PATH: '' }, tmpDir())).toThrow(/npm run setup/);
  });

  it('rejects a TEMPORAL_CLI_PATH that is not executable', () => {
    const root = tmpDir();
    const file = path.join(root, 'temporal');
    fs.writeFileSync(file, 'x', { mode: 0o644 });
    expect(() => findTemporalCli({ TEMPORAL_CLI_PATH: file }, root)).toThrow(/TEMPORAL_CLI_PATH=.* is not an executable file/);
  });
});

describe('findTestServer', () => {
  it('uses TEMPORAL_TEST_SERVER_PATH, then .tools/bin/temporal-test-server', () => {
    const root = tmpDir();
    expect(() => findTestServer({}, root)).toThrow(/npm run setup/);
    const local = executable(path.join(root, '.tools', 'bin', 'temporal-test-server'));
    expect(findTestServer({}, root)).toBe(local);
    const explicit = executable(path.join(root, 'x', 'ts'));
    expect(findTestServer({ TEMPORAL_TEST_SERVER_PATH: explicit }, root)).toBe(explicit);
  });
});

describe('findOnPath', () => {
  it('skips non-executable files and empty entries', () => {
    const root = tmpDir();
    fs.mkdirSync(path.join(root, 'a'));
    fs.writeFileSync(path.join(root, 'a', 'tool'), 'x', { mode: 0o644 });
    const good = executable(path.join(root, 'b', 'tool'));
    expect(findOnPath('tool', ['', path.join(root, 'a'), path.join(root, 'b')].join(path.delimiter))).toBe(good);
    expect(findOnPath('tool', undefined)).toBeUndefined();
  });
});

describe('tailFile', () => {
  it('returns the last bytes, or an empty string for a missing file', () => {
    const file = path.join(tmpDir(), 'log');
    fs.writeFileSync(file, 'a'.repeat(100) + 'THE END');
    expect(tailFile(file, 7)).toBe('THE END');
    expect(tailFile(file)).toHaveLength(107);
    expect(tailFile(path.join(tmpDir(), 'nope'))).toBe('');
  });
});

describe('freePort / isPortInUse', () => {
  it('finds a free port and sees when it is taken', async () => {
    const port = await freePort();
    expect(await isPortInUse(port)).toBe(false);
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      expect(await isPortInUse(port)).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
