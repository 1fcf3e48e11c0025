/**
 * The staged-batch relay: the worker promotes the batches that claims staged in a workflow
 * task no one answers for — a timer's or a signal's (`ClaimWorkflowInput.timersInTask`),
 * or an action's the API did not get to promote — once the workflow's history proves that
 * task completed (staged-batch-proof.ts). It reads only the history's tail
 * (`GetWorkflowExecutionHistoryReverse`), event types and times, never a payload.
 *
 * Each round takes the rows due (`relay_after`), oldest first, and per claim run: promotes
 * the proven ones in sequence order (claim-event-log.ts `promote`, which also drops any row
 * of a lost task at or below them), drops the rows of lost attempts, and looks again later
 * at the rest. Any number of workers may run it: a promotion is idempotent under the
 * claim's lock, and a row dropped is one no history could ever prove.
 */
import type { DataSource } from 'typeorm';
import type { NativeConnection } from '@temporalio/worker';
import { tsToMs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import type { ClaimEventLog } from './claim-event-log';
import { stagedBatchVerdict, type HistoryEventBrief } from './staged-batch-proof';

/** A run's history from some event on: its last event id and the events read. */
export interface HistoryTail {
  lastEventId: number;
  events: Map<number, HistoryEventBrief>;
}

/** Reads a run's history backwards until event `fromEventId` (or its start). */
export type HistoryTailReader = (execution: { workflowId: string; runId: string }, fromEventId: number) => Promise<HistoryTail>;

const EventType = temporal.api.enums.v1.EventType;
const PAGE = 16;

/** gRPC's UNIMPLEMENTED: Temporal's time-skipping test server has no reverse history read. */
const UNIMPLEMENTED = 12;

/**
 * The reader over a Temporal connection (the worker's): the history's tail, read backwards
 * a page at a time; where the server cannot read backwards (the time-skipping test server),
 * the whole history forwards.
 */
export function historyTailReader(connection: NativeConnection, namespace: string): HistoryTailReader {
  const service = connection.workflowService;
  let backwards = true;
  return async (execution, fromEventId) => {
    const tail: HistoryTail = { lastEventId: 0, events: new Map() };
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
      const lowest = addEvents(tail, page.history?.events ?? []);
      const done = backwards ? lowest <= fromEventId : false;
      if (done || !page.nextPageToken?.length) return tail;
      nextPageToken = page.nextPageToken;
    }
  };
}

/** Adds a page's events (types and times only) to the tail; returns the page's lowest event id. */
function addEvents(tail: HistoryTail, events: temporal.api.history.v1.IHistoryEvent[]): number {
  let lowest = Number.POSITIVE_INFINITY;
  for (const e of events) {
    const id = Number(e.eventId);
    tail.lastEventId = Math.max(tail.lastEventId, id);
    lowest = Math.min(lowest, id);
    const kind = e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED ? 'task_started' : e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED ? 'task_completed' : 'other';
    tail.events.set(id, { kind, timeMs: e.eventTime ? tsToMs(e.eventTime) : 0 });
  }
  return lowest;
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
  task_started_ms: string;
}

export class StagedBatchRelay {
  private running: Promise<void> | undefined;
  private stopping = false;
  private wake: (() => void) | undefined;
  private readonly pollMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly db: DataSource,
    private readonly log: ClaimEventLog,
    private readonly readTail: HistoryTailReader,
    private readonly options: StagedBatchRelayOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 200;
    this.batchSize = options.batchSize ?? 50;
  }

  start(): void {
    this.stopping = false;
    this.running ??= this.loop();
  }

  /** Finishes the round in progress and stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
    this.running = undefined;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let taken = 0;
      try {
        taken = await this.settleDue();
      } catch (err) {
        this.options.onError?.(err); // e.g. the database is down: the rows stay staged
      }
      if (taken < this.batchSize && !this.stopping) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.pollMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  /** One round over the due rows; returns how many it took. */
  async settleDue(): Promise<number> {
    const rows: DueRow[] = await this.db.query(
      `SELECT claim_id, tag, first_seq, run_id, task_started_event_id, task_started_ms FROM staged_claim_events
        WHERE relay_after <= now() ORDER BY relay_after LIMIT $1`,
      [this.batchSize],
    );
    const runs = new Map<string, DueRow[]>();
    for (const row of rows) {
      const key = `${row.claim_id}\n${row.run_id}`;
      runs.set(key, [...(runs.get(key) ?? []), row]);
    }
    for (const batch of runs.values()) {
      try {
        await this.settleRun(batch);
      } catch (err) {
        this.options.onError?.(err);
        await this.later(batch, 1_000);
      }
    }
    return rows.length;
  }

  private async settleRun(rows: DueRow[]): Promise<void> {
    const { claim_id: claimId, run_id: runId } = rows[0];
    const from = Math.min(...rows.map((r) => r.task_started_event_id));
    const tail = await this.readTail({ workflowId: claimWorkflowId(claimId), runId }, from);
    const verdicts = rows.map((row) => ({
      row,
      verdict: stagedBatchVerdict({ taskStartedEventId: row.task_started_event_id, taskStartedMs: Number(row.task_started_ms) }, tail.lastEventId, (id) => tail.events.get(id)),
    }));
    const proven = verdicts.filter((v) => v.verdict === 'promote').map((v) => v.row);
    proven.sort((a, b) => a.first_seq - b.first_seq);
    if (proven.length > 0) await this.log.promote(claimId, proven.map((r) => r.tag));
    const lost = verdicts.filter((v) => v.verdict === 'lost').map((v) => v.row.tag);
    if (lost.length > 0) await this.db.query(`DELETE FROM staged_claim_events WHERE claim_id = $1 AND tag = ANY($2::uuid[])`, [claimId, lost]);
    await this.later(verdicts.filter((v) => v.verdict === 'wait').map((v) => v.row), this.pollMs);
  }

  /** Looks at these rows again in `ms` (their task is still running, or this round failed). */
  private async later(rows: DueRow[], ms: number): Promise<void> {
    if (rows.length === 0) return;
    await this.db.query(`UPDATE staged_claim_events SET relay_after = now() + make_interval(secs => $3 / 1000.0) WHERE claim_id = $1 AND tag = ANY($2::uuid[])`, [
      rows[0].claim_id,
      rows.map((r) => r.tag),
      ms,
    ]);
  }
}
