/**
 * Proves the replay net works: each unguarded change in test/replay/replay-mutants.ts,
 * applied to a copy of the workflow code, must make at least one recorded history under
 * test/histories fail to replay with a non-determinism error — the error a running claim
 * would meet after such a deployment. The unchanged copy must replay every history.
 * A mutant no history catches means a path with no recorded history: record one
 * (test/replay/workflow-paths.test.ts) before changing code on that path.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DeterminismViolationError } from '@temporalio/workflow';
import { Worker, bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { parsePayloadCodecKeys } from '../../src/codec/payload-codec-keys';
import { claimsDataConverter } from '../../src/temporal/data-converter';
import { ROTATED_HISTORY_KEYS } from '../support/history-codec-keys';
import { REPO_ROOT } from '../support/test-app';
import { HISTORIES_DIR } from '../support/record-history';
import { MUTANTS, UPGRADE_STEPS, copyWorkflowSources, type Mutant } from './replay-mutants';

jest.setTimeout(15 * 60_000);

const keys = parsePayloadCodecKeys(ROTATED_HISTORY_KEYS, undefined);
if (!('value' in keys)) throw new Error(keys.problems.join('; '));
const dataConverter = claimsDataConverter(keys.value);
const histories = fs
  .readdirSync(HISTORIES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ workflowId: file, history: JSON.parse(fs.readFileSync(path.join(HISTORIES_DIR, file), 'utf8')) }));
const WORK = path.join(REPO_ROOT, '.data', 'replay-mutants');

const silent = { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, log: () => undefined };

async function bundle(mutant?: Mutant): Promise<WorkflowBundleWithSourceMap> {
  const workflows = copyWorkflowSources(REPO_ROOT, WORK, mutant);
  return bundleWorkflowCode({ workflowsPath: path.join(workflows, 'index.ts'), logger: silent });
}

/** Replays every history on `workflowBundle`: the ones that failed, and how. */
async function replayAll(workflowBundle: WorkflowBundleWithSourceMap): Promise<Array<{ file: string; nondeterministic: boolean; message: string }>> {
  const failed = [];
  for await (const result of Worker.runReplayHistories({ workflowBundle, dataConverter }, histories)) {
    if (result.error) {
      failed.push({ file: result.workflowId, nondeterministic: result.error instanceof DeterminismViolationError, message: result.error.message });
    }
  }
  return failed;
}

afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

describe('the recorded histories catch unguarded workflow changes', () => {
  it('the unchanged copy of the workflow code replays every history (the copy is sound)', async () => {
    expect(await replayAll(await bundle())).toEqual([]);
  });

  const caught: Array<[string, string[]]> = [];
  afterAll(() => {
    const byOld = caught.filter(([, files]) => files.some((f) => !f.includes('-path-'))).length;
    console.log(
      `replay mutants: ${caught.filter(([, f]) => f.length > 0).length}/${MUTANTS.length} caught ` +
        `(${byOld} by the histories recorded before the path recordings)\n` +
        caught.map(([name, files]) => `  ${files.length > 0 ? 'caught' : 'MISSED'}  ${name}  (${files.length}: ${files.join(', ')})`).join('\n'),
    );
  });

  it.each(MUTANTS.map((m) => [m.name, m] as const))('%s', async (_name, mutant) => {
    const failed = await replayAll(await bundle(mutant));
    caught.push([mutant.name, failed.filter((f) => f.nondeterministic).map((f) => f.file)]);
    // only non-determinism counts: a copy that fails otherwise proves nothing
    expect(failed.filter((f) => !f.nondeterministic)).toEqual([]);
    expect(failed.length).toBeGreaterThan(0);
  });
});

describe('upgrading running claims (docs/workflow-upgrades.md): the histories are the gate', () => {
  it.each(UPGRADE_STEPS.map((m) => [m.name, m] as const))('%s', async (_name, step) => {
    const failed = await replayAll(await bundle(step));
    if (step.replays) {
      expect(failed).toEqual([]);
    } else {
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.every((f) => f.nondeterministic)).toBe(true);
    }
  });
});
