/**
 * Replays every recorded workflow history under test/histories (claims and supplier
 * disputes) against today's workflow code: a change that would break running workflows
 * (non-determinism) fails here. Record new ones with `RECORD_HISTORIES=1` and the e2e
 * tests that call recordHistory (test/support/record-history.ts); keep the old ones.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from '@temporalio/worker';
import { claimWorkflowBundle } from '../../src/worker/claims-worker';

const DIR = path.join(__dirname, '..', 'histories');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('recorded claim histories replay on the current workflow code', () => {
  it('has at least one recorded full lifecycle', () => {
    expect(files).toEqual(
      expect.arrayContaining(['claim-full-lifecycle.json', 'claim-with-supplier-dispute.json', 'supplier-dispute-settled.json']),
    );
  });

  it.each(files)('%s replays without non-determinism', async (file) => {
    const history = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));
    expect(history.events.length).toBeGreaterThan(10);
    await expect(
      Worker.runReplayHistory({ workflowBundle: await claimWorkflowBundle() }, history, `replay-${file}`),
    ).resolves.toBeUndefined();
  });
});
