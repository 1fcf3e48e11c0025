/**
 * What a claim's timer batch costs the Temporal server in each shape, and what the proof a
 * staged batch would need costs (docs/benchmarks.md, ninth round): workflows of `k` timers,
 * after each a write by a normal activity (today's shape) or by a local activity in the
 * timer's task; then reads of a history's tail (`GetWorkflowExecutionHistoryReverse`, 8
 * events), which a relay would make to see that the staging task completed. Server CPU from
 * /proc (only when the bench started the server), over alternating rounds.
 */
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { sampleProc } from '../../test/support/stack/child-service';

export interface TimerBatchVariant {
  workflow: 'benchTimersWithActivity' | 'benchTimersWithLocalActivity';
  /** server CPU ms per timer batch, per round */
  serverMsPerBatch: number[];
  historyEvents: number;
}

export interface TimerBatchReport {
  workflows: number;
  timersEach: number;
  variants: TimerBatchVariant[];
  /** server CPU ms per read of a history's last 8 events, per round */
  serverMsPerTailRead: number[];
}

const WORKFLOWS = ['benchTimersWithActivity', 'benchTimersWithLocalActivity'] as const;

export async function timerBatchesPhase(address: string, serverPid: number, opts: { workflows: number; timersEach: number; rounds: number; reads: number }): Promise<TimerBatchReport> {
  const taskQueue = `bench-timers-${randomUUID().slice(0, 8)}`;
  const workerConnection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection: workerConnection,
    taskQueue,
    workflowsPath: require.resolve('../workflows/timer-batch.workflow'),
    activities: { benchWrite: async (i: number) => i },
  });
  const running = worker.run();
  const connection = await Connection.connect({ address });
  const client = new Client({ connection });
  const cpuMs = () => sampleProc(serverPid).cpuSeconds * 1000;
  const variants: TimerBatchVariant[] = WORKFLOWS.map((workflow) => ({ workflow, serverMsPerBatch: [], historyEvents: 0 }));
  const serverMsPerTailRead: number[] = [];
  try {
    for (let round = 0; round < opts.rounds; round++) {
      for (const variant of variants) {
        const ids = Array.from({ length: opts.workflows }, () => `bench-timers-${randomUUID()}`);
        const before = cpuMs();
        await Promise.all(ids.map((workflowId) => client.workflow.execute(variant.workflow, { taskQueue, workflowId, args: [opts.timersEach] })));
        variant.serverMsPerBatch.push((cpuMs() - before) / (opts.workflows * opts.timersEach));
        variant.historyEvents = (await client.workflow.getHandle(ids[0]).fetchHistory()).events?.length ?? 0;
        if (variant.workflow === 'benchTimersWithLocalActivity') {
          const start = cpuMs();
          let next = 0;
          await Promise.all(
            Array.from({ length: 8 }, async () => {
              while (next < opts.reads) {
                const workflowId = ids[next++ % ids.length];
                await connection.workflowService.getWorkflowExecutionHistoryReverse({ namespace: 'default', execution: { workflowId }, maximumPageSize: 8 });
              }
            }),
          );
          serverMsPerTailRead.push((cpuMs() - start) / opts.reads);
        }
      }
    }
    return { workflows: opts.workflows, timersEach: opts.timersEach, variants, serverMsPerTailRead };
  } finally {
    worker.shutdown();
    await running;
    await workerConnection.close();
    await connection.close();
  }
}
