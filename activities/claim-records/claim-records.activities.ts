import { ApplicationFailure, Context } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../../domain/claim/audit-event';
import { OPEN_DISPUTE_STATUSES } from '../../domain/dispute/dispute.types';
import type {
  CloseAbandonedDisputeInput,
  ClaimRecordsActivities,
  RecordClaimEventsInput,
  RecordClaimEventsResult,
  RegisterClaimInput,
  RegisterClaimResult,
} from './claim-records.contract';
import { ClaimEventLog, type ClaimEventLogOptions } from './claim-event-log';
import { registerClaimNumber } from './claim-registration.queries';
import { storable } from '../storable';
import { raiseAlert, resolveAlert, RECORDING_BLOCKED } from './claim-alerts';

/** PostgreSQL's data exceptions (class 22: bad text, numeric overflow, …): a retry alone does not cure them. */
const DATA_ERROR = /^22/;

/** The survey-link builder, the notifications' time zone and the checkpoint key (claim-event-log.ts). */
export type ClaimRecordsOptions = ClaimEventLogOptions;

/**
 * Builds the claim workflow's activities over a TypeORM DataSource. Every write is
 * idempotent, so Temporal's retries never duplicate a number or an audit event.
 */
export function createClaimRecordsActivities(dataSource: DataSource, options: ClaimRecordsOptions = {}): ClaimRecordsActivities {
  const log = new ClaimEventLog(dataSource, options);

  /** A write of the claim's events: a data error raises the claim's alert (and is retried until a fix is deployed). */
  const writing = async (raw: RecordClaimEventsInput, write: (input: RecordClaimEventsInput) => Promise<RecordClaimEventsResult>): Promise<RecordClaimEventsResult> => {
    if (raw.events.length === 0) return { notificationIds: [] };
    const input = storable(raw, raw.claimId);
    try {
      const result = await write(input);
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
  };

  return {
    /** Claims started before the API registered them (and direct starts) register here, in the intake's first task. */
    registerClaim: (raw: RegisterClaimInput): Promise<RegisterClaimResult> => registerClaimNumber(dataSource, storable(raw, raw.claimId)),

    recordClaimEvents: (raw: RecordClaimEventsInput): Promise<RecordClaimEventsResult> => writing(raw, (input) => log.record(input)),

    stageClaimEvents: (raw: RecordClaimEventsInput): Promise<RecordClaimEventsResult> => writing(raw, (input) => log.stage(input)),

    confirmClaimEvents: ({ claimId, tags }: { claimId: string; tags: string[] }): Promise<void> => log.promote(claimId, tags),

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

