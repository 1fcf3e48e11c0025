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
   * holds it. An expired key is taken over in place, so it can be reused. One statement on
   * the way every intake takes; a second only when another request inserted the key after
   * this statement's snapshot was taken (its row is then read with a fresh one).
   */
  async reserve(key: string, requestHash: string, claimId: string, ttlMs: number): Promise<IdempotencyRecord> {
    const [held]: Array<{ key: string; request_hash: string; claim_id: string }> = await this.db.query(
      `WITH taken AS (
         INSERT INTO idempotency_keys (key, request_hash, claim_id, expires_at)
         VALUES ($1, $2, $3, now() + make_interval(secs => $4))
         ON CONFLICT (key) DO UPDATE
           SET request_hash = EXCLUDED.request_hash, claim_id = EXCLUDED.claim_id, created_at = now(), expires_at = EXCLUDED.expires_at
           WHERE idempotency_keys.expires_at <= now()
         RETURNING key, request_hash, claim_id
       )
       SELECT key, request_hash, claim_id FROM taken
       UNION ALL
       SELECT key, request_hash, claim_id FROM idempotency_keys WHERE key = $1 AND NOT EXISTS (SELECT 1 FROM taken)`,
      [key, requestHash, claimId, ttlMs / 1000],
    );
    const row = held ?? (await this.db.query(`SELECT key, request_hash, claim_id FROM idempotency_keys WHERE key = $1`, [key]))[0];
    return { key: row.key, requestHash: row.request_hash, claimId: row.claim_id };
  }
}
