/**
 * The customer's survey link carries a signed, expiring token: base64url(JSON payload)
 * "." base64url(HMAC-SHA256 of the payload part) with SURVEY_TOKEN_SECRET. The worker
 * signs it when it writes the survey notification; the API checks it. Pure.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface SurveyTokenPayload {
  claimId: string;
  surveyId: string;
  /** epoch ms after which the link no longer works */
  expiresAt: number;
}

export type SurveyTokenCheck =
  | { valid: true; payload: SurveyTokenPayload }
  | { valid: false; reason: 'forged' }
  | { valid: false; reason: 'expired'; payload: SurveyTokenPayload };

const mac = (part: string, secret: string) => createHmac('sha256', secret).update(part).digest('base64url');

/** The customer's survey link: PUBLIC_BASE_URL/surveys/<signed token>. The same for the same survey, whoever builds it. */
export function surveyLink(publicBaseUrl: string, secret: string, claimId: string, surveyId: string, expiresAt: string): string {
  return `${publicBaseUrl}/surveys/${signSurveyToken({ claimId, surveyId, expiresAt: Date.parse(expiresAt) }, secret)}`;
}

export function signSurveyToken(payload: SurveyTokenPayload, secret: string): string {
  const part = Buffer.from(JSON.stringify({ c: payload.claimId, s: payload.surveyId, e: payload.expiresAt })).toString('base64url');
  return `${part}.${mac(part, secret)}`;
}

/** Forged (bad shape, bad signature) or expired (signed, but past its time) — or the payload. */
export function verifySurveyToken(token: string, secret: string, now: number): SurveyTokenCheck {
  const [part, signature, extra] = token.split('.');
  if (!part || !signature || extra !== undefined) return { valid: false, reason: 'forged' };
  const expected = Buffer.from(mac(part, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { valid: false, reason: 'forged' };
  let raw: { c?: unknown; s?: unknown; e?: unknown };
  try {
    raw = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return { valid: false, reason: 'forged' };
  }
  if (typeof raw.c !== 'string' || typeof raw.s !== 'string' || typeof raw.e !== 'number') return { valid: false, reason: 'forged' };
  const payload = { claimId: raw.c, surveyId: raw.s, expiresAt: raw.e };
  return now >= payload.expiresAt ? { valid: false, reason: 'expired', payload } : { valid: true, payload };
}
