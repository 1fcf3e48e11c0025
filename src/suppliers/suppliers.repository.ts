import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface SupplierContact {
  person?: string;
  email?: string;
  phone?: string;
}

/** A supplier as stored; `webhookSecret` never leaves the server. */
export interface SupplierRecord {
  id: string;
  name: string;
  contact: SupplierContact;
  responseBusinessDays: number | null;
  reminderBusinessDaysBefore: number[] | null;
  webhookUrl: string | null;
  webhookSecret: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export type SupplierChanges = Partial<Omit<SupplierRecord, 'id' | 'createdAt' | 'updatedAt'>>;

const COLUMNS: Record<keyof SupplierChanges, string> = {
  name: 'name',
  contact: 'contact',
  responseBusinessDays: 'response_business_days',
  reminderBusinessDaysBefore: 'reminder_business_days',
  webhookUrl: 'webhook_url',
  webhookSecret: 'webhook_secret',
  active: 'active',
};

interface SupplierRow {
  id: string;
  name: string;
  contact: SupplierContact;
  response_business_days: number | null;
  reminder_business_days: number[] | null;
  webhook_url: string | null;
  webhook_secret: string | null;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

function toRecord(row: SupplierRow): SupplierRecord {
  return {
    id: row.id,
    name: row.name,
    contact: row.contact,
    responseBusinessDays: row.response_business_days,
    reminderBusinessDaysBefore: row.reminder_business_days,
    webhookUrl: row.webhook_url,
    webhookSecret: row.webhook_secret,
    active: row.active,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The supplier registry (PostgreSQL). */
@Injectable()
export class SuppliersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts a supplier; false when the id is taken. */
  async insert(id: string, values: SupplierChanges & { name: string }): Promise<boolean> {
    const entries = Object.entries(values).filter(([, v]) => v !== undefined) as Array<[keyof SupplierChanges, unknown]>;
    const columns = ['id', ...entries.map(([k]) => COLUMNS[k])];
    const params = [id, ...entries.map(([k, v]) => (k === 'contact' ? JSON.stringify(v) : v))];
    const rows = await this.db.query(
      `INSERT INTO suppliers (${columns.join(', ')}) VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      params,
    );
    return rows.length === 1;
  }

  /** Applies the given changes (null clears a field); the updated supplier, or null when there is none. */
  async update(id: string, changes: SupplierChanges): Promise<SupplierRecord | null> {
    const entries = Object.entries(changes).filter(([, v]) => v !== undefined) as Array<[keyof SupplierChanges, unknown]>;
    const sets = entries.map(([k], i) => `${COLUMNS[k]} = $${i + 2}`);
    const params = [id, ...entries.map(([k, v]) => (k === 'contact' ? JSON.stringify(v) : v))];
    const [row] = await this.db.query(
      `UPDATE suppliers SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1 RETURNING *`,
      params,
    );
    // TypeORM's query() gives [rows, count] for UPDATE … RETURNING
    const updated = Array.isArray(row) ? row[0] : row;
    return updated ? toRecord(updated) : null;
  }

  async get(id: string): Promise<SupplierRecord | null> {
    const [row] = await this.db.query(`SELECT * FROM suppliers WHERE id = $1`, [id]);
    return row ? toRecord(row) : null;
  }

  async list(filter: { active?: boolean; limit: number; afterId?: string }): Promise<SupplierRecord[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.active !== undefined) where.push(`active = $${params.push(filter.active)}`);
    if (filter.afterId) where.push(`id > $${params.push(filter.afterId)}`);
    const rows = await this.db.query(
      `SELECT * FROM suppliers ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT $${params.push(filter.limit)}`,
      params,
    );
    return rows.map(toRecord);
  }
}
