/**
 * The integration harness itself: the environment global-setup.ts prepared is usable.
 */
import * as fs from 'node:fs';
import { Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { Client } from 'pg';
import { CLAIM_SEARCH_ATTRIBUTES, SEARCH_ATTRIBUTE_TYPE_OF_CLI, type SearchAttributeCliType } from '../../workflows/claim/search-attributes';
import { TEST_ENV_FILE, testEnv } from '../support/test-env';

/** The server's IndexedValueType for a `temporal` CLI type name (`Keyword`, `Bool`, `Int`). */
const indexedType = (cliType: SearchAttributeCliType) => encodeSearchAttributeIndexedValueType(SEARCH_ATTRIBUTE_TYPE_OF_CLI[cliType]);

describe('integration test harness', () => {
  const env = testEnv();

  it('exports the environment to test files, and in .data/test-env.json', () => {
    expect(process.env.TEST_TEMPORAL_ADDRESS).toBe(env.temporalAddress);
    expect(process.env.TEST_DATABASE_URL).toBe(env.databaseUrl);
    expect(process.env.TEST_TEMPORAL_TEST_SERVER_PATH).toBe(env.testServerPath);
    const written = JSON.parse(fs.readFileSync(TEST_ENV_FILE, 'utf8'));
    expect(written).toMatchObject(env);
  });

  it('gives this run a fresh database with the migrations applied', async () => {
    expect(new URL(env.databaseUrl).pathname).toMatch(/^\/wce_test_\d+_\d+$/);
    const client = new Client({ connectionString: env.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM migrations');
      expect(Number(rows[0].n)).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });

  it('runs a Temporal dev server with the claim search attributes registered', async () => {
    const connection = await Connection.connect({ address: env.temporalAddress });
    try {
      const res = await connection.operatorService.listSearchAttributes({ namespace: env.temporalNamespace });
      const custom = res.customAttributes ?? {};
      for (const { name, cliType } of CLAIM_SEARCH_ATTRIBUTES) {
        expect({ name, type: custom[name] }).toEqual({ name, type: indexedType(cliType) });
      }
    } finally {
      await connection.close();
    }
  });

  it('provides a time-skipping test server the SDK can start', async () => {
    expect(fs.statSync(env.testServerPath).mode & 0o111).not.toBe(0);
    const tsEnv = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: env.testServerPath } },
    });
    try {
      expect(tsEnv.supportsTimeSkipping).toBe(true);
      const before = await tsEnv.currentTimeMs();
      await tsEnv.sleep('1 day');
      expect((await tsEnv.currentTimeMs()) - before).toBeGreaterThanOrEqual(24 * 3600 * 1000);
    } finally {
      await tsEnv.teardown();
    }
  });
});
