import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `GET /claims?q=` searches `search_text` with `LIKE '%…%'`, which no b-tree can serve:
 * at 1M claims a rare term (a phone, an order id) scanned the whole table. A trigram GIN
 * index (pg_trgm, shipped with PostgreSQL's contrib and trusted since PostgreSQL 13)
 * serves any substring of three characters or more. See docs/benchmarks.md.
 */
export class ClaimsSearchTrigram1763900200100 implements MigrationInterface {
  name = 'ClaimsSearchTrigram1763900200100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX claims_search_trgm_idx ON claims USING gin (search_text gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX claims_search_trgm_idx`);
    // pg_trgm stays: other objects may use it
  }
}
