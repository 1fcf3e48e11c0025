/**
 * `npm run worker`: runs the claims worker against an external Temporal
 * (TEMPORAL_ADDRESS / TEMPORAL_NAMESPACE / TEMPORAL_TASK_QUEUE) and DATABASE_URL.
 * Any number of replicas may run side by side.
 */
// first: the memory signal is answered from the process's first moments
import { addToMemoryLine, logMemoryOnSignal } from './memory-signal';
import { assertDeployable, describeConfig, loadConfig } from '../config/app-config';
import { Runtime } from '@temporalio/worker';
import { configureLogging, formatLine, loggerFor } from '../common/logging/app-log';
import { startClaimsWorker } from './claims-worker';
import { temporalRuntimeLogger } from '../temporal/temporal-runtime-logger';

const log = loggerFor('Worker');
// the answer to an operator's signal, written whatever LOG_LEVEL lets through
logMemoryOnSignal((line) => process.stdout.write(`${formatLine('log', 'Worker', line)}\n`));

async function main(): Promise<void> {
  const config = loadConfig();
  configureLogging({ format: config.logFormat, level: config.logLevel });
  // SIGUSR2 is the memory signal here (./memory-signal), not one of the SDK's shutdown signals
  Runtime.install({ logger: temporalRuntimeLogger(config.logLevel), shutdownSignals: ['SIGINT', 'SIGTERM', 'SIGQUIT'] });
  assertDeployable(config, 'worker');
  log.log(`claims worker starting: ${describeConfig(config)}`);
  const worker = await startClaimsWorker(config);
  addToMemoryLine(() => {
    const { cached, cap } = worker.cache();
    return `workflows cached: ${cached} of at most ${cap}`;
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log.log(`${signal}: worker draining and stopping`);
      void worker.shutdown();
    });
  }
  await worker.done;
  log.log('claims worker stopped');
}

main().catch((err) => {
  log.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
