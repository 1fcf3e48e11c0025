import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Three functions so that a batch of a claim's events is written in two statements
 * instead of one per step (each statement is a round trip, and the API and the worker pay
 * CPU for each — docs/benchmarks.md, sixth round):
 *
 * - `take_staged_claim_events(claim, tags)`: takes the claim's writer lock and removes the
 *   staged batches `tags` — and any batch of a lost task at or below their sequence
 *   numbers — returning the named ones for promotion.
 * - `claim_chain_heads(claim, through)`: takes the claim's writer lock and returns the
 *   claim's last sequence number and hash; when the claim's log ends before `through`,
 *   also takes the global chain's lock (held until commit) and returns the log's last
 *   global hash. The caller computes the new hashes and checkpoints from these: the
 *   checkpoint key never reaches the database.
 * - `append_claim_batch(claim, outbox, events)`: the batch's outbox rows (already there:
 *   skipped), then its events in sequence order, each through `append_audit_event`, which
 *   still links and checks both chains itself.
 *
 * All three run with the caller's rights (`wce_app` may run them as it may run the
 * statements they hold); nothing here writes `audit_events` but `append_audit_event`.
 */
export class ClaimBatchFunctions1763901100000 implements MigrationInterface {
  name = 'ClaimBatchFunctions1763901100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION take_staged_claim_events(p_claim_id text, p_tags uuid[])
      RETURNS TABLE (staged_tag uuid, staged_batch jsonb)
      LANGUAGE plpgsql
      AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended(p_claim_id, 0));
        RETURN QUERY
          DELETE FROM staged_claim_events s
           WHERE s.claim_id = p_claim_id
             AND s.first_seq <= (SELECT max(x.last_seq) FROM staged_claim_events x WHERE x.claim_id = p_claim_id AND x.tag = ANY(p_tags))
          RETURNING s.tag, s.batch;
      END $$`);
    await q.query(`
      CREATE FUNCTION claim_chain_heads(p_claim_id text, p_through integer,
        OUT head_seq integer, OUT head_hash text, OUT global_head text)
      LANGUAGE plpgsql
      AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended(p_claim_id, 0));
        SELECT a.seq, a.hash INTO head_seq, head_hash FROM audit_events a WHERE a.claim_id = p_claim_id ORDER BY a.seq DESC LIMIT 1;
        head_seq := coalesce(head_seq, 0);
        head_hash := coalesce(head_hash, repeat('0', 64));
        IF head_seq < p_through THEN
          PERFORM pg_advisory_xact_lock(hashtextextended('audit_events.global_chain', 0));
          SELECT a.global_hash INTO global_head FROM audit_events a ORDER BY a.id DESC LIMIT 1;
          global_head := coalesce(global_head, repeat('0', 64));
        END IF;
      END $$`);
    await q.query(`
      CREATE FUNCTION append_claim_batch(p_claim_id text, p_outbox jsonb, p_events jsonb)
      RETURNS integer
      LANGUAGE plpgsql
      AS $$
      DECLARE
        e record;
        appended integer := 0;
      BEGIN
        INSERT INTO notifications (id, claim_id, kind, language, recipient, subject, body, delivered_by)
        SELECT n.id, p_claim_id, n.kind, n.language, n.recipient, n.subject, n.body, n.delivered_by
          FROM jsonb_to_recordset(p_outbox) AS n(id text, kind text, language text, recipient jsonb, subject text, body text, delivered_by text)
        ON CONFLICT (id) DO NOTHING;
        FOR e IN
          SELECT * FROM jsonb_to_recordset(p_events) AS x(seq integer, occurred_at timestamptz, actor_id text, actor_name text,
            actor_role text, action text, data jsonb, hash text, global_hash text, checkpoint text)
          ORDER BY x.seq
        LOOP
          PERFORM append_audit_event(p_claim_id, e.seq, e.occurred_at, e.actor_id, e.actor_name, e.actor_role, e.action,
            e.data, e.hash, e.global_hash, e.checkpoint);
          appended := appended + 1;
        END LOOP;
        RETURN appended;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION append_claim_batch(text, jsonb, jsonb)`);
    await q.query(`DROP FUNCTION claim_chain_heads(text, integer)`);
    await q.query(`DROP FUNCTION take_staged_claim_events(text, uuid[])`);
  }
}
