import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The follow-up stage: survey and review-correction columns of the claims read model
 * (for lists and analytics), and the customer-notification outbox, written in the same
 * transaction as the read-model change that causes each notification.
 */
export class FollowUp1763900400000 implements MigrationInterface {
  name = 'FollowUp1763900400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims
      ADD COLUMN first_response_at timestamptz,
      ADD COLUMN follow_up_at timestamptz,
      ADD COLUMN survey_status text,
      ADD COLUMN survey_sent_at timestamptz,
      ADD COLUMN survey_answered_at timestamptz,
      ADD COLUMN csat smallint CHECK (csat BETWEEN 1 AND 5),
      ADD COLUMN nps smallint CHECK (nps BETWEEN 0 AND 10),
      ADD COLUMN ces smallint CHECK (ces BETWEEN 1 AND 7),
      ADD COLUMN survey_alert boolean NOT NULL DEFAULT false,
      ADD COLUMN review_key text,
      ADD COLUMN review_negative boolean NOT NULL DEFAULT false,
      ADD COLUMN review_outcome text CHECK (review_outcome IN ('updated', 'unchanged', 'removed'))`);
    await q.query(`CREATE INDEX claims_review_key_idx ON claims (review_key) WHERE review_key IS NOT NULL`);
    await q.query(`
      CREATE TABLE notifications (
        id           text PRIMARY KEY,
        claim_id     text NOT NULL,
        kind         text NOT NULL,
        language     text NOT NULL,
        recipient    jsonb NOT NULL,
        subject      text NOT NULL,
        body         text NOT NULL,
        status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
        sender       text,
        attempts     integer NOT NULL DEFAULT 0,
        last_error   text,
        created_at   timestamptz NOT NULL DEFAULT now(),
        sent_at      timestamptz
      )`);
    await q.query(`CREATE INDEX notifications_claim_idx ON notifications (claim_id, created_at)`);
    await q.query(`CREATE INDEX notifications_pending_idx ON notifications (created_at) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP INDEX claims_review_key_idx`);
    await q.query(`ALTER TABLE claims
      DROP COLUMN first_response_at, DROP COLUMN follow_up_at, DROP COLUMN survey_status, DROP COLUMN survey_sent_at,
      DROP COLUMN survey_answered_at, DROP COLUMN csat, DROP COLUMN nps, DROP COLUMN ces, DROP COLUMN survey_alert,
      DROP COLUMN review_key, DROP COLUMN review_negative, DROP COLUMN review_outcome`);
  }
}
