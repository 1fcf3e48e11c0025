/**
 * What the integration tests run against, prepared once per `jest` run by
 * test/setup/global-setup.ts: a Temporal dev server (in memory, claim search attributes
 * registered), a fresh PostgreSQL database with the migrations applied, and the path of
 * the time-skipping test server for workflow tests:
 *
 *   TestWorkflowEnvironment.createTimeSkipping({
 *     server: { executable: { type: 'existing-path', path: testEnv().testServerPath } },
 *   })
 *
 * Jest copies `process.env` into each test file's sandbox after the global set-up, so
 * the TEST_* variables are normally there; .data/test-env.json, written by the set-up,
 * is the fallback.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface TestEnv {
  /** `host:port` of the shared Temporal dev server */
  temporalAddress: string;
  /** its namespace (search attributes registered there) */
  temporalNamespace: string;
  /** a database of its own for this run, migrations applied */
  databaseUrl: string;
  /** the time-skipping test server binary */
  testServerPath: string;
}

export const TEST_ENV_FILE = path.resolve(__dirname, '..', '..', '.data', 'test-env.json');

export function testEnv(): TestEnv {
  const env = process.env;
  if (env.TEST_TEMPORAL_ADDRESS && env.TEST_DATABASE_URL && env.TEST_TEMPORAL_TEST_SERVER_PATH) {
    return {
      temporalAddress: env.TEST_TEMPORAL_ADDRESS,
      temporalNamespace: env.TEST_TEMPORAL_NAMESPACE || 'default',
      databaseUrl: env.TEST_DATABASE_URL,
      testServerPath: env.TEST_TEMPORAL_TEST_SERVER_PATH,
    };
  }
  let text: string;
  try {
    text = fs.readFileSync(TEST_ENV_FILE, 'utf8');
  } catch {
    throw new Error(
      'The integration test environment is not set up: run the tests through jest ' +
        '(`npm test` or `npm run test:integration`), whose global set-up starts Temporal and prepares PostgreSQL.',
    );
  }
  return JSON.parse(text) as TestEnv;
}
