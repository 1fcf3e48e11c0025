/** Jest global teardown of the integration project: undoes global-setup.ts. */
import * as fs from 'node:fs';
import { Client } from 'pg';
import { harnessHandle, setHarnessHandle } from './harness-handle';

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const id = admin.escapeIdentifier(name);
    // WITH (FORCE) (PostgreSQL 13+) also ends connections a test left open.
    await admin.query(`DROP DATABASE IF EXISTS ${id} WITH (FORCE)`).catch(async (err: { code?: string }) => {
      if (err.code !== '42601') throw err; // syntax error: an older server
      await admin.query(`DROP DATABASE IF EXISTS ${id}`);
    });
  } finally {
    await admin.end();
  }
}

export default async function globalTeardown(): Promise<void> {
  const handle = harnessHandle();
  if (!handle) return;
  setHarnessHandle(undefined);
  const problems: string[] = [];
  await handle.temporal?.stop().catch((err: Error) => problems.push(`stopping Temporal: ${err.message}`));
  if (handle.databaseName) {
    await dropDatabase(handle.adminUrl, handle.databaseName).catch((err: Error) =>
      problems.push(`dropping database ${handle.databaseName}: ${err.message}`),
    );
  }
  try {
    const written = JSON.parse(fs.readFileSync(handle.envFile, 'utf8')) as { pid?: number };
    if (written.pid === process.pid) fs.rmSync(handle.envFile, { force: true });
  } catch {
    // not written, or already gone
  }
  if (problems.length) throw new Error(`integration test teardown: ${problems.join('; ')}`);
}
