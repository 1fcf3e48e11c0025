/**
 * `npm run api`: the HTTP API alone, against an external PostgreSQL (DATABASE_URL,
 * migrated with `npm run migration:run`) and Temporal (TEMPORAL_ADDRESS).
 * `npm start` runs everything on one machine instead.
 */
import { Runtime } from '@temporalio/worker';
import { loggerFor } from './common/logging/app-log';
import { createApiApp } from './api.bootstrap';
import { DOCS_JSON_PATH, DOCS_PATH } from './common/openapi/swagger';
import { assertDeployable, describeConfig, loadConfig } from './config/app-config';
import { temporalRuntimeLogger } from './temporal/temporal-runtime-logger';

async function main(): Promise<void> {
  const config = loadConfig();
  assertDeployable(config, 'API');
  // the Temporal client's runtime (temporal.module.ts): its lines through the app's logger;
  // SIGINT/SIGTERM are Nest's to handle (the app closes, then the connection)
  Runtime.install({ shutdownSignals: [], logger: temporalRuntimeLogger(config.logLevel) });
  const logger = loggerFor('Api');
  logger.log(`starting: ${describeConfig(config)}`);
  const app = await createApiApp(config);
  await app.listen(config.port, config.host);
  const url = (await app.getUrl()).replace('[::1]', 'localhost');
  logger.log(`listening on ${url}`);
  logger.log(`Swagger UI ${url}/${DOCS_PATH} · OpenAPI ${url}/${DOCS_JSON_PATH} · health ${url}/health · metrics ${url}/metrics`);
}

main().catch((err: unknown) => {
  loggerFor('Api').error(`API failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
