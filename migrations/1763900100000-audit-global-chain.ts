import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A second hash chain over the whole audit log, in insertion (`id`) order:
 * `global_hash = sha256(global_prev_hash || "\n" || hash)`, starting from 64 zeros.
 * The per-claim chain shows an altered or missing event inside a claim; this one also
 * shows events removed from the log altogether (a whole claim's history deleted).
 * Writers take one advisory lock, so the chain is linear; the unique index refuses a fork.
 * Existing rows are chained here, in id order.
 */
export class AuditGlobalChain1763900100000 implements MigrationInterface {
  name = 'AuditGlobalChain1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_events ADD COLUMN global_prev_hash text, ADD COLUMN global_hash text`);
    await q.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
    await q.query(`
      DO $$
      DECLARE
        r record;
        prev text := repeat('0', 64);
        h text;
      BEGIN
        FOR r IN SELECT id, hash FROM audit_events ORDER BY id LOOP
          h := encode(sha256(convert_to(prev || E'\\n' || r.hash, 'UTF8')), 'hex');
          UPDATE audit_events SET global_prev_hash = prev, global_hash = h WHERE id = r.id;
          prev := h;
        END LOOP;
      END $$`);
    await q.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);
    await q.query(`ALTER TABLE audit_events ALTER COLUMN global_prev_hash SET NOT NULL, ALTER COLUMN global_hash SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX audit_events_global_prev_uq ON audit_events (global_prev_hash)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_events_global_prev_uq`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN global_hash, DROP COLUMN global_prev_hash`);
  }
}
