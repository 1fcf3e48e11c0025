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
 *
 * At each rate the minimal program's lifecycle follows (the same requests and timers, each
 * step one row by a local activity, written by hand against the SDK): the ratio of the two
 * is how close the claims come to what Temporal allows on this machine.
 */
import { Connection } from '@temporalio/client';
import { tsToMs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { driveLifecycle, newDriveLog } from '../../test/support/stack/claim-driver';
import type { Stack } from '../../test/support/stack/stack';
import { percentile, runOpenLoop } from '../support/load.runner';
import { sampleStack } from '../support/stack.samples';
import { sampleProc } from '../../test/support/stack/child-service';
import { durationMs as ms } from '../../domain/time/duration';
import type { ParsedPolicy } from '../../domain/policy/policy.schema';
import type { MinimalLifecycleTimers } from '../workflows/minimal-intake.workflow';
import type { MinimalProgram } from './minimal.phase';

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
  /**
   * the minimal program's lifecycle (bench/workflows/minimal-intake.workflow.ts) at the same
   * rates, each run right after the claims' at that rate: what Temporal itself allows for the
   * same durable work on this machine. Its worker and client are this process: their CPU is
   * under `worker`, `api` stays 0.
   */
  minimal?: { aloneMs: number; runs: LifecycleRun[]; historyEvents: number };
}

/** The minimal lifecycle to run beside the claims', with the short policy's durations. */
export interface MinimalLifecycle {
  program: MinimalProgram;
  timers: MinimalLifecycleTimers;
}

/** The durations a bench claim meets under a policy, for the minimal lifecycle to wait as long. */
export function minimalLifecycleTimers(policy: ParsedPolicy): MinimalLifecycleTimers {
  return {
    firstResponse: ms(policy.firstResponseSla),
    // a refund's deadline timer fires first for its warning
    remedyDeadline: ms(policy.remedyDeadlines.refund) - ms(policy.deadlineWarningBefore),
    surveyDelay: ms(policy.followUp.surveyDelay),
    surveyReminderAfter: ms(policy.followUp.surveyReminderAfter),
    surveyExpiresAfter: ms(policy.followUp.surveyExpiresAfter),
    reopenWindow: ms(policy.reopenWindow),
  };
}

export async function lifecyclePhase(stack: Stack, rates: number[], durationMs: number, minimal?: MinimalLifecycle): Promise<LifecycleReport> {
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const claims = new CompletionWatcher(connection, 'claimWorkflow');
  const minimals = new CompletionWatcher(connection, 'benchMinimalLifecycleWorkflow');
  const prefix = `bench-life-${Date.now()}`;
  const claimLifecycle = (key: string, log = newDriveLog()) =>
    timed(async () => {
      const { claimId } = await driveLifecycle(key, { client: () => stack.http, log, requestDeadlineMs: 120_000 });
      return claims.closed(claimWorkflowId(claimId));
    });
  const minimalLifecycle = minimal && (() => timed(async () => minimals.closed(await minimal.program.lifecycle(minimal.timers))));
  const serverPid = stack.temporal?.pid;
  try {
    const alone = await claimLifecycle(`${prefix}-alone`);
    const minimalAlone = minimalLifecycle && (await minimalLifecycle());
    const runs: LifecycleRun[] = [];
    const minimalRuns: LifecycleRun[] = [];
    for (const rate of rates) {
      const log = newDriveLog();
      runs.push(
        await openLoopLifecycles(rate, durationMs, (i) => claimLifecycle(`${prefix}-${rate}-${i}`, log), () => {
          const { worker, api, temporal } = sampleStack(stack);
          return { worker: worker.cpuSeconds, api: api.cpuSeconds, temporalServer: temporal?.cpuSeconds };
        }, log.problems),
      );
      if (minimalLifecycle) {
        minimalRuns.push(
          await openLoopLifecycles(rate, durationMs, () => minimalLifecycle(), () => {
            const own = process.cpuUsage();
            return { worker: (own.user + own.system) / 1e6, api: 0, temporalServer: serverPid ? sampleProc(serverPid).cpuSeconds : undefined };
          }),
        );
      }
    }
    return {
      aloneMs: alone.ms,
      runs,
      historyEvents: alone.historyEvents,
      ...(minimalAlone && { minimal: { aloneMs: minimalAlone.ms, runs: minimalRuns, historyEvents: minimalAlone.historyEvents } }),
    };
  } finally {
    await connection.close();
  }
}

type CpuSeconds = { worker: number; api: number; temporalServer?: number };

/** Lifecycles arriving at a fixed rate for a while, each timed until its workflow completed. */
async function openLoopLifecycles(
  rate: number,
  durationMs: number,
  one: (i: number) => Promise<{ ms: number; closedAt: number }>,
  cpuSeconds: () => CpuSeconds,
  problems: string[] = [],
): Promise<LifecycleRun> {
  const done: number[] = [];
  const latencies: number[] = [];
  const before = cpuSeconds();
  const run = await runOpenLoop({ ratePerSecond: rate, durationMs }, async (i) => {
    const { ms, closedAt } = await one(i);
    latencies.push(ms);
    done.push(closedAt);
  });
  const after = cpuSeconds();
  latencies.sort((a, b) => a - b);
  done.sort((a, b) => a - b);
  const perLifecycle = (key: keyof CpuSeconds) => {
    const a = before[key];
    const b = after[key];
    return a !== undefined && b !== undefined ? ((b - a) / Math.max(1, run.ok)) * 1000 : Number.NaN;
  };
  return {
    ratePerSecond: rate,
    started: run.ok + run.failed,
    completed: run.ok,
    failed: run.failed,
    firstErrors: [...run.firstErrors, ...problems.slice(0, 3)],
    completedPerSecond: done.length > 1 ? ((done.length - 1) / (done[done.length - 1] - done[0])) * 1000 : Number.NaN,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuMsPerLifecycle: { worker: perLifecycle('worker'), api: perLifecycle('api'), ...(before.temporalServer !== undefined && { temporalServer: perLifecycle('temporalServer') }) },
  };
}

/** Times one lifecycle from its first request until its workflow completed. */
async function timed(lifecycle: () => Promise<{ closedAt: number; historyEvents: number }>): Promise<{ ms: number; closedAt: number; historyEvents: number }> {
  const t0 = Date.now();
  const { closedAt, historyEvents } = await lifecycle();
  return { ms: closedAt - t0, closedAt, historyEvents };
}

/**
 * Learns when workflows of one type complete from the server's visibility records (close time,
 * history length), with one list query every 500 ms for all the claims waited on — not a
 * long poll per claim, which would add server work of its own to what is measured.
 */
class CompletionWatcher {
  private readonly waiting = new Map<string, { resolve: (v: { closedAt: number; historyEvents: number }) => void; reject: (e: Error) => void; since: number }>();
  private timer?: NodeJS.Timeout;
  private readonly since = new Date(Date.now() - 60_000).toISOString();

  constructor(
    private readonly connection: Connection,
    private readonly workflowType: string,
  ) {}

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
          query: `WorkflowType = '${this.workflowType}' AND ExecutionStatus != 'Running' AND CloseTime >= '${this.since}'`,
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
