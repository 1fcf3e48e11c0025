import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ClaimView } from '../../domain/claim/claim-view';
import type { RegisterClaimInput, RegisterClaimResult } from '../../domain/claim/claim-registration';
import { registerClaimNumber } from '../../activities/claim-records/claim-registration.queries';

export interface ClaimListFilter {
  status?: string;
  channel?: string;
  type?: string;
  unit?: string;
  defectCode?: string;
  supplierId?: string;
  slaBreached?: boolean;
  deadlineBreached?: boolean;
  /** claims with supplier disputes that are open, overdue or escalated */
  disputes?: 'open' | 'overdue' | 'escalated';
  receivedFrom?: string;
  receivedTo?: string;
  q?: string;
  /**
   * what `q` searches: `all` (number, customer's name, phone and e-mail, order, product,
   * description, external reference) for roles that see personal data; `business` (number,
   * order id, SKU, product name, external reference) for the others, so that a masked
   * name or phone cannot be recovered by guessing it substring by substring
   */
  qScope?: 'all' | 'business';
  limit: number;
  /** `received`: newest first (default); `due`: what is due first (`due_at`, then by id) */
  sort?: ClaimSort;
  /** the last row of the previous page: its sort instant (received_at or due_at) and id */
  after?: { at: string; id: string };
}

export type ClaimSort = 'received' | 'due';

/** No SLA running and no statutory deadline (or not open): sorted last by `due`. */
export const NOTHING_DUE = '9999-12-31T00:00:00.000Z';

export interface ClaimSummaryRow {
  id: string;
  number: string;
  status: string;
  channel: string;
  type: string | null;
  unit: string | null;
  defect_code: string | null;
  supplier_id: string | null;
  customer_name: string;
  order_id: string;
  product_name: string;
  received_at: Date;
  sla_due_at: Date;
  first_response_at: Date | null;
  due_at: Date;
  sla_breached: boolean;
  deadline_at: Date | null;
  deadline_breached: boolean;
  penalty_amount: string;
  currency: string;
  open_disputes: number;
  overdue_disputes: number;
  escalated_disputes: number;
  survey_alert: boolean;
  updated_at: Date;
}

/** The searchable text without personal data (see `qScope`). */
const BUSINESS_SEARCH_TEXT = `lower(concat_ws(' ', number, order_id, sku, product_name, external_ref))`;

/** The claims read model (PostgreSQL), projected by the worker's activities. */
@Injectable()
export class ClaimsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The claim's number and likely duplicates, registered before its workflow starts (the same rule the worker's activity runs). */
  register(input: RegisterClaimInput): Promise<RegisterClaimResult> {
    return registerClaimNumber(this.db, input);
  }

  async list(filter: ClaimListFilter): Promise<ClaimSummaryRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.status) add('status = ?', filter.status);
    if (filter.channel) add('channel = ?', filter.channel);
    if (filter.type) add('type = ?', filter.type);
    if (filter.unit) add('unit = ?', filter.unit);
    if (filter.defectCode) add('defect_code = ?', filter.defectCode);
    if (filter.supplierId) add('supplier_id = ?', filter.supplierId);
    if (filter.slaBreached !== undefined) add('sla_breached = ?', filter.slaBreached);
    if (filter.deadlineBreached !== undefined) add('deadline_breached = ?', filter.deadlineBreached);
    if (filter.disputes) where.push(`${filter.disputes}_disputes > 0`);
    if (filter.receivedFrom) add('received_at >= ?', filter.receivedFrom);
    if (filter.receivedTo) add('received_at <= ?', filter.receivedTo);
    if (filter.q) {
      const column = filter.qScope === 'business' ? BUSINESS_SEARCH_TEXT : 'search_text';
      add(`${column} LIKE ?`, `%${escapeLike(filter.q.toLowerCase())}%`);
    }
    // keyset paging in the sort's own order (claims_received_idx / claims_due_idx)
    const due = filter.sort === 'due';
    if (filter.after) {
      params.push(filter.after.at, filter.after.id);
      where.push(due ? `(due_at, id) > ($${params.length - 1}, $${params.length})` : `(received_at, id) < ($${params.length - 1}, $${params.length})`);
    }
    params.push(filter.limit);
    return this.db.query(
      `SELECT id, number, status, channel, type, unit, defect_code, supplier_id, customer_name, order_id,
              product_name, received_at, sla_due_at, first_response_at, due_at, sla_breached, deadline_at, deadline_breached,
              penalty_amount, currency, open_disputes, overdue_disputes, escalated_disputes, survey_alert, updated_at
         FROM claims
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${due ? 'due_at ASC, id ASC' : 'received_at DESC, id DESC'}
        LIMIT $${params.length}`,
      params,
    );
  }

  /** The last projected view of a claim (used once its workflow has ended). */
  async lastView(claimId: string): Promise<ClaimView | null> {
    const rows: Array<{ view: ClaimView }> = await this.db.query(`SELECT view FROM claims WHERE id = $1`, [claimId]);
    return rows[0]?.view ?? null;
  }

  async idByNumber(number: string): Promise<string | null> {
    const rows: Array<{ claim_id: string }> = await this.db.query(`SELECT claim_id FROM claim_numbers WHERE number = $1`, [number]);
    return rows[0]?.claim_id ?? null;
  }

  async exists(claimId: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM claim_numbers WHERE claim_id = $1`, [claimId]);
    return rows.length > 0;
  }

  /** The claim's open alerts (claim_alerts), oldest first. */
  async openAlerts(claimId: string): Promise<Array<{ kind: string; detail: string; since: string; attempts: number }>> {
    const rows = await this.db.query(
      `SELECT kind, detail, first_seen, attempts FROM claim_alerts WHERE claim_id = $1 AND resolved_at IS NULL ORDER BY first_seen`,
      [claimId],
    );
    return rows.map((r: Record<string, any>) => ({ kind: r.kind, detail: r.detail, since: new Date(r.first_seen).toISOString(), attempts: Number(r.attempts) }));
  }
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
