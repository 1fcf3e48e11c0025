import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface AuditEventRecord {
  claimId: string;
  seq: number;
  at: string;
  recordedAt: string;
  actor: { id: string; name: string; role: string };
  action: string;
  data: Record<string, unknown>;
  prevHash: string;
  hash: string;
  globalPrevHash: string;
  globalHash: string;
  /** HMAC-SHA256 of globalHash under AUDIT_CHECKPOINT_KEY; null for events written before checkpoints */
  checkpoint: string | null;
}

/** A record with its position in the whole log (insertion order), for paging. */
export interface PositionedAuditEvent extends AuditEventRecord {
  /** audit_events.id, a bigint as text */
  position: string;
}

/** Filters of the auditor's event queries; every member optional. */
export interface AuditEventFilter {
  /** occurred at or after (ISO) */
  from?: string;
  /** occurred at or before (ISO) */
  to?: string;
  claimId?: string;
  actorId?: string;
  role?: string;
  action?: string;
  /** the claim's supplier, from the claims read model */
  supplierId?: string;
  /** only events after this position */
  after?: string;
}

const COLUMNS = `e.id, e.claim_id, e.seq, e.occurred_at, e.recorded_at, e.actor_id, e.actor_name, e.actor_role, e.action,
  e.data, e.prev_hash, e.hash, e.global_prev_hash, e.global_hash, e.checkpoint`;

function toRecord(r: Record<string, any>): PositionedAuditEvent {
  return {
    position: String(r.id),
    claimId: r.claim_id,
    seq: Number(r.seq),
    at: new Date(r.occurred_at).toISOString(),
    recordedAt: new Date(r.recorded_at).toISOString(),
    actor: { id: r.actor_id, name: r.actor_name, role: r.actor_role },
    action: r.action,
    data: r.data,
    prevHash: r.prev_hash,
    hash: r.hash,
    globalPrevHash: r.global_prev_hash,
    globalHash: r.global_hash,
    checkpoint: r.checkpoint ?? null,
  };
}

