import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit batches written in the workflow task that accepted a care-staff action (a local
 * activity) wait here until that task is known to be durable, then move into
 * `audit_events` in one transaction ("promotion"). A local activity runs before its task
 * is durable: when the task is lost, its retry may produce other events for the same
 * sequence numbers, so a batch becomes part of the append-only, hash-chained log only once
 * someone who knows its task completed promotes it by its `tag` (a random id the writer
 * drew): the API, after the Update's answer, or the workflow's next write. Rows of a lost
 * task are never promoted; a promotion removes them. Nothing reads this table but the
 * promotion: readers, the chains and the notification relay see promoted events only.
 */
export class StagedClaimEvents1763901000000 implements MigrationInterface {
  name = 'StagedClaimEvents1763901000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE staged_claim_events (
      claim_id text NOT NULL,
      tag uuid NOT NULL,
      first_seq integer NOT NULL,
      last_seq integer NOT NULL,
      batch jsonb NOT NULL,
      staged_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (claim_id, tag)
    )`);
    await q.query(`CREATE INDEX staged_claim_events_seq_idx ON staged_claim_events (claim_id, first_seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE staged_claim_events`);
  }
}
