/**
 * Changes the audit log behind the application's back, as someone with database access
 * could: SQL run as the superuser (the owner's connection) with the append-only trigger
 * off, in one transaction, the trigger back on before it commits. For the tamper-evidence
 * tests (test/audit/audit-tamper.test.ts, test/browser/console-audit.test.ts).
 */
import type { Client as PgClient } from 'pg';

export async function tamperAuditLog(pg: PgClient, sql: string, params: unknown[] = []): Promise<void> {
  await pg.query('BEGIN');
  try {
    await pg.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
    await pg.query(sql, params);
    await pg.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete');
    await pg.query('COMMIT');
  } catch (err) {
    await pg.query('ROLLBACK');
    throw err;
  }
}
