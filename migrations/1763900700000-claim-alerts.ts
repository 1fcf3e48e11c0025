import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerts on a claim that something needs an operator: today `recording_blocked`, when the
 * worker cannot write the claim's events for a reason a retry alone will not cure (a data
 * error from PostgreSQL). The worker keeps retrying — a deployed fix then repairs the claim
 * by itself — but the claim no longer fails silently: GET /claims/{id} lists the alert,
 * `wce_claims_recording_blocked` counts such claims, and the alert is resolved at the
 * first successful write.
 */
export class ClaimAlerts1763900700000 implements MigrationInterface {
  name = 'ClaimAlerts1763900700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE claim_alerts (
        claim_id     text NOT NULL,
        kind         text NOT NULL,
        detail       text NOT NULL,
        attempts     integer NOT NULL DEFAULT 1,
        first_seen   timestamptz NOT NULL DEFAULT now(),
        last_seen    timestamptz NOT NULL DEFAULT now(),
        resolved_at  timestamptz,
        PRIMARY KEY (claim_id, kind)
      )`);
    await q.query(`CREATE INDEX claim_alerts_open_idx ON claim_alerts (kind) WHERE resolved_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE claim_alerts`);
  }
}
