import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface IdempotencyRecord {
  key: string;
  requestHash: string;
  claimId: string;
}

/** Intake idempotency keys (Stripe / IETF draft semantics), remembered for the policy's TTL. */
@Injectable()
export class IdempotencyKeysRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Reserves `key` for this request, or returns the record of the request that already
   * holds it. Expired keys are forgotten first, so they can be reused.
   */
  async reserve(key: string, requestHash: string, claimId: string, ttlMs: number): Promise<IdempotencyRecord> {
    await this.db.query(`DELETE FROM idempotency_keys WHERE key = $1 AND expires_at <= now()`, [key]);
    await this.db.query(
      `INSERT INTO idempotency_keys (key, request_hash, claim_id, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))
       ON CONFLICT (key) DO NOTHING`,
      [key, requestHash, claimId, ttlMs / 1000],
    );
    const [row] = await this.db.query(`SELECT key, request_hash, claim_id FROM idempotency_keys WHERE key = $1`, [key]);
    return { key: row.key, requestHash: row.request_hash, claimId: row.claim_id };
  }
}
