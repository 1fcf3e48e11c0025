import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parsePayloadCodecKeys } from '../src/codec/payload-codec-keys';
import { formatBanner, httpUrl, readOrCreateAdminKey, readOrCreatePayloadCodecKeys, restrictDataFiles } from './start-helpers';

describe('readOrCreateAdminKey', () => {
  it('creates a strong key once, mode 600, and reuses it', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wce-key-')), 'sub', 'admin-api-key');
    const first = readOrCreateAdminKey(file);
    expect(first.created).toBe(true);
    expect(first.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const second = readOrCreateAdminKey(file);
    expect(second).toEqual({ key: first.key, created: false });
  });

  it('replaces an empty key file, with mode 600', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wce-key-')), 'admin-api-key');
    fs.writeFileSync(file, '\n', { mode: 0o644 });
    const { key, created } = readOrCreateAdminKey(file);
    expect(created).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${key}\n`);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('readOrCreatePayloadCodecKeys', () => {
  it('creates one valid dated key once, mode 600, and reuses the file (rotated keys included)', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wce-codec-')), 'payload-codec-keys');
    const first = readOrCreatePayloadCodecKeys(file, new Date('2026-11-23T10:00:00Z'));
    expect(first.created).toBe(true);
    expect(first.key).toMatch(/^k20261123:[A-Za-z0-9+/]{43}=$/);
    expect(parsePayloadCodecKeys(first.key, undefined)).toEqual({ value: expect.objectContaining({ currentKeyId: 'k20261123' }) });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    fs.appendFileSync(file, ',k2:' + Buffer.alloc(32).toString('base64'));
    const second = readOrCreatePayloadCodecKeys(file);
    expect(second.created).toBe(false);
    expect(parsePayloadCodecKeys(second.key, undefined)).toEqual({ value: expect.objectContaining({ currentKeyId: 'k2' }) });
  });
});

describe('httpUrl', () => {
  it('turns a listening address into a URL a person can open', () => {
    expect(httpUrl({ address: '::', port: 3000 }, 1)).toBe('http://127.0.0.1:3000');
    expect(httpUrl({ address: '0.0.0.0', port: 3001 }, 1)).toBe('http://127.0.0.1:3001');
    expect(httpUrl({ address: '::1', port: 3002 }, 1)).toBe('http://[::1]:3002');
    expect(httpUrl(null, 3003)).toBe('http://127.0.0.1:3003');
  });
});

describe('formatBanner', () => {
  const base = {
    apiUrl: 'http://127.0.0.1:3000',
    temporalAddress: '127.0.0.1:7233',
    temporalNamespace: 'default',
    temporalUiUrl: 'http://127.0.0.1:8233',
    databaseUrl: 'postgres://postgres:pw@127.0.0.1:54320/claims',
    databaseNote: 'embedded',
    adminKeyNote: '(kept in .data/admin-api-key)',
  };

  it('shows the URLs, the generated key and a curl that uses it, never the database password', () => {
    const text = formatBanner({ ...base, adminKey: 'K'.repeat(43) });
    expect(text).toContain('http://127.0.0.1:3000/docs');
    expect(text).toContain('http://127.0.0.1:8233');
    expect(text).toContain(`Authorization: Bearer ${'K'.repeat(43)}`);
    expect(text).toContain('postgres://postgres:***@127.0.0.1:54320/claims');
    expect(text).not.toContain(':pw@');
  });

  it('does not echo a key that came from ADMIN_API_KEY', () => {
    const text = formatBanner({ ...base, temporalUiUrl: undefined, adminKeyNote: '' });
    expect(text).toContain('(from ADMIN_API_KEY)');
    expect(text).toContain('Bearer $ADMIN_API_KEY');
    expect(text).toContain('external Temporal server');
  });
});

describe('restrictDataFiles', () => {
  it('takes group and other access from the files of the data folder, not from its folders', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wce-data-'));
    fs.writeFileSync(path.join(dir, 'temporal.db'), 'x', { mode: 0o644 });
    fs.writeFileSync(path.join(dir, 'postgres.log'), 'x', { mode: 0o666 });
    fs.mkdirSync(path.join(dir, 'postgres'), { mode: 0o755 });
    fs.chmodSync(path.join(dir, 'temporal.db'), 0o644);
    fs.chmodSync(path.join(dir, 'postgres.log'), 0o666);
    fs.chmodSync(path.join(dir, 'postgres'), 0o755);
    restrictDataFiles(dir);
    const mode = (f: string) => fs.statSync(path.join(dir, f)).mode & 0o777;
    expect([mode('temporal.db'), mode('postgres.log'), mode('postgres')]).toEqual([0o600, 0o600, 0o755]);
    restrictDataFiles(path.join(dir, 'missing')); // first start: no folder yet, no error
  });
});
