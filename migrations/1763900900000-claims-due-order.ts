import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "What is due first" for the care queue (`GET /claims?sort=due`): `due_at`, the earlier of
 * the claim's first-response SLA (until someone responded) and its statutory deadline,
 * while the claim is open (received, triaged, remedy in progress); a far-future instant
 * otherwise, so that such claims come last and the keyset cursor needs no NULL case.
 * A stored generated column, kept by PostgreSQL with every upsert, and its paging index.
 */
export class ClaimsDueOrder1763900900000 implements MigrationInterface {
  name = 'ClaimsDueOrder1763900900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims ADD COLUMN due_at timestamptz GENERATED ALWAYS AS (
      CASE WHEN status IN ('received', 'triaged', 'remedy_in_progress')
           THEN COALESCE(LEAST(CASE WHEN first_response_at IS NULL THEN sla_due_at END, deadline_at), '9999-12-31T00:00:00Z'::timestamptz)
           ELSE '9999-12-31T00:00:00Z'::timestamptz END) STORED`);
    await q.query(`CREATE INDEX claims_due_idx ON claims (due_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX claims_due_idx`);
    await q.query(`ALTER TABLE claims DROP COLUMN due_at`);
  }
}
