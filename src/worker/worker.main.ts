/**
 * `npm run worker`: runs the claims worker against an external Temporal
 * (TEMPORAL_ADDRESS / TEMPORAL_NAMESPACE / TEMPORAL_TASK_QUEUE) and DATABASE_URL.
 * Any number of replicas may run side by side.
 */
import { assertDeployable, describeConfig, loadConfig } from '../config/app-config';
import { startClaimsWorker } from './claims-worker';

async function main(): Promise<void> {
  const config = loadConfig();
  assertDeployable(config, 'worker');
  console.log(`claims worker starting: ${describeConfig(config)}`);
  const worker = await startClaimsWorker(config);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log(`${signal}: worker draining and stopping`);
      void worker.shutdown();
    });
  }
  await worker.done;
  console.log('claims worker stopped');
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
