/**
 * Recording workflow histories for the replay tests (test/replay): with
 * RECORD_HISTORIES=1, a test saves the history of a workflow it drove under
 * test/histories/<file>. Keep old recordings when the workflow code changes: they are
 * what proves the change safe for workflows already running.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { Client } from '@temporalio/client';
import { TEMPORAL_CLIENT } from '../../src/temporal/temporal.module';
import { REPO_ROOT, type TestApp } from './test-app';

export const RECORDING = process.env.RECORD_HISTORIES === '1';

export async function recordHistory(t: TestApp, workflowId: string, file: string): Promise<void> {
  if (!RECORDING) return;
  const client = t.app.get<typeof TEMPORAL_CLIENT, Client>(TEMPORAL_CLIENT);
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const target = path.join(REPO_ROOT, 'test', 'histories', file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, `${historyToJSON(history)}\n`);
}
