/**
 * Full lifecycles, timed to the end of the claim's workflow: intake → triage → remedy
 * (refund) → complete over HTTP, then the follow-up the short policy runs by itself
 * (survey sent, reminded, expired unanswered; closed; reopen window; archived), until the
 * workflow completes. Claims arrive at fixed rates (open loop), so the phase shows how many
 * lifecycles per second the system carries through to the end, not how many 32 clients
 * happen to start: the short policy's timers alone keep each claim open for seconds.
 *
 * Completion is read from Temporal itself: the close time and history length the server
 * records for each workflow (its visibility store), one list query for all claims waited on.
 */
import { Connection } from '@temporalio/client';
import { tsToMs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { driveLifecycle, newDriveLog } from '../../test/support/stack/claim-driver';
import type { Stack } from '../../test/support/stack/stack';
import { percentile, runOpenLoop } from '../support/load.runner';
import { sampleStack } from '../support/stack.samples';

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
  const completions = new CompletionWatcher(connection);
  try {
    const prefix = `bench-life-${Date.now()}`;
    const alone = await timedLifecycle(stack, completions, `${prefix}-alone`);
    const runs: LifecycleRun[] = [];
    for (const rate of rates) {
      const log = newDriveLog();
      const done: number[] = [];
      const latencies: number[] = [];
      const before = sampleStack(stack);
      const run = await runOpenLoop({ ratePerSecond: rate, durationMs }, async (i) => {
        const { ms, closedAt } = await timedLifecycle(stack, completions, `${prefix}-${rate}-${i}`, log);
        latencies.push(ms);
        done.push(closedAt);
      });
      const after = sampleStack(stack);
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


/** Drives one claim through its requests and waits for its workflow to complete. */
async function timedLifecycle(stack: Stack, completions: CompletionWatcher, key: string, log = newDriveLog()): Promise<{ ms: number; closedAt: number; historyEvents: number }> {
  const t0 = Date.now();
  const { claimId } = await driveLifecycle(key, { client: () => stack.http, log, requestDeadlineMs: 120_000 });
  const { closedAt, historyEvents } = await completions.closed(claimWorkflowId(claimId));
  return { ms: closedAt - t0, closedAt, historyEvents };
}

/**
 * Learns when claim workflows complete from the server's visibility records (close time,
 * history length), with one list query every 500 ms for all the claims waited on — not a
 * long poll per claim, which would add server work of its own to what is measured.
 */
class CompletionWatcher {
  private readonly waiting = new Map<string, { resolve: (v: { closedAt: number; historyEvents: number }) => void; reject: (e: Error) => void; since: number }>();
  private timer?: NodeJS.Timeout;
  private readonly since = new Date(Date.now() - 60_000).toISOString();

  constructor(private readonly connection: Connection) {}

  closed(workflowId: string): Promise<{ closedAt: number; historyEvents: number }> {
    return new Promise((resolve, reject) => {
      this.waiting.set(workflowId, { resolve, reject, since: Date.now() });
      this.timer ??= setTimeout(() => void this.poll(), 500);
    });
  }

  private async poll(): Promise<void> {
    try {
      let nextPageToken: Uint8Array | undefined;
      do {
        const res = await this.connection.workflowService.listWorkflowExecutions({
          namespace: 'default',
          query: `WorkflowType = 'claimWorkflow' AND ExecutionStatus != 'Running' AND CloseTime >= '${this.since}'`,
          pageSize: 1000,
          nextPageToken,
        });
        for (const e of res.executions ?? []) {
          const id = e.execution?.workflowId ?? '';
          const waiter = this.waiting.get(id);
          if (!waiter) continue;
          this.waiting.delete(id);
          if (e.status !== temporal.api.enums.v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED) waiter.reject(new Error(`claim workflow ${id} ended with status ${e.status}`));
          else waiter.resolve({ closedAt: tsToMs(e.closeTime), historyEvents: Number(e.historyLength) });
        }
        nextPageToken = res.nextPageToken?.length ? res.nextPageToken : undefined;
      } while (nextPageToken && this.waiting.size > 0);
      for (const [id, waiter] of this.waiting) {
        if (Date.now() - waiter.since > 10 * 60_000) {
          this.waiting.delete(id);
          waiter.reject(new Error(`claim workflow ${id} did not complete in 10 minutes`));
        }
      }
    } catch (err) {
      for (const waiter of this.waiting.values()) waiter.reject(err as Error);
      this.waiting.clear();
    }
    this.timer = this.waiting.size > 0 ? setTimeout(() => void this.poll(), 500) : undefined;
  }
}
