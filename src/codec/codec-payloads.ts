/**
 * The JSON shape of Temporal's remote codec protocol (what the web UI and
 * `temporal --codec-endpoint` send and expect):
 *
 *   { "payloads": [ { "metadata": { "encoding": "<base64>" , ... }, "data": "<base64>" } ] }
 *
 * Pure conversion and validation; errors name the field.
 */
import type { Payload } from '@temporalio/common';
import type { FieldError } from '../common/errors/domain-error';

export interface JsonPayload {
  metadata?: Record<string, string>;
  data?: string;
}

export const MAX_CODEC_PAYLOADS = 1000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const METADATA_KEY = /^[\x21-\x7e]{1,256}$/;

function isBase64(value: unknown): value is string {
  return typeof value === 'string' && value.length % 4 === 0 && BASE64.test(value);
}

/** Validates a request body; returns the payloads, or the field errors. */
export function parseJsonPayloads(body: unknown): { payloads: Payload[] } | { errors: FieldError[] } {
  // proto3 JSON leaves an empty repeated field out: the Temporal CLI sends `{}` for no payloads
  const raw = (body as { payloads?: unknown } | null)?.payloads;
  const list = body && typeof body === 'object' && !Array.isArray(body) && raw === undefined ? [] : raw;
  if (!body || typeof body !== 'object' || !Array.isArray(list)) {
    return { errors: [{ field: 'payloads', message: 'payloads must be an array of { metadata, data }' }] };
  }
  if (list.length > MAX_CODEC_PAYLOADS) {
    return { errors: [{ field: 'payloads', message: `payloads must have at most ${MAX_CODEC_PAYLOADS} items` }] };
  }
  const errors: FieldError[] = [];
  const payloads: Payload[] = [];
  list.forEach((item: unknown, i) => {
    const field = `payloads[${i}]`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      errors.push({ field, message: `${field} must be an object` });
      return;
    }
    const { metadata = {}, data = '' } = item as { metadata?: unknown; data?: unknown };
    if (!metadata || typeof metadata !== 'object' || Array.isArray(metadata)) {
      errors.push({ field: `${field}.metadata`, message: 'metadata must be an object of base64 strings' });
      return;
    }
    const decoded: Record<string, Uint8Array> = {};
    for (const [key, value] of Object.entries(metadata)) {
      if (!METADATA_KEY.test(key) || !isBase64(value)) {
        errors.push({ field: `${field}.metadata.${key}`, message: 'metadata values must be base64 strings' });
        return;
      }
      decoded[key] = Buffer.from(value, 'base64');
    }
    if (!isBase64(data)) {
      errors.push({ field: `${field}.data`, message: 'data must be a base64 string' });
      return;
    }
    payloads.push({ metadata: decoded, data: Buffer.from(data, 'base64') });
  });
  return errors.length ? { errors } : { payloads };
}

export function toJsonPayload(payload: Payload): JsonPayload {
  const metadata: Record<string, string> = {};
  for (const [key, value] of Object.entries(payload.metadata ?? {})) metadata[key] = Buffer.from(value ?? []).toString('base64');
  return { metadata, data: Buffer.from(payload.data ?? []).toString('base64') };
}
