/**
 * Signatures of outbound supplier webhooks: `X-Signature: sha256=<hex>` where hex is
 * the HMAC-SHA256 of the raw request body with the supplier's secret. Receivers verify
 * by recomputing it over the bytes they received (before any JSON parsing).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Signature';
export const EVENT_ID_HEADER = 'X-Event-Id';
export const EVENT_TYPE_HEADER = 'X-Event-Type';

export function webhookSignature(rawBody: string | Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** Constant-time check of a received `X-Signature` header against the body and secret. */
export function verifyWebhookSignature(rawBody: string | Buffer, secret: string, header: string | undefined): boolean {
  if (typeof header !== 'string') return false;
  const expected = Buffer.from(webhookSignature(rawBody, secret));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
