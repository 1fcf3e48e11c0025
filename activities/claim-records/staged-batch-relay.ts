/**
 * The staged-batch relay: the worker promotes the batches that claims staged in a workflow
 * task no one answers for — a timer's or a signal's (`ClaimWorkflowInput.timersInTask`),
 * or an action's the API did not get to promote — once the workflow's history names them:
 * the staging local activity's result, with the batch's tag, is recorded there only by a
 * task that completed (staged-batch-proof.ts). It reads the history's tail back to the
 * staging task (`GetWorkflowExecutionHistoryReverse`) and decodes only local activities'
 * results (the codec's keys: the worker's own).
 *
 * Each round takes the rows due (`relay_after`), oldest first, and per claim run promotes
 * the named ones in sequence order (claim-event-log.ts `promote`, which also drops any row
 * of a lost task at or below them); the others are looked at again later, less often as
 * they age. The relay deletes nothing itself. Any number of workers may run it: a
 * promotion is idempotent under the claim's lock.
 */
import type { DataSource } from 'typeorm';
import type { NativeConnection } from '@temporalio/worker';
import { defaultPayloadConverter, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { PollingLoop } from '../polling-loop';
import type { ClaimEventLog } from './claim-event-log';
import { nextLookMs, stagedTagOf } from './staged-batch-proof';

/** Reads a run's history backwards to event `fromEventId`: the staged tags its local activities' results name. */
export type StagedTagReader = (execution: { workflowId: string; runId: string }, fromEventId: number) => Promise<Set<string>>;

const EventType = temporal.api.enums.v1.EventType;
const LOCAL_ACTIVITY_MARKER = 'core_local_activity';
const PAGE = 32;
/** gRPC's UNIMPLEMENTED: Temporal's time-skipping test server has no reverse history read. */
const UNIMPLEMENTED = 12;

/**
 * The reader over a Temporal connection (the worker's) and the payload codecs (the
 * worker's): the history's tail read backwards a page at a time; where the server cannot
 * read backwards (the time-skipping test server), the whole history forwards.
 */
export function stagedTagReader(connection: NativeConnection, namespace: string, codecs: PayloadCodec[]): StagedTagReader {
  const service = connection.workflowService;
  let backwards = true;
  const resultOf = async (event: temporal.api.history.v1.IHistoryEvent): Promise<unknown> => {
    const marker = event.markerRecordedEventAttributes;
    const payload = marker?.markerName === LOCAL_ACTIVITY_MARKER ? marker.details?.result?.payloads?.[0] : undefined;
    if (!payload) return undefined;
    let decoded = [payload];
    for (const codec of [...codecs].reverse()) decoded = await codec.decode(decoded);
    return defaultPayloadConverter.fromPayload(decoded[0]);
  };
  return async (execution, fromEventId) => {
    const tags = new Set<string>();
    let nextPageToken: Uint8Array | undefined;
    for (;;) {
      let page;
      try {
        page = backwards
          ? await service.getWorkflowExecutionHistoryReverse({ namespace, execution, maximumPageSize: PAGE, nextPageToken })
          : await service.getWorkflowExecutionHistory({ namespace, execution, nextPageToken });
      } catch (err) {
        if (!backwards || (err as { code?: unknown }).code !== UNIMPLEMENTED) throw err;
        backwards = false;
        continue;
      }
      let lowest = Number.POSITIVE_INFINITY;
      for (const event of page.history?.events ?? []) {
        lowest = Math.min(lowest, Number(event.eventId));
        if (event.eventType !== EventType.EVENT_TYPE_MARKER_RECORDED) continue;
        const tag = stagedTagOf(await resultOf(event));
        if (tag) tags.add(tag);
      }
      if ((backwards && lowest <= fromEventId) || !page.nextPageToken?.length) return tags;
      nextPageToken = page.nextPageToken;
    }
  };
}

export interface StagedBatchRelayOptions {
  /** how often an idle relay looks for due rows */
  pollMs?: number;
  /** rows per round */
  batchSize?: number;
  /** told of a claim it could not settle this round (it tries again later) */
  onError?: (err: unknown) => void;
}

interface DueRow {
  claim_id: string;
  tag: string;
  first_seq: number;
  run_id: string;
  task_started_event_id: number;
  age_ms: string;
}

export class StagedBatchRelay {
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly loop: PollingLoop;

  constructor(
    private readonly db: DataSource,
    private readonly log: ClaimEventLog,
    private readonly readTags: StagedTagReader,
    /** the claim's workflow id (workflows/claim/claim.ids.ts; activities do not import workflows) */
    private readonly workflowIdOf: (claimId: string) => string,
    private readonly options: StagedBatchRelayOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 200;
    this.batchSize = options.batchSize ?? 50;
    // a failed round (e.g. the database is down): the rows stay staged
    this.loop = new PollingLoop(() => this.settleDue(), { pollMs: this.pollMs, failedPollMs: Math.max(this.pollMs, 1_000), batchSize: this.batchSize, onError: options.onError });
  }

  start(): void {
    this.loop.start();
  }

  /** Finishes the round in progress and stops. */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** One round over the due rows; returns how many it took. */
  async settleDue(): Promise<number> {
    const due: Array<Pick<DueRow, 'claim_id' | 'run_id' | 'tag'>> = await this.db.query(
      `SELECT claim_id, run_id, tag FROM staged_claim_events WHERE relay_after <= now() ORDER BY relay_after LIMIT $1`,
      [this.batchSize],
    );
    const runs = new Map<string, { claimId: string; runId: string; dueTags: Set<string> }>();
    for (const row of due) {
      const key = `${row.claim_id}\n${row.run_id}`;
      const run = runs.get(key) ?? { claimId: row.claim_id, runId: row.run_id, dueTags: new Set<string>() };
      run.dueTags.add(row.tag);
      runs.set(key, run);
    }
    for (const run of runs.values()) {
      try {
        await this.settleRun(run.claimId, run.runId, run.dueTags);
      } catch (err) {
        this.options.onError?.(err);
        await this.later(run.claimId, [...run.dueTags], 1_000);
      }
    }
    return due.length;
  }

  /**
   * Settles a claim run's due batches — with every other batch of that run the relay may
   * promote (an action's the API has not promoted yet comes before a timer's in sequence
   * order: promoted together, in order, rather than one stopped at the gap).
   */
  private async settleRun(claimId: string, runId: string, dueTags: Set<string>): Promise<void> {
    const rows: DueRow[] = await this.db.query(
      `SELECT claim_id, tag, first_seq, run_id, task_started_event_id, (extract(epoch FROM now() - staged_at) * 1000)::bigint AS age_ms
         FROM staged_claim_events WHERE claim_id = $1 AND run_id = $2 AND relay_after IS NOT NULL`,
      [claimId, runId],
    );
    if (rows.length === 0) return; // promoted meanwhile
    const from = Math.min(...rows.map((r) => r.task_started_event_id));
    const named = await this.readTags({ workflowId: this.workflowIdOf(claimId), runId }, from);
    const proven = rows.filter((r) => named.has(r.tag)).sort((a, b) => a.first_seq - b.first_seq);
    if (proven.length > 0) await this.log.promote(claimId, proven.map((r) => r.tag));
    for (const row of rows.filter((r) => dueTags.has(r.tag) && !named.has(r.tag))) await this.later(claimId, [row.tag], nextLookMs(Number(row.age_ms), this.pollMs));
  }

  /** Looks at these batches again in `ms` (their task is still running or was lost, or this round failed). */
  private async later(claimId: string, tags: string[], ms: number): Promise<void> {
    await this.db.query(`UPDATE staged_claim_events SET relay_after = now() + make_interval(secs => $3 / 1000.0) WHERE claim_id = $1 AND tag = ANY($2::uuid[])`, [claimId, tags, ms]);
  }
}
