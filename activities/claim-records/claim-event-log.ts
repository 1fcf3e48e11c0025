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
 *   task's completion), the workflow's next write, or (a batch that says where its task
 *   is) the worker's staged-batch relay once the history records the staging result. A
 *   lost task's batch is never promoted (its tag is unknown to the workflow that carried
 *   on, and to its history) and a promotion past its
 *   sequence numbers deletes it. So the append-only log, the chains, every reader and the
 *   notification relay only ever see events of tasks that completed.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { notificationFor, type NotificationDraft } from '../../domain/notifications/notification-templates';
import { auditCheckpoint, auditEventHash, globalChainHash } from '../../domain/audit/audit-chain';
import { STAGED_BATCHES_FIELD, type RecordClaimEventsInput, type RecordClaimEventsResult } from './claim-records.contract';
import { claimRow, CLAIM_ROW_COLUMNS } from './claim-row';
import { twoTripTransaction, type Row, type Statement } from './two-trip-transaction';

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

  /** Promotes the tags in `input.confirm` (in order), then appends the batch. Idempotent. Two round trips. */
  record(input: RecordClaimEventsInput): Promise<RecordClaimEventsResult> {
    const confirm = input.confirm ?? [];
    const batch = this.prepare(input);
    // the chains' heads for the whole batch answer for the promoted batches too: theirs come before it
    const first = [...(confirm.length ? [takeStatement(input.claimId, confirm)] : []), headsStatement(input.claimId, lastSeqOf(input))];
    return twoTripTransaction(this.db, first, (rows) => {
      const taken = confirm.length ? rows[0] : [];
      const { statements } = this.appendAll([...inTagOrder(taken, confirm), batch], headsOf(rows[rows.length - 1][0] as unknown as HeadsRow));
      if (input.confirm) statements.push(dropStagedThroughStatement(input.claimId, lastSeqOf(input)));
      return { statements, result: { notificationIds: batch.outbox.map((n) => n.id), recorded: recordedOf(input) } };
    });
  }

  /**
   * Promotes the tags in `input.confirm` (batches of earlier, completed tasks), then stages
   * the batch under a new tag, returned as `stagedAs`: nothing of it is in the log yet.
   */
  async stage(input: RecordClaimEventsInput): Promise<RecordClaimEventsResult> {
    const { confirm, proof, ...batchInput } = input;
    const tag = randomUUID();
    const columns = 'claim_id, tag, first_seq, last_seq, batch, run_id, task_started_event_id, relay_after';
    const values = '$1, $2, $3, $4, $5, $6, $7, now() + make_interval(secs => $8 / 1000.0)';
    const params = [
      input.claimId,
      tag,
      input.events[0].seq,
      lastSeqOf(input),
      JSON.stringify(this.prepare(batchInput)),
      proof?.runId ?? null,
      proof?.taskStartedEventId ?? null,
      proof ? proof.relayAfterMs : null,
    ];
    const insert: Statement = { sql: `INSERT INTO staged_claim_events (${columns}) VALUES (${values})`, params };
    if (!confirm?.length) {
      // with nothing to promote first, one statement and no transaction around it
      await this.db.query(insert.sql, params);
    } else {
      // What an action confirms is mostly its claim's previous action, which the API promoted
      // as it answered: then one statement stages the batch, on the condition that none of
      // the confirmed tags is staged any more. Else the promotion first (two round trips).
      const [{ waiting }]: Array<{ waiting: number }> = await this.db.query(
        `WITH waiting AS (SELECT count(*)::int AS n FROM staged_claim_events WHERE claim_id = $1 AND tag = ANY($9::uuid[])),
              staged AS (INSERT INTO staged_claim_events (${columns}) SELECT ${values} FROM waiting WHERE waiting.n = 0)
         SELECT n AS waiting FROM waiting`,
        [...params, confirm],
      );
      if (waiting > 0) await this.promoteThen(input.claimId, confirm, [insert]);
    }
    return { notificationIds: [], recorded: recordedOf(input), stagedAs: tag };
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

  /** Moves the staged batches `tags` (oldest first) into the log; a tag already promoted is skipped. Two round trips. */
  promote(claimId: string, tags: string[]): Promise<void> {
    if (tags.length === 0) return Promise.resolve();
    return this.promoteThen(claimId, tags, []);
  }

  /**
   * Promotes `tags`, then runs `after`, in one transaction of two round trips: the first
   * takes the batches under the claim's lock with the chains' heads (migration
   * 1763901200000), the second appends them. None left (promoted already): no append.
   */
  private promoteThen(claimId: string, tags: string[], after: Statement[]): Promise<void> {
    return twoTripTransaction(this.db, [takeStatement(claimId, tags)], ([taken]) => {
      const batches = inTagOrder(taken, tags);
      const appended = batches.length ? this.appendAll(batches, headsOf(taken[0] as unknown as HeadsRow)).statements : [];
      return { statements: [...appended, ...after], result: undefined };
    });
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

  /** The statements appending `batches` in order from `heads`, and the heads after them. */
  private appendAll(batches: PreparedBatch[], heads: Heads): { statements: Statement[]; heads: Heads } {
    const statements: Statement[] = [];
    for (const batch of batches) {
      const appended = this.append(batch, heads);
      statements.push(appended.statement);
      heads = appended.heads;
    }
    return { statements, heads };
  }

  /**
   * The statement appending a batch after `heads` (the chains' heads under the claim's lock,
   * and the global chain's lock held until commit when the batch has events the log
   * lacks): its events (sequence order, both chains, hashes and checkpoints computed here,
   * so the checkpoint key never reaches the database), the read-model row and the outbox,
   * one statement (migration 1763901100000). Returns the heads after the batch, for a next
   * batch in the same transaction.
   */
  private append({ input, outbox }: PreparedBatch, heads: Heads): { statement: Statement; heads: Heads } {
    let lastSeq = heads.seq;
    let prevHash = heads.hash;
    let globalPrev = heads.global;
    const events: ChainedRow[] = [];
    for (const event of input.events) {
      if (event.seq <= lastSeq) continue; // already written by an earlier attempt
      if (event.seq !== lastSeq + 1) {
        throw new Error(`audit gap for claim ${input.claimId}: expected seq ${lastSeq + 1}, got ${event.seq}`);
      }
      if (globalPrev === null) throw new Error(`audit chain for claim ${input.claimId}: the global chain's head was not taken`);
      const hash = auditEventHash(prevHash, { claimId: input.claimId, ...event });
      const globalHash = globalChainHash(globalPrev, hash);
      events.push({
        seq: event.seq,
        occurred_at: event.at,
        actor_id: event.actor.id,
        actor_name: event.actor.name,
        actor_role: event.actor.role,
        action: event.action,
        data: event.data ?? {},
        hash,
        global_hash: globalHash,
        checkpoint: this.options.checkpointKey ? auditCheckpoint(this.options.checkpointKey, globalHash) : null,
      });
      lastSeq = event.seq;
      prevHash = hash;
      globalPrev = globalHash;
    }
    const deliveredBy = input.relay ? 'relay' : 'activity';
    const row = claimRow(input.snapshot);
    const columns = CLAIM_ROW_COLUMNS;
    const n = columns.length;
    // The read-model row unless a newer one is already there (activities may complete out
    // of order after a retry), then the outbox and the events through the database's own
    // functions, which link and check the chains themselves.
    const statement: Statement = {
      sql: `WITH claim_row AS (
         INSERT INTO claims (${columns.join(', ')}, updated_at) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}, now())
         ON CONFLICT (id) DO UPDATE SET ${UPSERT_SET}, updated_at = now()
         WHERE claims.version < EXCLUDED.version
         RETURNING 1
       )
       SELECT append_claim_batch($${n + 1}, $${n + 2}::jsonb, $${n + 3}::jsonb) AS appended, (SELECT count(*) FROM claim_row) AS row_written`,
      params: [
        ...columns.map((c) => row[c]),
        input.claimId,
        JSON.stringify(outbox.map(({ id, kind, language, recipient, subject, body }) => ({ id, kind, language, recipient, subject, body, delivered_by: deliveredBy }))),
        JSON.stringify(events),
      ],
    };
    return { statement, heads: { seq: lastSeq, hash: prevHash, global: globalPrev } };
  }
}

/** The chains' heads under the claim's lock: its last sequence number and hash, and the global chain's last hash (null: its lock not taken, the batch had nothing new). */
interface Heads {
  seq: number;
  hash: string;
  global: string | null;
}

interface HeadsRow {
  head_seq: number;
  head_hash: string;
  global_head: string | null;
}

function headsOf(row: HeadsRow): Heads {
  return { seq: Number(row.head_seq), hash: row.head_hash, global: row.global_head };
}

/** An event as `append_claim_batch` takes it (jsonb), hashes computed. */
interface ChainedRow {
  seq: number;
  occurred_at: string;
  actor_id: string;
  actor_name: string;
  actor_role: string;
  action: string;
  data: unknown;
  hash: string;
  global_hash: string;
  checkpoint: string | null;
}

/** The read-model upsert's SET list: every snapshot column but the key. */
const UPSERT_SET = CLAIM_ROW_COLUMNS.filter((c) => c !== 'id')
  .map((c) => `${c} = EXCLUDED.${c}`)
  .join(', ');

/** Staged rows at or below `seq` are promoted or of a lost task: gone. */
function dropStagedThroughStatement(claimId: string, seq: number): Statement {
  return { sql: `DELETE FROM staged_claim_events WHERE claim_id = $1 AND first_seq <= $2`, params: [claimId, seq] };
}

/** Under the claim's lock: the staged batches `tags` removed (with any of a lost task at or below them), each row with the chains' heads. */
function takeStatement(claimId: string, tags: string[]): Statement {
  return { sql: `SELECT staged_tag, staged_batch, head_seq, head_hash, global_head FROM take_staged_claim_batches($1, $2::uuid[])`, params: [claimId, tags] };
}

/** Under the claim's lock: the chains' heads for a batch reaching `through` (the global chain's lock too when the log ends before it). */
function headsStatement(claimId: string, through: number): Statement {
  return { sql: `SELECT head_seq, head_hash, global_head FROM claim_chain_heads($1, $2)`, params: [claimId, through] };
}

/** The taken rows' batches in the order of `tags` (oldest first); a tag absent was promoted already. */
function inTagOrder(taken: Row[], tags: string[]): PreparedBatch[] {
  const byTag = new Map(taken.map((r) => [r.staged_tag as string, r.staged_batch as PreparedBatch]));
  return tags.flatMap((tag) => byTag.get(tag) ?? []);
}

function lastSeqOf(input: RecordClaimEventsInput): number {
  return input.events[input.events.length - 1].seq;
}

/** What a batch recorded, for the workflow history: sequence numbers and actions, no data. */
function recordedOf(input: RecordClaimEventsInput): Array<{ seq: number; action: string }> {
  return input.events.map((e) => ({ seq: e.seq, action: e.action }));
}
