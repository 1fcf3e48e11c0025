/**
 * Intake bodies for tests: the DESIGN's example (CREATE_CLAIM_EXAMPLE, which the OpenAPI
 * document shows) with fresh business keys, so that every claim a test makes is new and
 * no two tests collide on idempotency or duplicate detection.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { CREATE_CLAIM_EXAMPLE } from '../../src/claims/dto/create-claim.dto';

/** A fresh Russian mobile number, so duplicate detection never links unrelated test claims. */
export const freshPhone = (): string => `+7916${String(randomInt(10_000_000)).padStart(7, '0')}`;

/** The example intake with a new external reference, order id and phone; no linked review. */
export function sampleIntakeBody(overrides: Record<string, unknown> = {}): Record<string, any> {
  const suffix = randomUUID().slice(0, 8);
  const { review: _review, ...example } = CREATE_CLAIM_EXAMPLE;
  return {
    ...example,
    externalRef: `call-${suffix}`,
    customer: { ...example.customer, phone: freshPhone() },
    order: { ...example.order, orderId: `ORD-${suffix}` },
    attachments: [...example.attachments],
    ...overrides,
  };
}
