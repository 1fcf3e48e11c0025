/**
 * The claim's audit log in PostgreSQL: how a batch of the workflow's events is appended
 * (both hash chains, the read-model row and the customer-notification outbox, in one
 * transaction), staged, and promoted.
 *
 * Two ways in:
 * - `record`: the batch goes straight into the log. Used where the batch is fixed before
 *   it is written: a normal activity (its input is in history before it runs) and the
 *   intake's first task (identical on every attempt).
 * - `stage` then `promote`: a batch written by a local activity in the workflow task that
 *   accepted an action, before that task is durable. It waits in `staged_claim_events`
 *   under a fresh random tag; only someone who knows the task completed promotes it by
 *   that tag — the API once the Update has answered (the answer leaves the server with the
 *   task's completion), or the workflow's next write. A lost task's batch is never
 *   promoted (its tag is unknown to the workflow that carried on) and a promotion past its
 *   sequence numbers deletes it. So the append-only log, the chains, every reader and the
 *   notification relay only ever see events of tasks that completed.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { notificationFor, type NotificationDraft } from '../../domain/notifications/notification-templates';
import { auditCheckpoint, auditEventHash, GENESIS_HASH, GLOBAL_CHAIN_LOCK, globalChainHash } from '../../domain/audit/audit-chain';
import { STAGED_BATCHES_FIELD, type RecordClaimEventsInput, type RecordClaimEventsResult } from './claim-records.contract';
import { claimRow, CLAIM_ROW_COLUMNS } from './claim-row';

export interface ClaimEventLogOptions {
  /** builds the customer's signed survey link; without it no survey notification carries a link */
  surveyUrl?: (claimId: string, surveyId: string, expiresAt: string) => string;
  /** the zone dates in notifications are written in */
  timeZone?: string;
  /** AUDIT_CHECKPOINT_KEY: signs each event's global hash; without it events carry no checkpoint */
  checkpointKey?: string;
}

/** A notification the batch puts in the outbox, rendered when the batch is written or staged. */
interface OutboxRow extends NotificationDraft {
  id: string;
}

/** What a staged row holds: the batch and its rendered notifications, so promotion needs no templates. */
interface PreparedBatch {
  input: RecordClaimEventsInput;
  outbox: OutboxRow[];
}

export class ClaimEventLog {
  constructor(
    private readonly db: DataSource,
    private readonly options: ClaimEventLogOptions = {},
  ) {}

  /** Promotes the tags in `input.confirm` (in order), then appends the batch. Idempotent. */
  record(input: RecordClaimEventsInput): Promise<RecordClaimEventsResult> {
    return this.db.transaction(async (tx) => {
      if (input.confirm?.length) await this.promoteIn(tx, input.claimId, input.confirm);
      const batch = this.prepare(input);
      await this.append(tx, batch);
      if (input.confirm) await dropStagedThrough(tx, input.claimId, lastSeqOf(input));
      return { notificationIds: batch.outbox.map((n) => n.id), recorded: recordedOf(input) };
    });
  }

  /**
   * Promotes the tags in `input.confirm` (batches of earlier, completed tasks), then stages
   * the batch under a new tag, returned as `stagedAs`: nothing of it is in the log yet.
   */
  stage(input: RecordClaimEventsInput): Promise<RecordClaimEventsResult> {
    return this.db.transaction(async (tx) => {
      if (input.confirm?.length) await this.promoteIn(tx, input.claimId, input.confirm);
      const tag = randomUUID();
      const { confirm: _, ...batchInput } = input;
      await tx.query(
        `INSERT INTO staged_claim_events (claim_id, tag, first_seq, last_seq, batch) VALUES ($1, $2, $3, $4, $5)`,
        [input.claimId, tag, input.events[0].seq, lastSeqOf(input), JSON.stringify(this.prepare(batchInput))],
      );
      return { notificationIds: [], recorded: recordedOf(input), stagedAs: tag };
    });
  }

  /**
   * An Update's answer as its caller may see it: the batches it lists as staged are
   * promoted first (so the action's events are in the log when the caller hears of it),
   * and the field is removed. An answer without the field is returned as it is.
   */
  async settle<V extends object>(claimId: string, answer: V): Promise<V> {
    if (!(STAGED_BATCHES_FIELD in answer)) return answer;
    const { [STAGED_BATCHES_FIELD]: staged, ...view } = answer as V & { [STAGED_BATCHES_FIELD]: string[] };
    await this.promote(claimId, staged);
    return view as unknown as V;
  }

  /** Moves the staged batches `tags` (oldest first) into the log; a tag already promoted is skipped. */
  promote(claimId: string, tags: string[]): Promise<void> {
    if (tags.length === 0) return Promise.resolve();
    return this.db.transaction((tx) => this.promoteIn(tx, claimId, tags));
  }

  private async promoteIn(tx: EntityManager, claimId: string, tags: string[]): Promise<void> {
    await lockClaim(tx, claimId);
    // the batches to promote, and with them any row of a lost task at or below their sequence numbers
    // (TypeORM answers a DELETE … RETURNING with [rows, count])
    const [rows]: [Array<{ tag: string; batch: PreparedBatch }>, number] = await tx.query(
      `DELETE FROM staged_claim_events
        WHERE claim_id = $1
          AND first_seq <= (SELECT max(last_seq) FROM staged_claim_events WHERE claim_id = $1 AND tag = ANY($2::uuid[]))
        RETURNING tag, batch`,
      [claimId, tags],
    );
    const byTag = new Map(rows.map((r) => [r.tag, r.batch]));
    for (const tag of tags) {
      const batch = byTag.get(tag);
      // absent: promoted already (by the API or the workflow's next write)
      if (batch) await this.append(tx, batch, { locked: true });
    }
  }