function whereOf(filter: AuditEventFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const conditions: string[] = [];
  const add = (condition: (p: string) => string, value: unknown) => {
    if (value === undefined) return;
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  add((p) => `e.occurred_at >= ${p}`, filter.from);
  add((p) => `e.occurred_at <= ${p}`, filter.to);
  add((p) => `e.claim_id = ${p}`, filter.claimId);
  add((p) => `e.actor_id = ${p}`, filter.actorId);
  add((p) => `e.actor_role = ${p}`, filter.role);
  add((p) => `e.action = ${p}`, filter.action);
  add((p) => `EXISTS (SELECT 1 FROM claims c WHERE c.id = e.claim_id AND c.supplier_id = ${p})`, filter.supplierId);
  add((p) => `e.id > ${p}::bigint`, filter.after);
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** Reads the append-only audit log (written only by the worker's activities). */
@Injectable()
export class AuditEventsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forClaim(claimId: string): Promise<PositionedAuditEvent[]> {
    const rows = await this.db.query(`SELECT ${COLUMNS} FROM audit_events e WHERE e.claim_id = $1 ORDER BY e.seq`, [claimId]);
    return rows.map(toRecord);
  }

  /** Up to `limit` events matching the filter, in log order. */
  async page(filter: AuditEventFilter, limit: number): Promise<PositionedAuditEvent[]> {
    const { sql, params } = whereOf(filter);
    const rows = await this.db.query(`SELECT ${COLUMNS} FROM audit_events e ${sql} ORDER BY e.id LIMIT ${Math.trunc(limit)}`, params);
    return rows.map(toRecord);
  }

  /**
   * Every matching event, in log order, `batchSize` rows per query (keyset paging on the
   * primary key): memory stays at one batch whatever the size of the export. The log is
   * append-only and written under one lock, so positions only grow.
   */
  async *batches(filter: AuditEventFilter, batchSize: number): AsyncGenerator<PositionedAuditEvent[]> {
    let after = filter.after;
    for (;;) {
      const batch = await this.page({ ...filter, after }, batchSize);
      if (batch.length === 0) return;
      yield batch;
      if (batch.length < batchSize) return;
      after = batch[batch.length - 1].position;
    }
  }

  /** First and last positions of the events recorded in [from, to] (either open). */
  async positionBounds(from?: string, to?: string): Promise<{ first: string; last: string } | null> {
    const [row] = await this.db.query(
      `SELECT min(id)::text AS first, max(id)::text AS last FROM audit_events
        WHERE ($1::timestamptz IS NULL OR recorded_at >= $1) AND ($2::timestamptz IS NULL OR recorded_at <= $2)`,
      [from ?? null, to ?? null],
    );
    return row?.first ? { first: row.first, last: row.last } : null;
  }

  /** Position of the first event that carries a checkpoint: every later one must carry one too. Null: none yet. */
  async firstCheckpointPosition(): Promise<string | null> {
    const [row] = await this.db.query(`SELECT min(id)::text AS first FROM audit_events WHERE checkpoint IS NOT NULL`);
    return row?.first ?? null;
  }

  /** globalHash of the last event before `position`, or null at the start of the log. */
  async globalHashBefore(position: string): Promise<string | null> {
    const [row] = await this.db.query(`SELECT global_hash FROM audit_events WHERE id < $1::bigint ORDER BY id DESC LIMIT 1`, [position]);
    return row ? row.global_hash : null;
  }

  /** Events with positions in (after, last], in log order. */
  async range(after: string, last: string, limit: number): Promise<PositionedAuditEvent[]> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM audit_events e WHERE e.id > $1::bigint AND e.id <= $2::bigint ORDER BY e.id LIMIT ${Math.trunc(limit)}`,
      [after, last],
    );
    return rows.map(toRecord);
  }

  /** Stored hashes of the given (claim, seq) events, keyed `claimId:seq`. */
  async hashesOf(keys: { claimId: string; seq: number }[]): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const rows: { claim_id: string; seq: number; hash: string }[] = await this.db.query(
      `SELECT e.claim_id, e.seq, e.hash FROM audit_events e
         JOIN unnest($1::text[], $2::int[]) AS k(claim_id, seq) ON e.claim_id = k.claim_id AND e.seq = k.seq`,
      [keys.map((k) => k.claimId), keys.map((k) => k.seq)],
    );
    return new Map(rows.map((r) => [`${r.claim_id}:${Number(r.seq)}`, r.hash]));
  }

  /** The claim's read-model version (its last event's seq), or undefined when there is no row. */
  async readModelVersion(claimId: string): Promise<number | undefined> {
    const [row] = await this.db.query(`SELECT version FROM claims WHERE id = $1`, [claimId]);
    return row ? Number(row.version) : undefined;
  }

  /**
   * Claims whose read model and audit log disagree on the last event (events lost, or
   * appended behind the application's back), among those updated at or after `from`
   * and received at or before `to`.
   */
  async claimsOutOfStep(from: string | undefined, to: string | undefined, limit: number): Promise<{ claimId: string; lastSeq: number; version: number }[]> {
    const rows = await this.db.query(
      `SELECT c.id, c.version, COALESCE(m.last_seq, 0) AS last_seq
         FROM claims c
         LEFT JOIN LATERAL (SELECT max(seq) AS last_seq FROM audit_events e WHERE e.claim_id = c.id) m ON true
        WHERE COALESCE(m.last_seq, 0) <> c.version
          AND ($1::timestamptz IS NULL OR c.updated_at >= $1)
          AND ($2::timestamptz IS NULL OR c.received_at <= $2)
        ORDER BY c.received_at, c.id
        LIMIT ${Math.trunc(limit)}`,
      [from ?? null, to ?? null],
    );
    return rows.map((r: Record<string, unknown>) => ({ claimId: String(r.id), lastSeq: Number(r.last_seq), version: Number(r.version) }));
  }
}
