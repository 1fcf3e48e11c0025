/**
 * Supplier webhook secrets at rest: the worker needs each secret in clear to sign the
 * deliveries (HMAC), so it cannot be hashed; it is encrypted instead with the payload
 * codec's AES-256-GCM keys (PAYLOAD_CODEC_KEYS), which live outside the database. A dump
 * of the database alone does not let anyone sign webhooks in a supplier's name.
 *
 * Stored form: `enc:v1:<key id>:<base64 of 12-byte IV ‖ ciphertext ‖ 16-byte tag>`, the
 * supplier id as additional data (a sealed secret copied to another supplier's row does
 * not open). Without codec keys secrets are stored in clear (the API and the worker warn
 * about running without keys); clear values from before this change still open, and are
 * sealed the next time the supplier's secret is set.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The payload codec's keys (PAYLOAD_CODEC_KEYS, parsed by src/codec/payload-codec-keys.ts): what sealing needs of them. */
export interface SealingKeys {
  /** key id → 32-byte AES-256 key */
  keys: ReadonlyMap<string, Buffer>;
  /** id of the key new secrets are sealed with */
  currentKeyId: string;
}

const PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class WebhookSecretBox {
  constructor(private readonly keys?: SealingKeys) {}

  /** The form to store for `secret` of `supplierId`. */
  seal(supplierId: string, secret: string): string {
    if (!this.keys) return secret;
    const keyId = this.keys.currentKeyId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.keys.get(keyId) as Buffer, iv);
    cipher.setAAD(Buffer.from(`webhook-secret:${supplierId}`, 'utf8'));
    const sealed = Buffer.concat([iv, cipher.update(secret, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${PREFIX}${keyId}:${sealed.toString('base64')}`;
  }

  /** The secret in clear, from what is stored. Throws when it cannot be opened (unknown key, altered, other supplier). */
  open(supplierId: string, stored: string): string {
    if (!stored.startsWith(PREFIX)) return stored;
    const rest = stored.slice(PREFIX.length);
    const colon = rest.lastIndexOf(':');
    const keyId = rest.slice(0, colon);
    const key = this.keys?.keys.get(keyId);
    if (!key) throw new Error(`the webhook secret of supplier ${supplierId} is sealed with key "${keyId}", which PAYLOAD_CODEC_KEYS does not list`);
    const sealed = Buffer.from(rest.slice(colon + 1), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(`webhook-secret:${supplierId}`, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new Error(`the webhook secret of supplier ${supplierId} does not open: altered, or sealed for another supplier`);
    }
  }
}
