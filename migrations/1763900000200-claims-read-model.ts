import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The claims read model (one row per claim, projected from its workflow), the
 * append-only hash-chained audit log, claim numbers and intake idempotency keys.
 */
export class ClaimsReadModel1763900000200 implements MigrationInterface {
  name = 'ClaimsReadModel1763900000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE claim_number_seq START 1`);
    await q.query(`
      CREATE TABLE claim_numbers (
        claim_id    text PRIMARY KEY,
        year        integer NOT NULL,
        seq         bigint NOT NULL DEFAULT nextval('claim_number_seq'),
        number      text NOT NULL UNIQUE,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE claims (
        id                 text PRIMARY KEY,
        number             text NOT NULL UNIQUE,
        status             text NOT NULL,
        channel            text NOT NULL,
        external_ref       text,
        type               text,
        unit               text,
        defect_code        text,
        severity           text,
        supplier_id        text,
        customer_name      text NOT NULL,
        customer_phone     text,
        customer_email     text,
        order_id           text NOT NULL,
        sku                text NOT NULL,
        product_name       text NOT NULL,
        category           text NOT NULL,
        price              numeric(14,2) NOT NULL,
        currency           char(3) NOT NULL,
        in_warranty        boolean NOT NULL,
        received_at        timestamptz NOT NULL,
        triaged_at         timestamptz,
        resolved_at        timestamptz,
        closed_at          timestamptz,
        sla_due_at         timestamptz NOT NULL,
        sla_breached       boolean NOT NULL DEFAULT false,
        deadline_at        timestamptz,
        deadline_breached  boolean NOT NULL DEFAULT false,
        penalty_amount     numeric(14,2) NOT NULL DEFAULT 0,
        possible_duplicate boolean NOT NULL DEFAULT false,
        waiting_on_customer boolean NOT NULL DEFAULT false,
        search_text        text NOT NULL,
        version            integer NOT NULL,
        view               jsonb NOT NULL,
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX claims_received_idx ON claims (received_at DESC, id DESC)`);
    await q.query(`CREATE INDEX claims_status_idx ON claims (status, received_at DESC)`);
    await q.query(`CREATE INDEX claims_channel_idx ON claims (channel, received_at DESC)`);
    await q.query(`CREATE INDEX claims_supplier_idx ON claims (supplier_id) WHERE supplier_id IS NOT NULL`);
    await q.query(`CREATE INDEX claims_defect_idx ON claims (defect_code) WHERE defect_code IS NOT NULL`);
    await q.query(`CREATE INDEX claims_order_idx ON claims (order_id)`);
    await q.query(`CREATE UNIQUE INDEX claims_external_ref_idx ON claims (channel, external_ref) WHERE external_ref IS NOT NULL`);

    await q.query(`
      CREATE TABLE audit_events (
        id           bigserial PRIMARY KEY,
        claim_id     text NOT NULL,
        seq          integer NOT NULL,
        occurred_at  timestamptz NOT NULL,
        recorded_at  timestamptz NOT NULL DEFAULT now(),
        actor_id     text NOT NULL,
        actor_name   text NOT NULL,
        actor_role   text NOT NULL,
        action       text NOT NULL,
        data         jsonb NOT NULL,
        prev_hash    text NOT NULL,
        hash         text NOT NULL,
        CONSTRAINT audit_events_claim_seq_uq UNIQUE (claim_id, seq)
      )`);
    await q.query(`CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at, id)`);
    // Append-only: the log refuses UPDATE and DELETE whoever asks.
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);

    await q.query(`
      CREATE TABLE idempotency_keys (
        key           text PRIMARY KEY,
        request_hash  text NOT NULL,
        claim_id      text NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        expires_at    timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX idempotency_keys_expires_idx ON idempotency_keys (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only`);
    await q.query(`DROP TABLE claims`);
    await q.query(`DROP TABLE claim_numbers`);
    await q.query(`DROP SEQUENCE claim_number_seq`);
  }
}
