/**
 * A database of a test file's own, on the tests' PostgreSQL server, for tests that need
 * a table to themselves (bootstrap admin key, 100,000 seeded audit rows). Named like the
 * global set-up's databases, so its clean-up of stale ones covers a killed run too.
 */
import { Client as PgClient } from 'pg';
import { runMigrations } from '../../src/database/data-source';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

function serverUrl(): URL {
  return new URL(process.env.TEST_DATABASE_URL ?? process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
}

async function onServer<T>(run: (client: PgClient) => Promise<T>): Promise<T> {
  const client = new PgClient({ connectionString: serverUrl().toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(options: { migrate?: boolean } = {}): Promise<ScratchDatabase> {
  const name = `wce_test_${Date.now()}_${process.pid}`;
  await onServer((c) => c.query(`CREATE DATABASE ${name}`));
  const url = serverUrl();
  url.pathname = `/${name}`;
  if (options.migrate !== false) await runMigrations(url.toString());
  return {
    url: url.toString(),
    drop: () => onServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
