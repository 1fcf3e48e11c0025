/**
 * The end-of-scenario checks of the fault tests, straight from PostgreSQL (and from the
 * local receivers that stand in for the notification service and the supplier): every
 * claim in its expected state, no claim twice, and each claim's audit log complete and
 * without a duplicate — no event twice, system ones included (timers, survey, penalty),
 * seq contiguous from 1, hash chain intact — and each customer notification recorded
 * once in the outbox, sent, and delivered once.
 */
import { Client } from 'pg';
import { auditEventHash, canonicalJson, GENESIS_HASH } from '../../../domain/audit/audit-chain';

export interface ExpectedClaim {
  claimId: string;
  orderId: string;
  status: string;
  /** the actions that must each appear exactly once, in this order (system timer events may come between) */
  actions: string[];
  /** actions that must each appear exactly once, anywhere (e.g. a dispute's, written by its own workflow) */
  unorderedActions?: string[];
  /** the notification kinds the customer must get, each exactly once (outbox row sent, delivered once) */
  notifications?: string[];
}

export interface AuditRow {
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

/**
 * Actions that happen at most once in a claim's life when it is not reopened (no fault
 * scenario reopens one): a second one is a duplicate even if its data differs.
 */
export const AT_MOST_ONCE_ACTIONS = [
  'claim.received',
  'claim.triaged',
  'remedy.chosen',
  'remedy.completed',
  'sla.breached',
  'deadline.warning',
  'deadline.breached',
  'followup.started',
  'survey.sent',
  'survey.reminder_sent',
  'survey.expired',
  'survey.answered',
  'claim.closed',
  'claim.archived',
];

/** Problems with one claim's audit log; [] when it is sound. */
export function auditLogProblems(claimId: string, rows: AuditRow[], expectedActions: string[], unorderedActions: string[] = []): string[] {
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
  problems.push(...duplicateEventProblems(claimId, rows));
  const relevant = rows.map((r) => r.action).filter((a) => expectedActions.includes(a));
  if (JSON.stringify(relevant) !== JSON.stringify(expectedActions)) {
    problems.push(`${claimId}: actions ${JSON.stringify(relevant)}, expected ${JSON.stringify(expectedActions)}`);
  }
  for (const action of unorderedActions) {
    const n = rows.filter((r) => r.action === action).length;
    if (n !== 1) problems.push(`${claimId}: ${action} ${n} times, expected once`);
  }
  return problems;
}

/**
 * Any event twice: the same action with the same data (whatever the action), a second
 * at-most-once action, or penalty days that do not count up 1, 2, 3… (a repeated or
 * skipped accrual).
 */
export function duplicateEventProblems(claimId: string, rows: AuditRow[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const count = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.action} ${canonicalJson(row.data)}`;
    const first = seen.get(key);
    if (first !== undefined) problems.push(`${claimId}: duplicate event ${row.action} at seq ${row.seq} (same as seq ${first})`);
    else seen.set(key, Number(row.seq));
    count.set(row.action, (count.get(row.action) ?? 0) + 1);
  }
  for (const action of AT_MOST_ONCE_ACTIONS) {
    const n = count.get(action) ?? 0;
    if (n > 1) problems.push(`${claimId}: ${action} ${n} times`);
  }
  // penalty days are counted from the deadline to the moment the timer fires, so a late timer may skip days, never repeat one
  const penaltyDays = rows.filter((r) => r.action === 'penalty.accrued').map((r) => Number((r.data as { penaltyDays?: unknown })?.penaltyDays));
  penaltyDays.forEach((days, i) => {
    if (i > 0 && !(days > penaltyDays[i - 1])) problems.push(`${claimId}: penalty.accrued #${i + 1} says day ${days} after day ${penaltyDays[i - 1]}`);
  });
  return problems;
}

export interface NotificationRow {
  id: string;
  claim_id: string;
  kind: string;
  status: string;
}

/**
 * Problems with one claim's customer notifications: each expected kind recorded exactly
 * once in the outbox (no other kind), from an event of the claim's log, sent, and — when
 * `deliveries` (notification id → times a receiver got it) is given — delivered exactly once.
 */
