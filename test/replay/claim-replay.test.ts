/**
 * Replays every recorded workflow history under test/histories (claims and supplier
 * disputes) against today's workflow code: a change that would break running workflows
 * (non-determinism) fails here.
 * Histories are decoded with the payload codec as configured AFTER a key rotation
 * (old key kept, new key current): encrypted histories written with the old key, and
 * unencrypted ones from before the codec, must both still replay.
 * Record new ones with `RECORD_HISTORIES=1` and the tests that call recordHistory
 * (test/support/record-history.ts), or `… test/codec/payload-codec.test.ts` (encrypted);
 * keep the old ones. The `*-path-*` histories (test/replay/workflow-paths.test.ts) run every
 * path to workflow completion; test/replay/replay-mutants.test.ts proves they catch
 * unguarded changes late in the workflows.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from '@temporalio/worker';
import { parsePayloadCodecKeys, type PayloadCodecKeys } from '../../src/codec/payload-codec-keys';
import { claimsDataConverter } from '../../src/temporal/data-converter';
import { claimWorkflowBundle } from '../../src/worker/claims-worker';
import { HISTORY_KEY_2020, ROTATED_HISTORY_KEYS } from '../support/history-codec-keys';

const DIR = path.join(__dirname, '..', 'histories');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json'));

function keys(text: string): PayloadCodecKeys {
  const parsed = parsePayloadCodecKeys(text, undefined);
  if (!('value' in parsed)) throw new Error(parsed.problems.join('; '));
  return parsed.value;
}

const replay = async (file: string, codecKeys: PayloadCodecKeys) => {
  const history = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));
  expect(history.events.length).toBeGreaterThan(10);
  return Worker.runReplayHistory(
    { workflowBundle: await claimWorkflowBundle(), dataConverter: claimsDataConverter(codecKeys) },
    history,
    `replay-${file}`,
  );
};

describe('recorded claim histories replay on the current workflow code', () => {
  it('has recorded lifecycles: plain, encrypted, with a supplier dispute, with follow-up, with an order correction', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'claim-full-lifecycle.json',
        'claim-encrypted-lifecycle.json',
        'claim-with-supplier-dispute.json',
        'supplier-dispute-settled.json',
        'claim-lifecycle-follow-up.json',
        'claim-from-review-follow-up.json',
        'claim-order-corrected.json',
        'claim-lifecycle-local-registration.json',
        'claim-dispute-abandoned.json',
      ]),
    );
  });

  it('has histories of every workflow path run to completion (claims and disputes), encrypted', () => {
    const paths = files.filter((f) => f.includes('-path-'));
    expect(paths.filter((f) => f.startsWith('claim-')).length).toBeGreaterThanOrEqual(7);
    expect(paths.filter((f) => f.startsWith('dispute-')).length).toBeGreaterThanOrEqual(3);
    for (const file of paths) {
      const { events } = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));
      expect([file, events[events.length - 1].eventType]).toEqual([file, 'EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED']);
      const input = events[0].workflowExecutionStartedEventAttributes.input.payloads[0];
      expect([file, Buffer.from(input.metadata['encryption-key-id'] ?? '', 'base64').toString()]).toEqual([file, 'hist-2020']);
    }
  });

  it.each(files)('%s replays without non-determinism, after a codec key rotation', async (file) => {
    const rotated = keys(ROTATED_HISTORY_KEYS);
    expect(rotated.currentKeyId).toBe('hist-2020');
    await expect(replay(file, rotated)).resolves.toBeUndefined();
  });

  it('the encrypted history cannot be replayed once its key is dropped', async () => {
    await expect(replay('claim-encrypted-lifecycle.json', keys(HISTORY_KEY_2020))).rejects.toThrow(/hist-2019/);
  });
});
