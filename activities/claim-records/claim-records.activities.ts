import { ApplicationFailure, Context } from '@temporalio/activity';
import type { DataSource, EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '../../domain/claim/audit-event';
import { OPEN_DISPUTE_STATUSES } from '../../domain/dispute/dispute.types';
import { notificationFor } from '../../domain/notifications/notification-templates';
import { auditCheckpoint, auditEventHash, GENESIS_HASH, GLOBAL_CHAIN_LOCK, globalChainHash } from '../../domain/audit/audit-chain';
import type {
  CloseAbandonedDisputeInput,
  ClaimRecordsActivities,
  RecordClaimEventsInput,
  RecordClaimEventsResult,
  RegisterClaimInput,
  RegisterClaimResult,
} from './claim-records.contract';
import { claimRow, CLAIM_ROW_COLUMNS } from './claim-row';
import { registerClaimNumber } from './claim-registration.queries';
import { storable } from '../storable';
import { raiseAlert, resolveAlert, RECORDING_BLOCKED } from './claim-alerts';

/** PostgreSQL's data exceptions (class 22: bad text, numeric overflow, …): a retry alone does not cure them. */
const DATA_ERROR = /^22/;

/**
 * Builds the claim workflow's activities over a TypeORM DataSource. Every write is
 * idempotent, so Temporal's retries never duplicate a number or an audit event.
 */
export interface ClaimRecordsOptions {
  /** builds the customer's signed survey link; without it no survey notification carries a link */
  surveyUrl?: (claimId: string, surveyId: string, expiresAt: string) => string;
  /** the zone dates in notifications are written in */
  timeZone?: string;
  /** AUDIT_CHECKPOINT_KEY: signs each event's global hash; without it events carry no checkpoint */
  checkpointKey?: string;
}

export function createClaimRecordsActivities(dataSource: DataSource, options: ClaimRecordsOptions = {}): ClaimRecordsActivities {
  /** Appends the events (sequence order, both chains), the read-model row and the outbox, in one transaction. */
  const writeClaimEvents = (input: RecordClaimEventsInput): Promise<RecordClaimEventsResult> =>
    dataSource.transaction(async (tx) => {
      // One writer per claim at a time; the chain needs the previous hash.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [input.claimId]);
      const [last] = await tx.query(
        `SELECT seq, hash FROM audit_events WHERE claim_id = $1 ORDER BY seq DESC LIMIT 1`,
        [input.claimId],
      );
      let lastSeq: number = last ? Number(last.seq) : 0;
      let prevHash: string = last ? last.hash : GENESIS_HASH;
      // The read model and the outbox first: they need no global lock, so every writer holds
      // that lock (taken below, held until commit) for as short a time as it can.
      await upsertClaimRow(tx, input);
      const result = { notificationIds: await writeNotifications(tx, input, options), recorded: recordedOf(input) };
      if (!input.events.some((e) => e.seq > lastSeq)) return result;
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
          options.checkpointKey ? auditCheckpoint(options.checkpointKey, globalHash) : null,
        ]);
        lastSeq = event.seq;
        prevHash = hash;
        globalPrev = globalHash;
      }
      return result;
    });

  return {
    /** Claims started before the API registered them (and direct starts) register here, in the intake's first task. */
    registerClaim: (raw: RegisterClaimInput): Promise<RegisterClaimResult> => registerClaimNumber(dataSource, storable(raw, raw.claimId)),

    async recordClaimEvents(raw: RecordClaimEventsInput): Promise<RecordClaimEventsResult> {
      if (raw.events.length === 0) return { notificationIds: [] };
      const input = storable(raw, raw.claimId);
      try {
        const result = await writeClaimEvents(input);
        if (Context.current().info.attempt > 1) await resolveAlert(dataSource, input.claimId, RECORDING_BLOCKED);
        return result;
      } catch (err) {
        const sqlState = (err as { code?: unknown }).code;
        if (typeof sqlState !== 'string' || !DATA_ERROR.test(sqlState)) throw err;
        // a data error: retrying alone will not cure it, a deployed fix will; say so loudly, never with the data
        await raiseAlert(dataSource, input.claimId, RECORDING_BLOCKED, `PostgreSQL refused the claim's events (SQLSTATE ${sqlState})`);
        Context.current().log.error('the claim\'s events cannot be recorded: data error; alert raised, retrying', { claimId: input.claimId, sqlState });
        throw ApplicationFailure.retryable(`the claim's events cannot be recorded (SQLSTATE ${sqlState}); see the claim's alerts`, 'RecordingBlocked');
      }
    },

    async closeAbandonedDispute({ disputeId, at, reason }: CloseAbandonedDisputeInput): Promise<void> {
      // only an open dispute: a retry, or a dispute its workflow closed meanwhile, changes nothing;
      // the stored view gets a higher version than the workflow's last, so readers prefer it
      await dataSource.query(
        `UPDATE supplier_disputes
            SET status = 'written_off', overdue = false, closed_at = $2, version = version + 1, updated_at = now(),
                view = view || jsonb_build_object('status', 'written_off', 'overdue', false, 'allowedActions', '[]'::jsonb,
                  'closedAt', $6::text, 'version', version + 1, 'writeOff', jsonb_build_object('at', $6::text, 'actor', $4::jsonb, 'reason', $5::text))
          WHERE id = $1 AND status = ANY($3)`,
        // the instant twice: as timestamptz for the column, as text for the JSON view
        [disputeId, at, OPEN_DISPUTE_STATUSES, JSON.stringify(SYSTEM_ACTOR), reason, at],
      );
    },
  };
}

/** What a batch recorded, for the workflow history: sequence numbers and actions, no data. */
function recordedOf(input: RecordClaimEventsInput): Array<{ seq: number; action: string }> {
  return input.events.map((e) => ({ seq: e.seq, action: e.action }));
}

/**
 * The transactional outbox: each event the customer hears about becomes one
 * notification row, id `<claimId>:<seq>`, in the same transaction as the event and the
 * read model; a retried batch finds its rows already there. Returns the batch's ids.
 */
async function writeNotifications(tx: EntityManager, input: RecordClaimEventsInput, options: ClaimRecordsOptions): Promise<string[]> {
  const ids: string[] = [];
  const links = {
    surveyUrl: (surveyId: string, expiresAt: string) => options.surveyUrl?.(input.claimId, surveyId, expiresAt) ?? '(link unavailable)',
  };
  for (const event of input.events) {
    const draft = notificationFor(event, input.snapshot, links, options.timeZone ?? 'UTC');
    if (!draft) continue;
    const id = `${input.claimId}:${event.seq}`;
    await tx.query(
      `INSERT INTO notifications (id, claim_id, kind, language, recipient, subject, body, delivered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
      [id, input.claimId, draft.kind, draft.language, JSON.stringify(draft.recipient), draft.subject, draft.body, input.relay ? 'relay' : 'activity'],
    );
    ids.push(id);
  }
  return ids;
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
