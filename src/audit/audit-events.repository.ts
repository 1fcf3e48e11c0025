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
}

/** Reads the append-only audit log (written only by the worker's activities). */
@Injectable()
export class AuditEventsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forClaim(claimId: string): Promise<AuditEventRecord[]> {
    const rows = await this.db.query(
      `SELECT claim_id, seq, occurred_at, recorded_at, actor_id, actor_name, actor_role, action, data, prev_hash, hash
         FROM audit_events WHERE claim_id = $1 ORDER BY seq`,
      [claimId],
    );
    return rows.map(
      (r: Record<string, any>): AuditEventRecord => ({
        claimId: r.claim_id,
        seq: Number(r.seq),
        at: new Date(r.occurred_at).toISOString(),
        recordedAt: new Date(r.recorded_at).toISOString(),
        actor: { id: r.actor_id, name: r.actor_name, role: r.actor_role },
        action: r.action,
        data: r.data,
        prevHash: r.prev_hash,
        hash: r.hash,
      }),
    );
  }
}
