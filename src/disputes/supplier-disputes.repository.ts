import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { DisputeStatus, DisputeView } from '../../domain/dispute/dispute.types';
import type { ScorecardDispute } from '../../domain/dispute/scorecard';

/** The supplier-task read model (PostgreSQL), projected by the dispute workflows' activity. */
@Injectable()
export class SupplierDisputesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A dispute's last projected view; with `supplierId`, only when it is that supplier's. */
  async view(id: string, supplierId?: string): Promise<DisputeView | null> {
    const params: unknown[] = [id];
    const own = supplierId === undefined ? '' : `AND supplier_id = $${params.push(supplierId)}`;
    const [row] = await this.db.query(`SELECT view FROM supplier_disputes WHERE id = $1 ${own}`, params);
    return row?.view ?? null;
  }

  /** A supplier's tasks, newest first, keyset-paged. */
  async listForSupplier(filter: { supplierId: string; status?: DisputeStatus; limit: number; after?: { openedAt: string; id: string } }): Promise<DisputeView[]> {
    const params: unknown[] = [filter.supplierId];
    const where = ['supplier_id = $1'];
    if (filter.status) where.push(`status = $${params.push(filter.status)}`);
    if (filter.after) {
      where.push(`(opened_at, id) < ($${params.push(filter.after.openedAt)}, $${params.push(filter.after.id)})`);
    }
    const rows = await this.db.query(
      `SELECT view FROM supplier_disputes WHERE ${where.join(' AND ')} ORDER BY opened_at DESC, id DESC LIMIT $${params.push(filter.limit)}`,
      params,
    );
    return rows.map((r: { view: DisputeView }) => r.view);
  }

  /** What a scorecard is computed from: one row per dispute, optionally opened within [from, to]. */
  async scorecardRows(supplierId: string, from?: string, to?: string): Promise<ScorecardDispute[]> {
    const params: unknown[] = [supplierId];
    const where = ['supplier_id = $1'];
    if (from) where.push(`opened_at >= $${params.push(from)}`);
    if (to) where.push(`opened_at <= $${params.push(to)}`);
    const rows = await this.db.query(
      `SELECT status, response, opened_at, responded_at, overdue, amount_claimed, settled_amount, currency
         FROM supplier_disputes WHERE ${where.join(' AND ')}`,
      params,
    );
    return rows.map(
      (r: { status: DisputeStatus; response: 'accepted' | 'rejected' | null; opened_at: Date; responded_at: Date | null; overdue: boolean; amount_claimed: string; settled_amount: string | null; currency: string }) => ({
        status: r.status,
        response: r.response,
        openedAt: r.opened_at.toISOString(),
        respondedAt: r.responded_at?.toISOString() ?? null,
        overdue: r.overdue,
        amountClaimed: Number(r.amount_claimed),
        settledAmount: r.settled_amount === null ? null : Number(r.settled_amount),
        currency: r.currency.trim(),
      }),
    );
  }
}
