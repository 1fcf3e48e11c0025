import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customer notifications delivered by the worker's outbox relay (a `FOR UPDATE SKIP
 * LOCKED` poller) instead of one Temporal activity per batch: `delivered_by` says which
 * path owns a row (claims started before the relay keep their activity, so no row is
 * delivered by both), `next_attempt_at` spaces the relay's retries.
 */
export class NotificationRelay1763900800000 implements MigrationInterface {
  name = 'NotificationRelay1763900800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications
      ADD COLUMN delivered_by text NOT NULL DEFAULT 'activity' CHECK (delivered_by IN ('activity', 'relay')),
      ADD COLUMN next_attempt_at timestamptz`);
    await q.query(`CREATE INDEX notifications_relay_idx ON notifications (created_at) WHERE status = 'pending' AND delivered_by = 'relay'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_relay_idx`);
    await q.query(`ALTER TABLE notifications DROP COLUMN delivered_by, DROP COLUMN next_attempt_at`);
  }
}