export function notificationProblems(
  claimId: string,
  rows: NotificationRow[],
  expectedKinds: string[],
  auditSeqs: Set<number>,
  deliveries?: Map<string, number>,
): string[] {
  const problems: string[] = [];
  const kinds = rows.map((r) => r.kind).sort();
  if (JSON.stringify(kinds) !== JSON.stringify([...expectedKinds].sort())) {
    problems.push(`${claimId}: notifications ${JSON.stringify(kinds)}, expected each of ${JSON.stringify(expectedKinds)} once`);
  }
  for (const row of rows) {
    const seq = Number(row.id.slice(claimId.length + 1));
    if (!row.id.startsWith(`${claimId}:`) || !auditSeqs.has(seq)) problems.push(`${claimId}: notification ${row.id} is not from an event of the claim's log`);
    if (row.status !== 'sent') problems.push(`${claimId}: notification ${row.id} (${row.kind}) is ${row.status}`);
    const delivered = deliveries?.get(row.id) ?? 0;
    if (deliveries && delivered !== 1) problems.push(`${claimId}: notification ${row.id} (${row.kind}) delivered ${delivered} times`);
  }
  return problems;
}

/**
 * How long before a crash a delivery may have been made and still be unrecorded: as long
 * as the attempt that made it may run — the longest startToCloseTimeout of a delivering
 * activity (deliverNotifications 1 min, supplier webhooks 30 s). The record follows the
 * send at once, but on a loaded machine the attempt may wait seconds for a database
 * connection or the event loop (a fault run saw the repeat 61 s after the first, the
 * crashed attempt's timeout).
 */
export const REDELIVERY_WINDOW_MS = 60_000;

export interface Delivery {
  /** the delivery id: a notification's Idempotency-Key, a supplier event's X-Event-Id */
  id: string;
  body: string;
  /** when it arrived (ms since the epoch) */
  at: number;
}

/**
 * A span in which a sender could not record what it had sent: a crash of the sender
 * (`from` = `to`, the kill) or an outage of the database it records in (from the crash of
 * the database to its return). Ms since the epoch; a bare number is a crash.
 */
export type SenderOutage = number | { from: number; to: number };

/** Whether a repeat of a delivery made at `firstAt`, arriving at `repeatAt`, is explained by the outage. */
function explains(outage: SenderOutage, firstAt: number, repeatAt: number): boolean {
  const { from, to } = typeof outage === 'number' ? { from: outage, to: outage } : outage;
  return from - REDELIVERY_WINDOW_MS <= firstAt && firstAt <= to && from <= repeatAt;
}

/**
 * What a receiver got, per delivery id. Delivery is at least once: a sender that crashes
 * (or loses its database) between a send and its record sends again, with the same id and
 * body, so that the receiving side can recognise it (notification-sender.ts,
 * docs/supplier-disputes.md). Such a redelivery — same id, same bytes, the first delivery
 * at most REDELIVERY_WINDOW_MS before a sender outage (`crashes`) or during it, and the
 * repeat after it began — is counted apart. Any other repeat is a problem: without a crash
 * in between, of a delivery made long before the crash (its record was surely written),
 * or with other content (a second notification under the same id: `counts` says 2).
 * `counts`: id → deliveries that are not redeliveries (1 when all is well).
 */
export function deliveryCounts(deliveries: Delivery[], crashes: SenderOutage[] = []): { counts: Map<string, number>; redeliveries: number; problems: string[] } {
  const first = new Map<string, number>();
  const counts = new Map<string, number>();
  const problems: string[] = [];
  let redeliveries = 0;
  for (const d of [...deliveries].sort((x, y) => x.at - y.at)) {
    const key = `${d.id}\n${d.body}`;
    const firstAt = first.get(key);
    if (firstAt === undefined) {
      first.set(key, d.at);
      counts.set(d.id, (counts.get(d.id) ?? 0) + 1);
    } else if (crashes.some((outage) => explains(outage, firstAt, d.at))) {
      redeliveries += 1;
    } else {
      problems.push(`${d.id} delivered again ${d.at - firstAt} ms later with no crash of its sender just after the first delivery`);
    }
  }
  return { counts, redeliveries, problems };
}

