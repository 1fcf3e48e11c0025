/** Small, testable pieces of the one-command start (start.main.ts). */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatePayloadCodecKeyEntry } from '../src/codec/payload-codec-keys';
import { maskUrl } from '../src/config/app-config';

/**
 * The admin API key kept in `file` (mode 600), generated the first time: 32 random
 * bytes, base64url (43 characters, no whitespace), so a second start reuses it.
 */
export function readOrCreateAdminKey(file: string): { key: string; created: boolean } {
  return readOrCreateSecretFile(file, () => randomBytes(32).toString('base64url'));
}

/**
 * The payload codec keys kept in `file` (mode 600) in the PAYLOAD_CODEC_KEYS notation
 * (`id:base64key,...`; the last one is current), generated the first time. To rotate,
 * append `,<new id>:<new key>` to the file: old histories keep decoding with the old key.
 */
export function readOrCreatePayloadCodecKeys(file: string, now: Date = new Date()): { key: string; created: boolean } {
  const id = `k${now.toISOString().slice(0, 10).replace(/-/g, '')}`;
  return readOrCreateSecretFile(file, () => generatePayloadCodecKeyEntry(id));
}

/** A secret kept in a file of its own (mode 600), created with `generate` when absent or empty. */
function readOrCreateSecretFile(file: string, generate: () => string): { key: string; created: boolean } {
  let exists = true;
  try {
    const key = fs.readFileSync(file, 'utf8').trim();
    if (key) return { key, created: false };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    exists = false;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const key = generate();
  try {
    // 'wx' when there is no file: of two starts racing, the second reads the first's key.
    fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: exists ? 'w' : 'wx' });
    fs.chmodSync(file, 0o600);
  } catch (err) {
    if (!exists && (err as NodeJS.ErrnoException).code === 'EEXIST') return readOrCreateSecretFile(file, generate);
    throw err;
  }
  return { key, created: true };
}

export interface BannerInfo {
  apiUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  /** when we run the dev server (absent for an external TEMPORAL_ADDRESS) */
  temporalUiUrl?: string;
  databaseUrl: string;
  databaseNote: string;
  /** the key to print; undefined when it came from ADMIN_API_KEY (not echoed) */
  adminKey?: string;
  adminKeyNote: string;
}

/** The short text printed once everything is up. */
export function formatBanner(info: BannerInfo): string {
  const key = info.adminKey ?? '$ADMIN_API_KEY';
  const lines = [
    '',
    'Warranty claims engine is running.',
    '',
    `  API           ${info.apiUrl}`,
    `  Swagger UI    ${info.apiUrl}/docs`,
    `  Health        ${info.apiUrl}/health`,
    `  Temporal UI   ${info.temporalUiUrl ?? '(external Temporal server: use its own UI)'}`,
    `  Temporal      ${info.temporalAddress}  namespace ${info.temporalNamespace}`,
    `  PostgreSQL    ${maskUrl(info.databaseUrl)}  (${info.databaseNote})`,
    `  Admin key     ${info.adminKey ?? '(from ADMIN_API_KEY)'}  ${info.adminKeyNote}`,
    '',
    'Create a key for a care agent, then use it for /claims:',
    `  curl -s -X POST ${info.apiUrl}/admin/api-keys \\`,
    `    -H 'Authorization: Bearer ${key}' -H 'Content-Type: application/json' \\`,
    `    -d '{"name":"first-agent","role":"agent"}'`,
    '',
    'Press Ctrl-C to stop (API, worker, Temporal, PostgreSQL, in that order).',
    '',
  ];
  return lines.join('\n');
}

/** `host:port` → a URL a person can open; wildcard hosts become 127.0.0.1. */
export function httpUrl(address: string | { address: string; port: number } | null, fallbackPort: number): string {
  if (!address || typeof address === 'string') return `http://127.0.0.1:${fallbackPort}`;
  const host = ['::', '0.0.0.0', ''].includes(address.address) ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/**
 * Takes read access from group and others on what `npm start` keeps in its data folder
 * (the Temporal SQLite file and its WAL, logs, keys) from earlier runs; new files are
 * created private by the umask. Folders keep their mode: the embedded PostgreSQL may run
 * as another OS user that must reach its own folder inside.
 */
export function restrictDataFiles(dataDir: string): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dataDir, { withFileTypes: true });
  } catch {
    return; // first start: nothing yet
  }
  for (const e of entries) {
    if (!e.isFile()) continue;
    const file = path.join(dataDir, e.name);
    try {
      const mode = fs.statSync(file).mode & 0o777;
      if (mode & 0o077) fs.chmodSync(file, mode & 0o700);
    } catch {
      // vanished or not ours: leave it
    }
  }
}
