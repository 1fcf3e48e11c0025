import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log is appended only through `append_audit_event(...)`, a SECURITY DEFINER
 * function owned by the migrating role: it takes the claim's and the global chain's locks,
 * checks that the event is the claim's next one, links it to the claim's last hash and to
 * the log's last global hash itself (the caller cannot choose them), and checks the global
 * hash the caller computed. The application role `wce_app` loses INSERT on `audit_events`
 * and gets EXECUTE on the function instead.
 *
 * `checkpoint`: HMAC-SHA256 of the event's global hash under AUDIT_CHECKPOINT_KEY, a key
 * the database never holds. Verification checks it for every event from the first signed
 * one on, so an event appended by anyone without the key — through the function or as a
 * superuser recomputing every hash — shows. Events from before this migration have none.
 */
export class AuditAppendFunction1763900600000 implements MigrationInterface {
  name = 'AuditAppendFunction1763900600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_events ADD COLUMN checkpoint text`);
    await q.query(`
      CREATE FUNCTION append_audit_event(
        p_claim_id text, p_seq integer, p_occurred_at timestamptz,
        p_actor_id text, p_actor_name text, p_actor_role text,
        p_action text, p_data jsonb, p_hash text, p_global_hash text, p_checkpoint text
      ) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER
      SET search_path FROM CURRENT
      AS $$
      DECLARE
        last_seq integer;
        last_hash text;
        global_prev text;
        global_next text;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended(p_claim_id, 0));
        SELECT seq, hash INTO last_seq, last_hash FROM audit_events WHERE claim_id = p_claim_id ORDER BY seq DESC LIMIT 1;
        IF p_seq IS DISTINCT FROM coalesce(last_seq, 0) + 1 THEN
          RAISE EXCEPTION 'audit gap for claim %: expected seq %, got %', p_claim_id, coalesce(last_seq, 0) + 1, p_seq
            USING ERRCODE = 'check_violation';
        END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended('audit_events.global_chain', 0));
        SELECT global_hash INTO global_prev FROM audit_events ORDER BY id DESC LIMIT 1;
        global_prev := coalesce(global_prev, repeat('0', 64));
        global_next := encode(sha256(convert_to(global_prev || E'\\n' || p_hash, 'UTF8')), 'hex');
        IF p_global_hash IS DISTINCT FROM global_next THEN
          RAISE EXCEPTION 'audit event of claim % seq %: global hash % does not follow the log (expected %)', p_claim_id, p_seq, p_global_hash, global_next
            USING ERRCODE = 'check_violation';
        END IF;
        INSERT INTO audit_events
          (claim_id, seq, occurred_at, actor_id, actor_name, actor_role, action, data, prev_hash, hash, global_prev_hash, global_hash, checkpoint)
        VALUES
          (p_claim_id, p_seq, p_occurred_at, p_actor_id, p_actor_name, p_actor_role, p_action, p_data,
           coalesce(last_hash, repeat('0', 64)), p_hash, global_prev, global_next, p_checkpoint);
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION append_audit_event(text, integer, timestamptz, text, text, text, text, jsonb, text, text, text) FROM PUBLIC`);
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wce_app') THEN
          REVOKE INSERT ON audit_events FROM wce_app;
          GRANT EXECUTE ON FUNCTION append_audit_event(text, integer, timestamptz, text, text, text, text, jsonb, text, text, text) TO wce_app;
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wce_app') THEN
          GRANT INSERT ON audit_events TO wce_app;
        END IF;
      END $$`);
    await q.query(`DROP FUNCTION append_audit_event(text, integer, timestamptz, text, text, text, text, jsonb, text, text, text)`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN checkpoint`);
  }
}
