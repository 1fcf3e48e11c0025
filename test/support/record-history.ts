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
/**
 * RECORD_HISTORIES_TAG=<tag> saves `name.<tag>.json` beside `name.json`: a new recording of
 * a path after a patched change, keeping the recording from before it (both must replay).
 */
const TAG = process.env.RECORD_HISTORIES_TAG?.trim();
export const HISTORIES_DIR = path.join(REPO_ROOT, 'test', 'histories');

/** Saves a workflow's history (as its client's data converter left it: encrypted when the codec is on). */
export async function saveHistory(client: Client, workflowId: string, file: string): Promise<void> {
  if (!RECORDING) return;
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const target = path.join(HISTORIES_DIR, TAG ? file.replace(/\.json$/, `.${TAG}.json`) : file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, `${historyToJSON(history)}\n`);
}

export async function recordHistory(t: TestApp, workflowId: string, file: string): Promise<void> {
  if (!RECORDING) return;
  await saveHistory(t.app.get<typeof TEMPORAL_CLIENT, Client>(TEMPORAL_CLIENT), workflowId, file);
}
