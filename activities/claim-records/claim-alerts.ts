/** Alerts on a claim for an operator (table claim_alerts, migration 1763900700000). */
import type { DataSource } from 'typeorm';

export const RECORDING_BLOCKED = 'recording_blocked';

/** Raises (or counts again) an open alert of `kind` on the claim. */
export async function raiseAlert(db: DataSource, claimId: string, kind: string, detail: string): Promise<void> {
  await db.query(
    `INSERT INTO claim_alerts (claim_id, kind, detail) VALUES ($1, $2, $3)
     ON CONFLICT (claim_id, kind) DO UPDATE
       SET detail = EXCLUDED.detail, attempts = CASE WHEN claim_alerts.resolved_at IS NULL THEN claim_alerts.attempts + 1 ELSE 1 END,
           first_seen = CASE WHEN claim_alerts.resolved_at IS NULL THEN claim_alerts.first_seen ELSE now() END,
           last_seen = now(), resolved_at = NULL`,
    [claimId, kind, detail],
  );
}

/** Resolves the claim's open alert of `kind`, if any. */
export async function resolveAlert(db: DataSource, claimId: string, kind: string): Promise<void> {
  await db.query(`UPDATE claim_alerts SET resolved_at = now() WHERE claim_id = $1 AND kind = $2 AND resolved_at IS NULL`, [claimId, kind]);
}
