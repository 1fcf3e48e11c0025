/**
 * Keys of the Temporal payload codec, from the environment:
 *
 *   PAYLOAD_CODEC_KEYS   = "<id>:<base64 32-byte key>,<id>:<base64 key>,..."  (every key still needed to read old histories)
 *   PAYLOAD_CODEC_KEY_ID = "<id>"   the key new payloads are encrypted with (default: the last one listed)
 *
 * Pure: parses and validates, reporting every problem, never echoing key material.
 */
import { randomBytes } from 'node:crypto';

export const KEY_ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;
export const KEY_BYTES = 32;

export interface PayloadCodecKeys {
  /** key id → 32-byte AES-256 key */
  keys: ReadonlyMap<string, Buffer>;
  /** id of the key new payloads are encrypted with */
  currentKeyId: string;
}

/** Parses the two variables; returns the problems instead when there are any. */
export function parsePayloadCodecKeys(
  keysText: string,
  currentKeyIdText: string | undefined,
): { value: PayloadCodecKeys } | { problems: string[] } {
  const problems: string[] = [];
  const keys = new Map<string, Buffer>();
  const entries = keysText.split(',').map((e) => e.trim()).filter((e) => e.length > 0);
  if (entries.length === 0) problems.push('PAYLOAD_CODEC_KEYS: lists no key; expected "id:base64key,..."');
  entries.forEach((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    const material = colon > 0 ? entry.slice(colon + 1) : '';
    const where = `PAYLOAD_CODEC_KEYS entry ${index + 1}`;
    if (!KEY_ID_PATTERN.test(id)) {
      problems.push(`${where}: must be "id:base64key" with an id of 1-64 letters, digits, "_", "." or "-"`);
      return;
    }
    if (keys.has(id)) {
      problems.push(`${where}: key id "${id}" is listed twice`);
      return;
    }
    const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(material) ? Buffer.from(material, 'base64') : Buffer.alloc(0);
    if (key.length !== KEY_BYTES) {
      problems.push(`${where} ("${id}"): the key must be ${KEY_BYTES} bytes in base64 (generate one with \`openssl rand -base64 32\`)`);
      return;
    }
    keys.set(id, key);
  });
  const currentKeyId = currentKeyIdText ?? [...keys.keys()].pop();
  if (currentKeyId !== undefined && problems.length === 0 && !keys.has(currentKeyId)) {
    problems.push(`PAYLOAD_CODEC_KEY_ID: "${currentKeyId}" is not one of the ids in PAYLOAD_CODEC_KEYS`);
  }
  if (problems.length > 0 || currentKeyId === undefined) return { problems };
  return { value: { keys, currentKeyId } };
}

/** A fresh `id:base64key` entry (used by the embedded start and by tests). */
export function generatePayloadCodecKeyEntry(id: string): string {
  if (!KEY_ID_PATTERN.test(id)) throw new Error(`invalid key id ${JSON.stringify(id)}`);
  return `${id}:${randomBytes(KEY_BYTES).toString('base64')}`;
}
