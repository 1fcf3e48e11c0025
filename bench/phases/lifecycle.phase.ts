/**
 * Full lifecycles, timed to the end of the claim's workflow: intake → triage → remedy
 * (refund) → complete over HTTP, then the follow-up the short policy runs by itself
 * (survey sent, reminded, expired unanswered; closed; reopen window; archived), until the
 * workflow completes. Claims arrive at fixed rates (open loop), so the phase shows how many
 * lifecycles per second the system carries through to the end, not how many 32 clients
 * happen to start: the short policy's timers alone keep each claim open for seconds.
 *
 * Completion is read from Temporal itself, with the long poll `handle.result()` uses
 * (the history's close event), so no payload is decoded and nothing is polled.
 */
import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { driveLifecycle, newDriveLog } from '../../test/support/stack/claim-driver';
import { sampleProc, type ProcSample } from '../../test/support/stack/child-service';
import type { Stack } from '../../test/support/stack/stack';
import { percentile, runOpenLoop } from '../support/load.runner';

export interface LifecycleRun {
  /** lifecycles started per second (open loop) */
  ratePerSecond: number;
  started: number;
  completed: number;
  failed: number;
  firstErrors: string[];
  /**
   * completions per second from the first completion to the last: about the arrival rate
   * while the system keeps up, its capacity once it does not
   */
  completedPerSecond: number;
  /** intake sent → workflow completed, ms */
  p50: number;
  p99: number;
  /** CPU milliseconds per lifecycle of each process over the run (server only when the bench started it) */
  cpuMsPerLifecycle: { worker: number; api: number; temporalServer?: number };
}

export interface LifecycleReport {
  /** one claim alone, intake → workflow completed: the floor the short policy's timers set */
  aloneMs: number;
  runs: LifecycleRun[];
  /** workflow history events of one such lifecycle */
  historyEvents: number;
}

export async function lifecyclePhase(stack: Stack, rates: number[], durationMs: number): Promise<LifecycleReport> {
  const connection = await Connection.connect({ address: stack.temporalAddress });
  try {
    const prefix = `bench-life-${Date.now()}`;
    const alone = await timedLifecycle(stack, connection, `${prefix}-alone`);
    const runs: LifecycleRun[] = [];
    for (const rate of rates) {
      const log = newDriveLog();
      const done: number[] = [];
      const latencies: number[] = [];
      const before = samples(stack);
      const run = await runOpenLoop({ ratePerSecond: rate, durationMs }, async (i) => {
        const { ms } = await timedLifecycle(stack, connection, `${prefix}-${rate}-${i}`, log);
        latencies.push(ms);
        done.push(performance.now());
      });
      const after = samples(stack);
      latencies.sort((a, b) => a - b);
      done.sort((a, b) => a - b);
      const cpuMs = (key: keyof typeof before) => {
        const a = before[key];
        const b = after[key];
        return a && b ? ((b.cpuSeconds - a.cpuSeconds) / Math.max(1, run.ok)) * 1000 : Number.NaN;
      };
      runs.push({
        ratePerSecond: rate,
        started: run.ok + run.failed,
        completed: run.ok,
        failed: run.failed,
        firstErrors: [...run.firstErrors, ...log.problems.slice(0, 3)],
        completedPerSecond: done.length > 1 ? ((done.length - 1) / (done[done.length - 1] - done[0])) * 1000 : Number.NaN,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        cpuMsPerLifecycle: { worker: cpuMs('worker'), api: cpuMs('api'), ...(before.temporal && { temporalServer: cpuMs('temporal') }) },
      });
    }
    return { aloneMs: alone.ms, runs, historyEvents: alone.historyEvents };
  } finally {
    await connection.close();
  }
}

function samples(stack: Stack): { worker: ProcSample; api: ProcSample; temporal?: ProcSample } {
  return { worker: sampleProc(stack.worker!.pid), api: sampleProc(stack.api!.pid), ...(stack.temporal && { temporal: sampleProc(stack.temporal.pid) }) };
}

/** Drives one claim through its requests and waits for its workflow to complete. */
async function timedLifecycle(stack: Stack, connection: Connection, key: string, log = newDriveLog()): Promise<{ ms: number; historyEvents: number }> {
  const t0 = performance.now();
  const { claimId } = await driveLifecycle(key, { client: () => stack.http, log, requestDeadlineMs: 120_000 });
  const historyEvents = await waitForCompletion(connection, claimWorkflowId(claimId));
  return { ms: performance.now() - t0, historyEvents };
}

/** Long-polls the workflow's close event; returns the history length then (the close event's id). */
async function waitForCompletion(connection: Connection, workflowId: string): Promise<number> {
  const deadline = Date.now() + 10 * 60_000;
  let nextPageToken: Uint8Array | undefined;
  while (Date.now() < deadline) {
    const res = await connection.workflowService.getWorkflowExecutionHistory({
      namespace: 'default',
      execution: { workflowId },
      waitNewEvent: true,
      historyEventFilterType: temporal.api.enums.v1.HistoryEventFilterType.HISTORY_EVENT_FILTER_TYPE_CLOSE_EVENT,
      nextPageToken,
    });
    const close = res.history?.events?.[0];
    if (close) {
      if (close.eventType !== temporal.api.enums.v1.EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED) throw new Error(`claim workflow ${workflowId} ended ${close.eventType}`);
      return Number(close.eventId);
    }
    nextPageToken = res.nextPageToken?.length ? res.nextPageToken : undefined;
  }
  throw new Error(`claim workflow ${workflowId} did not complete in 10 minutes`);
}
