/**
 * Baseline: raw workflow starts per second through the Temporal client, on the same
 * server, of a workflow that does nothing — the ceiling intake can approach (an intake is
 * one update-with-start plus two activities writing PostgreSQL).
 */
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { runLoad, type LoadResult } from '../support/load.runner';

export async function baselinePhase(address: string, concurrencies: number[], durationMs: number): Promise<LoadResult[]> {
  const taskQueue = `bench-noop-${randomUUID().slice(0, 8)}`;
  const workerConnection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection: workerConnection,
    taskQueue,
    workflowsPath: require.resolve('../workflows/noop.workflow'),
  });
  const running = worker.run();
  const connection = await Connection.connect({ address });
  const client = new Client({ connection });
  try {
    const results: LoadResult[] = [];
    for (const concurrency of concurrencies) {
      results.push(
        await runLoad({ concurrency, durationMs }, async () => {
          await client.workflow.start('benchNoopWorkflow', { taskQueue, workflowId: `bench-noop-${randomUUID()}` });
        }),
      );
    }
    return results;
  } finally {
    worker.shutdown();
    await running;
    await workerConnection.close();
    await connection.close();
  }
}
