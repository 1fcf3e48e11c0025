/**
 * Replays every recorded claim history under test/histories against today's workflow
 * code: a change that would break running claims (non-determinism) fails here.
 * Record a new one with `RECORD_HISTORIES=1 npx jest test/e2e/claims.e2e.test.ts`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from '@temporalio/worker';
import { claimWorkflowBundle } from '../../src/worker/claims-worker';

const DIR = path.join(__dirname, '..', 'histories');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('recorded claim histories replay on the current workflow code', () => {
  it('has at least one recorded full lifecycle', () => {
    expect(files).toContain('claim-full-lifecycle.json');
  });

  it.each(files)('%s replays without non-determinism', async (file) => {
    const history = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));
    expect(history.events.length).toBeGreaterThan(10);
    await expect(
      Worker.runReplayHistory({ workflowBundle: await claimWorkflowBundle() }, history, `replay-${file}`),
    ).resolves.toBeUndefined();
  });
});
