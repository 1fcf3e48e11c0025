/**
 * API key material. A key looks like `wce_<prefix>_<secret>`: `prefix` is 8 lower-case
 * hex characters that find the key's row and identify it in listings, `secret` is 40
 * hex characters (160 random bits). Only the SHA-256 of the whole key is stored.
 *
 * The bootstrap admin key (ADMIN_API_KEY) may be any string of 24+ characters; when it
 * does not have this shape its rows use the prefix `bootstrap`.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const KEY_PREFIX_LENGTH = 8;
const KEY_PATTERN = /^wce_([0-9a-z]{8})_([0-9A-Za-z_-]{32,})$/;

/** The prefix stored for a bootstrap admin key that is not shaped like a generated key. */
export const FREEFORM_KEY_PREFIX = 'bootstrap';

export interface GeneratedApiKey {
  key: string;
  prefix: string;
  hash: string;
}

export function generateApiKey(): GeneratedApiKey {
  const prefix = randomBytes(KEY_PREFIX_LENGTH / 2).toString('hex');
  const key = `wce_${prefix}_${randomBytes(20).toString('hex')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

/** Hex SHA-256 of the whole key. The key is random, so no salt or slow hash is needed. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The prefix rows of this key are stored under. */
export function keyPrefixOf(key: string): string {
  return KEY_PATTERN.exec(key)?.[1] ?? FREEFORM_KEY_PREFIX;
}

/** Constant-time comparison of two hex SHA-256 digests. */
export function hashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === 32 && right.length === 32 && timingSafeEqual(left, right);
}
