import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A restricted role for the API and the worker: `wce_app` (NOLOGIN) may read and write
 * the application's tables, but on `audit_events` only SELECT and INSERT — no UPDATE,
 * DELETE or TRUNCATE, even were the append-only trigger dropped — and it cannot change
 * the `migrations` table or the schema. Run migrations as the owner; run the processes
 * as a login role that is a member of wce_app:
 *
 *   CREATE ROLE claims_app LOGIN PASSWORD '…' IN ROLE wce_app;
 *
 * Roles are cluster-wide: when the migrating user may not create roles, the role is
 * skipped with a NOTICE (an operator can create it and re-run the grants below).
 * Tables created by later migrations get the same rights through default privileges.
 */
export class RestrictedAppRole1763900100100 implements MigrationInterface {
  name = 'RestrictedAppRole1763900100100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wce_app') THEN
          BEGIN
            CREATE ROLE wce_app NOLOGIN;
          EXCEPTION
            WHEN duplicate_object THEN NULL; -- created meanwhile by a migration of another database
            WHEN insufficient_privilege THEN
              RAISE NOTICE 'cannot create role wce_app (no CREATEROLE): the restricted application role is skipped';
              RETURN;
          END;
        END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO wce_app', current_schema());
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO wce_app', current_schema());
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO wce_app', current_schema());
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO wce_app', current_schema());
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO wce_app', current_schema());
        REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM wce_app;
        IF to_regclass('migrations') IS NOT NULL THEN
          REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON migrations FROM wce_app;
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    // the role is cluster-wide (other databases may use it): only this database's grants go
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wce_app') THEN
          EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE ALL ON TABLES FROM wce_app', current_schema());
          EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE ALL ON SEQUENCES FROM wce_app', current_schema());
          EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM wce_app', current_schema());
          EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM wce_app', current_schema());
          EXECUTE format('REVOKE USAGE ON SCHEMA %I FROM wce_app', current_schema());
        END IF;
      END $$`);
  }
}
