/**
 * The end-of-scenario checks of the fault tests, straight from PostgreSQL: every claim in
 * its expected state, no claim twice, and each claim's audit log complete, each expected
 * event exactly once and in order, seq contiguous from 1, hash chain intact.
 */
import { Client } from 'pg';
import { auditEventHash, GENESIS_HASH } from '../../../src/audit/audit-chain';

export interface ExpectedClaim {
  claimId: string;
  orderId: string;
  status: string;
  /** the actions that must each appear exactly once, in this order (system timer events may come between) */
  actions: string[];
}

interface AuditRow {
  claim_id: string;
  seq: number;
  occurred_at: Date;
  actor_id: string;
  actor_name: string;
  actor_role: string;
  action: string;
  data: unknown;
  prev_hash: string;
  hash: string;
}

/** Problems with one claim's audit log; [] when it is sound. */
export function auditLogProblems(claimId: string, rows: AuditRow[], expectedActions: string[]): string[] {
  const problems: string[] = [];
  let prev = GENESIS_HASH;
  rows.forEach((row, i) => {
    if (Number(row.seq) !== i + 1) problems.push(`${claimId}: seq ${row.seq} at position ${i + 1}`);
    if (row.prev_hash !== prev) problems.push(`${claimId}: seq ${row.seq} prev_hash does not link`);
    const hash = auditEventHash(prev, {
      claimId,
      seq: Number(row.seq),
      at: row.occurred_at.toISOString(),
      actor: { id: row.actor_id, name: row.actor_name, role: row.actor_role } as never,
      action: row.action,
      data: row.data,
    });
    if (hash !== row.hash) problems.push(`${claimId}: seq ${row.seq} hash mismatch`);
    prev = row.hash;
  });
  const relevant = rows.map((r) => r.action).filter((a) => expectedActions.includes(a));
  if (JSON.stringify(relevant) !== JSON.stringify(expectedActions)) {
    problems.push(`${claimId}: actions ${JSON.stringify(relevant)}, expected ${JSON.stringify(expectedActions)}`);
  }
  return problems;
}

/** Every check at once; returns the list of problems (empty = all good). */
export async function checkClaims(databaseUrl: string, expected: ExpectedClaim[]): Promise<string[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const problems: string[] = [];
    const ids = expected.map((e) => e.claimId);
    const orderIds = expected.map((e) => e.orderId);
    if (new Set(ids).size !== ids.length) problems.push('two expected claims share one id');
    const { rows: claims } = await db.query<{ id: string; status: string; order_id: string }>(
      `SELECT id, status, order_id FROM claims WHERE order_id = ANY($1)`,
      [orderIds],
    );
    const byOrder = new Map<string, string[]>();
    for (const c of claims) byOrder.set(c.order_id, [...(byOrder.get(c.order_id) ?? []), c.id]);
    for (const [orderId, claimIds] of byOrder) if (claimIds.length > 1) problems.push(`order ${orderId} has ${claimIds.length} claims`);
    const statusById = new Map(claims.map((c) => [c.id, c.status]));
    const { rows: numbered } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM claim_numbers WHERE claim_id = ANY($1)`, [ids]);
    if (numbered[0].n !== ids.length) problems.push(`claim_numbers has ${numbered[0].n} rows for ${ids.length} claims`);
    const { rows: events } = await db.query<AuditRow>(
      `SELECT claim_id, seq, occurred_at, actor_id, actor_name, actor_role, action, data, prev_hash, hash
         FROM audit_events WHERE claim_id = ANY($1) ORDER BY claim_id, seq`,
      [ids],
    );
    const eventsById = new Map<string, AuditRow[]>();
    for (const e of events) eventsById.set(e.claim_id, [...(eventsById.get(e.claim_id) ?? []), e]);
    for (const e of expected) {
      const status = statusById.get(e.claimId);
      if (status !== e.status) problems.push(`${e.claimId}: status ${status ?? '(no row)'}, expected ${e.status}`);
      problems.push(...auditLogProblems(e.claimId, eventsById.get(e.claimId) ?? [], e.actions));
    }
    return problems;
  } finally {
    await db.end();
  }
}

/** Waits until every claim's log has `lastAction` (e.g. `claim.archived`), or the time is up. Returns how many have it. */
export async function waitForAction(databaseUrl: string, claimIds: string[], lastAction: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const db = new Client({ connectionString: databaseUrl });
    let done = 0;
    try {
      await db.connect();
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(DISTINCT claim_id)::int AS n FROM audit_events WHERE claim_id = ANY($1) AND action = $2`,
        [claimIds, lastAction],
      );
      done = rows[0].n;
    } catch {
      // the database may be down in a fault scenario: try again
    } finally {
      await db.end().catch(() => undefined);
    }
    if (done >= claimIds.length || Date.now() > deadline) return done;
    await new Promise((r) => setTimeout(r, 500));
  }
}
