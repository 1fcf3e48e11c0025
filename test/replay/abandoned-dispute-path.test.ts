/**
 * The abandoned-dispute path to workflow completion, on the run's Temporal dev server (the
 * time-skipping server never tells a parent that its child was terminated or cancelled):
 * an operator terminates a dispute's workflow, the claim writes the dispute off
 * (`dispute.abandoned`), is withdrawn, and is archived when its reopen window ends — the
 * short policy's seconds, real time, codec on. `RECORD_HISTORIES=1` saves its history
 * (see test/replay/workflow-paths.test.ts).
 */
import * as fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { ClaimView } from '../../domain/claim/claim-view';
import { parsePolicy } from '../../domain/policy/policy.schema';
import { parsePayloadCodecKeys } from '../../src/codec/payload-codec-keys';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { openSupplierDisputeUpdate, triageUpdate, withdrawUpdate } from '../../workflows/claim/claim.messages';
import { disputeWorkflowId } from '../../workflows/supplier-dispute/dispute.messages';
import { eventually } from '../support/eventually';
import { HISTORY_KEY_2020 } from '../support/history-codec-keys';
import { saveHistory } from '../support/record-history';
import { SHORT_POLICY } from '../support/test-app';
import { cmd, useTimeSkippingClaims } from '../support/time-skipping-claims';

const codecKeys = parsePayloadCodecKeys(HISTORY_KEY_2020, undefined);
if (!('value' in codecKeys)) throw new Error(codecKeys.problems.join('; '));
const claims = useTimeSkippingClaims({ payloadCodec: codecKeys.value, server: 'dev' });
const shortPolicy = parsePolicy(JSON.parse(fs.readFileSync(SHORT_POLICY, 'utf8')));

it('a dispute whose workflow was terminated is written off; the claim is withdrawn and archived', async () => {
  const { handle, claimId } = await claims.startClaim({}, shortPolicy);
  await handle.executeUpdate(triageUpdate, {
    args: [cmd({ type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' } as const)],
  });
  const disputeId = randomUUID();
  await handle.executeUpdate(openSupplierDisputeUpdate, {
    args: [
      cmd({
        disputeId,
        dispute: { kind: 'manufacturing_defect' as const, amountClaimed: 12500, currency: 'RUB', message: 'Filler shrank', evidenceUrls: [] },
        supplier: { supplierId: 'fabrika-yug', supplierName: 'Fabrika Yug', responseBusinessDays: 10, reminderBusinessDaysBefore: [3, 1] },
      }),
    ],
  });
  await claims.env.client.workflow.getHandle(disputeWorkflowId(disputeId)).terminate('operator cleaned up');
  const written = await eventually(() => claims.view(handle), (v) => v.disputes[0]?.status === 'written_off');
  expect(written.disputes[0]).toMatchObject({ id: disputeId, status: 'written_off' });
  await handle.executeUpdate(withdrawUpdate, { args: [cmd({ reason: 'the customer gave up' })] });

  const final = (await handle.result()) as ClaimView;
  expect(final.status).toBe('closed');
  const log = (await claims.auditActions(claimId)).map((e) => e.action);
  expect(log.filter((a) => a === 'dispute.abandoned')).toHaveLength(1);
  expect(log.slice(-2)).toEqual(['claim.withdrawn', 'claim.archived']);
  await saveHistory(claims.env.client, claimWorkflowId(claimId), 'claim-path-dispute-abandoned.json');
});