export interface CheckOptions {
  /** notification id → how many times the local receiver got it (the notification sender is a webhook to it) */
  notificationDeliveries?: Map<string, number>;
}

/** Every check at once; returns the list of problems (empty = all good). */
export async function checkClaims(databaseUrl: string, expected: ExpectedClaim[], options: CheckOptions = {}): Promise<string[]> {
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
    const eventsById = groupBy(events, (e) => e.claim_id);
    const { rows: notifications } = await db.query<NotificationRow>(
      `SELECT id, claim_id, kind, status FROM notifications WHERE claim_id = ANY($1) ORDER BY claim_id, created_at, id`,
      [ids],
    );
    const notificationsById = groupBy(notifications, (n) => n.claim_id);
    for (const e of expected) {
      const status = statusById.get(e.claimId);
      if (status !== e.status) problems.push(`${e.claimId}: status ${status ?? '(no row)'}, expected ${e.status}`);
      const log = eventsById.get(e.claimId) ?? [];
      problems.push(...auditLogProblems(e.claimId, log, e.actions, e.unorderedActions));
      if (e.notifications) {
        const seqs = new Set(log.map((r) => Number(r.seq)));
        problems.push(...notificationProblems(e.claimId, notificationsById.get(e.claimId) ?? [], e.notifications, seqs, options.notificationDeliveries));
      }
    }
    if (options.notificationDeliveries) {
      const known = new Set(notifications.map((n) => n.id));
      const claimIds = new Set(ids);
      for (const [id, n] of options.notificationDeliveries) {
        // deliveries for the scenario's other claims (e.g. one made before the outage) are not judged here
        if (!known.has(id) && claimIds.has(id.slice(0, id.lastIndexOf(':')))) problems.push(`notification ${id} delivered ${n} times but not in the outbox`);
      }
    }
    return problems;
  } finally {
    await db.end();
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
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

export interface SupplierDelivery extends Delivery {
  /** X-Event-Type */
  type: string;
  /** whether X-Signature is the HMAC of the body with the supplier's secret */
  signed: boolean;
}

/**
 * Problems with the supplier webhooks of the given disputes: each event (`<disputeId>:<n>`)
 * delivered exactly once (beyond redeliveries after a crash of the sender, see
 * deliveryCounts) and signed, and each dispute's event types exactly `expectedTypes`.
 */
export function supplierWebhookProblems(deliveries: SupplierDelivery[], disputeIds: string[], expectedTypes: string[], crashes: SenderOutage[] = []): string[] {
  const wanted = new Set(disputeIds);
  const ours = deliveries.filter((d) => wanted.has(d.id.slice(0, d.id.lastIndexOf(':'))));
  const { counts, problems } = deliveryCounts(ours, crashes);
  const byEvent = groupBy(ours, (d) => d.id);
  const typesByDispute = new Map<string, string[]>();
  for (const [eventId, got] of byEvent) {
    const n = counts.get(eventId) ?? 0;
    if (n !== 1) problems.push(`supplier event ${eventId} (${got[0].type}) delivered ${n} times`);
    if (got.some((d) => !d.signed)) problems.push(`supplier event ${eventId} arrived with a bad signature`);
    const disputeId = eventId.slice(0, eventId.lastIndexOf(':'));
    typesByDispute.set(disputeId, [...(typesByDispute.get(disputeId) ?? []), got[0].type]);
  }
  for (const disputeId of disputeIds) {
    const types = (typesByDispute.get(disputeId) ?? []).sort();
    if (JSON.stringify(types) !== JSON.stringify([...expectedTypes].sort())) {
      problems.push(`dispute ${disputeId}: webhooks ${JSON.stringify(types)}, expected ${JSON.stringify(expectedTypes)}`);
    }
  }
  return problems;
}
