import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys: stored as the SHA-256 of the key, found by their 8-character prefix.
 * A supplier key is bound to exactly one supplier; the bootstrap admin key (from
 * ADMIN_API_KEY) is the only row named `bootstrap-admin`, so start-up can upsert it.
 */
export class ApiKeys1763900000100 implements MigrationInterface {
  name = 'ApiKeys1763900000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_keys (
        id            uuid NOT NULL DEFAULT gen_random_uuid(),
        name          text NOT NULL,
        role          text NOT NULL,
        supplier_id   text,
        key_prefix    text NOT NULL,
        key_hash      character(64) NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        revoked_at    timestamptz,
        last_used_at  timestamptz,
        CONSTRAINT api_keys_pkey PRIMARY KEY (id),
        CONSTRAINT api_keys_role_check
          CHECK (role IN ('agent', 'supervisor', 'supplier', 'auditor', 'integration', 'admin')),
        CONSTRAINT api_keys_supplier_binding_check
          CHECK ((role = 'supplier') = (supplier_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX api_keys_key_hash_key ON api_keys (key_hash)`);
    await q.query(`CREATE INDEX api_keys_key_prefix_idx ON api_keys (key_prefix)`);
    await q.query(`CREATE UNIQUE INDEX api_keys_bootstrap_admin_key ON api_keys (name) WHERE name = 'bootstrap-admin'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_keys`);
  }
}
