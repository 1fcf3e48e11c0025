/**
 * A Temporal PayloadCodec that encrypts every payload with AES-256-GCM, so workflow
 * inputs, results, update arguments and activity arguments (customer names, phones,
 * e-mails) never reach the Temporal server in clear.
 *
 * An encrypted payload: metadata `encoding: binary/encrypted`, `encryption-key-id: <id>`,
 * `encryption-cipher: AES256-GCM`; data = 12-byte IV ‖ ciphertext ‖ 16-byte tag of the
 * protobuf-serialised original payload. The key id is also the GCM additional data, so a
 * payload cannot be relabelled with another key id.
 *
 * Key rotation: new payloads use the current key; any payload decodes with the key its
 * metadata names, as long as that key is still configured. Payloads that are not
 * encrypted (histories written before the codec) pass through unchanged.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { PayloadCodecKeys } from './payload-codec-keys';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';
export const CIPHER_METADATA = 'encryption-cipher';
export const CIPHER_NAME = 'AES256-GCM';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array | null | undefined) => (b ? Buffer.from(b).toString('utf8') : undefined);

/** A payload the codec cannot decode: unknown key id, or tampered / truncated data. */
export class PayloadDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadDecryptionError';
  }
}

export class AesGcmPayloadCodec implements PayloadCodec {
  constructor(private readonly config: PayloadCodecKeys) {}

  get currentKeyId(): string {
    return this.config.currentKeyId;
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.encryptOne(payload));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.decryptOne(payload));
  }

  /** True when the payload carries this codec's encoding. */
  static isEncrypted(payload: Payload): boolean {
    return text(payload.metadata?.encoding) === ENCRYPTED_ENCODING;
  }

  private encryptOne(payload: Payload): Payload {
    const keyId = this.config.currentKeyId;
    const key = this.config.keys.get(keyId) as Buffer;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(keyId, 'utf8'));
    const plain = temporal.api.common.v1.Payload.encode(payload).finish();
    const encrypted = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    return {
      metadata: {
        encoding: utf8(ENCRYPTED_ENCODING),
        [KEY_ID_METADATA]: utf8(keyId),
        [CIPHER_METADATA]: utf8(CIPHER_NAME),
      },
      data: new Uint8Array(encrypted),
    };
  }

  private decryptOne(payload: Payload): Payload {
    if (!AesGcmPayloadCodec.isEncrypted(payload)) return payload;
    const keyId = text(payload.metadata?.[KEY_ID_METADATA]);
    const key = keyId === undefined ? undefined : this.config.keys.get(keyId);
    if (!keyId || !key) {
      throw new PayloadDecryptionError(
        `payload encrypted with key id ${JSON.stringify(keyId ?? null)}, which is not in PAYLOAD_CODEC_KEYS`,
      );
    }
    const data = Buffer.from(payload.data ?? new Uint8Array());
    if (data.length < IV_BYTES + TAG_BYTES) throw new PayloadDecryptionError('encrypted payload is truncated');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(keyId, 'utf8'));
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
      const decoded = temporal.api.common.v1.Payload.decode(plain);
      return { metadata: decoded.metadata, data: decoded.data };
    } catch {
      throw new PayloadDecryptionError(`encrypted payload (key id ${keyId}) failed authentication: altered or wrong key`);
    }
  }
}