  private prepare(input: RecordClaimEventsInput): PreparedBatch {
    const links = {
      surveyUrl: (surveyId: string, expiresAt: string) => this.options.surveyUrl?.(input.claimId, surveyId, expiresAt) ?? '(link unavailable)',
    };
    const outbox: OutboxRow[] = [];
    for (const event of input.events) {
      const draft = notificationFor(event, input.snapshot, links, this.options.timeZone ?? 'UTC');
      if (draft) outbox.push({ id: `${input.claimId}:${event.seq}`, ...draft });
    }
    return { input, outbox };
  }

  /** Appends the events (sequence order, both chains), the read-model row and the outbox, in the caller's transaction. */
  private async append(tx: EntityManager, { input, outbox }: PreparedBatch, options: { locked?: boolean } = {}): Promise<void> {
    // One writer per claim at a time; the chain needs the previous hash.
    if (!options.locked) await lockClaim(tx, input.claimId);
    const [last] = await tx.query(`SELECT seq, hash FROM audit_events WHERE claim_id = $1 ORDER BY seq DESC LIMIT 1`, [input.claimId]);
    let lastSeq: number = last ? Number(last.seq) : 0;
    let prevHash: string = last ? last.hash : GENESIS_HASH;
    // The read model and the outbox first: they need no global lock, so every writer holds
    // that lock (taken below, held until commit) for as short a time as it can.
    await upsertClaimRow(tx, input);
    await writeOutbox(tx, input, outbox);
    if (!input.events.some((e) => e.seq > lastSeq)) return;
    // The global chain: one appender at a time across all claims (held until commit).
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [GLOBAL_CHAIN_LOCK]);
    const [globalLast] = await tx.query(`SELECT global_hash FROM audit_events ORDER BY id DESC LIMIT 1`);
    let globalPrev: string = globalLast ? globalLast.global_hash : GENESIS_HASH;
    for (const event of input.events) {
      if (event.seq <= lastSeq) continue; // already written by an earlier attempt
      if (event.seq !== lastSeq + 1) {
        throw new Error(`audit gap for claim ${input.claimId}: expected seq ${lastSeq + 1}, got ${event.seq}`);
      }
      const hash = auditEventHash(prevHash, { claimId: input.claimId, ...event });
      const globalHash = globalChainHash(globalPrev, hash);
      // appended through the database's own function, which links and checks the chains itself
      await tx.query(`SELECT append_audit_event($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, [
        input.claimId,
        event.seq,
        event.at,
        event.actor.id,
        event.actor.name,
        event.actor.role,
        event.action,
        JSON.stringify(event.data ?? {}),
        hash,
        globalHash,
        this.options.checkpointKey ? auditCheckpoint(this.options.checkpointKey, globalHash) : null,
      ]);
      lastSeq = event.seq;
      prevHash = hash;
      globalPrev = globalHash;
    }
  }
}

/** One writer per claim at a time (re-entrant within a transaction). */
async function lockClaim(tx: EntityManager, claimId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [claimId]);
}

/** Staged rows at or below `seq` are promoted or of a lost task: gone. */
async function dropStagedThrough(tx: EntityManager, claimId: string, seq: number): Promise<void> {
  if (seq > 0) await tx.query(`DELETE FROM staged_claim_events WHERE claim_id = $1 AND first_seq <= $2`, [claimId, seq]);
}

function lastSeqOf(input: RecordClaimEventsInput): number {
  return input.events[input.events.length - 1].seq;
}

/** What a batch recorded, for the workflow history: sequence numbers and actions, no data. */
function recordedOf(input: RecordClaimEventsInput): Array<{ seq: number; action: string }> {
  return input.events.map((e) => ({ seq: e.seq, action: e.action }));
}

/**
 * The transactional outbox: each event the customer hears about becomes one notification
 * row, id `<claimId>:<seq>`, in the same transaction as the event and the read model; a
 * retried batch finds its rows already there.
 */
async function writeOutbox(tx: EntityManager, input: RecordClaimEventsInput, outbox: OutboxRow[]): Promise<void> {
  for (const n of outbox) {
    await tx.query(
      `INSERT INTO notifications (id, claim_id, kind, language, recipient, subject, body, delivered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
      [n.id, input.claimId, n.kind, n.language, JSON.stringify(n.recipient), n.subject, n.body, input.relay ? 'relay' : 'activity'],
    );
  }
}

/** Writes the snapshot unless a newer one is already there (activities may complete out of order after a retry). */
async function upsertClaimRow(tx: EntityManager, input: RecordClaimEventsInput): Promise<void> {
  const row = claimRow(input.snapshot);
  const columns = CLAIM_ROW_COLUMNS;
  const placeholders = columns.map((_, i) => `$${i + 1}`).join(', ');
  const updates = columns
    .filter((c) => c !== 'id')
    .map((c) => `${c} = EXCLUDED.${c}`)
    .join(', ');
  await tx.query(
    `INSERT INTO claims (${columns.join(', ')}, updated_at) VALUES (${placeholders}, now())
     ON CONFLICT (id) DO UPDATE SET ${updates}, updated_at = now()
     WHERE claims.version < EXCLUDED.version`,
    columns.map((c) => row[c]),
  );
}
