import { createHash, randomUUID } from 'node:crypto';
import type { ClaimIntake } from '../../domain/claim.types';
import { UUID_TEXT } from '../common/validation/uuid';

const UUID = new RegExp(`^${UUID_TEXT}$`);
const CLAIM_NUMBER = /^CL-\d{4}-\d{6,}$/;

/** A UUID-shaped id derived from a business key (RFC 9562 version 8, name-based). */
export function uuidFromKey(key: string): string {
  const h = createHash('sha256').update(key).digest();
  h[6] = (h[6] & 0x0f) | 0x80;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The claim id: the same channel + external reference always yields the same id (and so
 * the same workflow), for good; otherwise a fresh UUID. An Idempotency-Key maps to its
 * claim through its reservation (idempotency_keys), which lapses after the policy's TTL:
 * the key then names a new claim, so its id cannot be derived from the key.
 */
export function claimIdFor(intake: Pick<ClaimIntake, 'channel' | 'externalRef'>): string {
  if (intake.externalRef) return uuidFromKey(`external:${intake.channel}:${intake.externalRef}`);
  return randomUUID();
}

export function isClaimId(s: string): boolean {
  return UUID.test(s);
}

export function isClaimNumber(s: string): boolean {
  return CLAIM_NUMBER.test(s);
}
