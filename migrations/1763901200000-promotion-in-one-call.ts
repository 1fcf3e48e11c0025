import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `take_staged_claim_batches(claim, tags)`: a promotion's first statement — what
 * `take_staged_claim_events` and `claim_chain_heads` (migration 1763901100000) did in two —
 * so that promoting an action's batch costs four round trips (begin, this, the append,
 * commit) instead of five (docs/benchmarks.md, seventh round). Under the claim's writer
 * lock it reads how far the named batches reach, answers the chains' heads for that (the
 * global chain's lock too when the log ends before it), and removes the named batches — and
 * any of a lost task at or below them — returning them with the heads on every row. With
 * no named batch left (promoted already), it returns nothing and takes no global lock.
 * Runs with the caller's rights, like the two it calls.
 */
export class PromotionInOneCall1763901200000 implements MigrationInterface {
  name = 'PromotionInOneCall1763901200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION take_staged_claim_batches(p_claim_id text, p_tags uuid[])
      RETURNS TABLE (staged_tag uuid, staged_batch jsonb, head_seq integer, head_hash text, global_head text)
      LANGUAGE plpgsql
      AS $$
      DECLARE
        through integer;
        heads record;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended(p_claim_id, 0));
        SELECT max(x.last_seq) INTO through FROM staged_claim_events x WHERE x.claim_id = p_claim_id AND x.tag = ANY(p_tags);
        IF through IS NULL THEN
          RETURN;
        END IF;
        SELECT h.head_seq, h.head_hash, h.global_head INTO heads FROM claim_chain_heads(p_claim_id, through) h;
        RETURN QUERY
          SELECT t.staged_tag, t.staged_batch, heads.head_seq, heads.head_hash, heads.global_head
            FROM take_staged_claim_events(p_claim_id, p_tags) t;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION take_staged_claim_batches(text, uuid[])`);
  }
}
