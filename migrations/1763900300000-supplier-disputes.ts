import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supplier disputes: the supplier registry, the supplier-task read model (one row per
 * dispute, projected from its workflow), the outbound webhook delivery log, and the
 * claims' dispute counters for staff filters.
 */
export class SupplierDisputes1763900300000 implements MigrationInterface {
  name = 'SupplierDisputes1763900300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE suppliers (
        id                           text PRIMARY KEY,
        name                         text NOT NULL,
        contact                      jsonb NOT NULL DEFAULT '{}'::jsonb,
        response_business_days       integer CHECK (response_business_days BETWEEN 1 AND 365),
        reminder_business_days       integer[],
        webhook_url                  text,
        webhook_secret               text,
        active                       boolean NOT NULL DEFAULT true,
        created_at                   timestamptz NOT NULL DEFAULT now(),
        updated_at                   timestamptz NOT NULL DEFAULT now(),
        CHECK (webhook_url IS NULL OR webhook_secret IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE supplier_disputes (
        id               uuid PRIMARY KEY,
        claim_id         text NOT NULL,
        claim_number     text NOT NULL,
        supplier_id      text NOT NULL,
        kind             text NOT NULL,
        status           text NOT NULL,
        amount_claimed   numeric(14,2) NOT NULL,
        currency         char(3) NOT NULL,
        settled_amount   numeric(14,2),
        opened_at        timestamptz NOT NULL,
        deadline_at      timestamptz NOT NULL,
        responded_at     timestamptz,
        response         text CHECK (response IN ('accepted', 'rejected')),
        responded_late   boolean,
        overdue          boolean NOT NULL DEFAULT false,
        escalated        boolean NOT NULL DEFAULT false,
        closed_at        timestamptz,
        version          integer NOT NULL,
        view             jsonb NOT NULL,
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX supplier_disputes_supplier_idx ON supplier_disputes (supplier_id, status, opened_at DESC, id)`);
    await q.query(`CREATE INDEX supplier_disputes_claim_idx ON supplier_disputes (claim_id)`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        event_id       text PRIMARY KEY,
        supplier_id    text NOT NULL,
        type           text NOT NULL,
        status         text NOT NULL CHECK (status IN ('pending', 'delivered', 'skipped')),
        attempts       integer NOT NULL DEFAULT 0,
        last_status    integer,
        last_error     text,
        delivered_at   timestamptz,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE claims
      ADD COLUMN open_disputes integer NOT NULL DEFAULT 0,
      ADD COLUMN overdue_disputes integer NOT NULL DEFAULT 0,
      ADD COLUMN escalated_disputes integer NOT NULL DEFAULT 0`);
    await q.query(`CREATE INDEX claims_open_disputes_idx ON claims (received_at DESC, id DESC) WHERE open_disputes > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX claims_open_disputes_idx`);
    await q.query(`ALTER TABLE claims DROP COLUMN open_disputes, DROP COLUMN overdue_disputes, DROP COLUMN escalated_disputes`);
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE supplier_disputes`);
    await q.query(`DROP TABLE suppliers`);
  }
}
