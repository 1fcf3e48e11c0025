/** A claim's supplier disputes as the claim sees them: what a supplier may know, each change its dispute reports, an abandoned one written off. */
import { isOpenDispute, type SupplierFacts } from '../../domain/dispute/dispute.types';
import type { DisputeChange } from '../supplier-dispute/dispute.messages';
import { closeWhenDone, emit, type ClaimState } from './claim.state';
import { SYSTEM_ACTOR, type AuditEventDraft } from '../../domain/claim/audit-event';

/** The claim facts a supplier may see, for a dispute about this claim: no customer details. */
export function supplierFacts(state: ClaimState, evidenceUrls: string[]): SupplierFacts {
  const { order, description, attachments } = state.input.intake;
  return {
    claimNumber: state.number ?? state.input.claimId,
    product: { sku: order.sku, productName: order.productName, category: order.category },
    order: { orderId: order.orderId, purchasedAt: order.purchasedAt, deliveredAt: order.deliveredAt, price: order.price, currency: order.currency },
    defect: { code: state.classification?.defectCode, description },
    evidenceUrls: [...(attachments ?? []), ...evidenceUrls],
  };
}

/**
 * A change a dispute reported: keeps its summary, records its events in the claim's log
 * (in arrival order, with the claim's sequence numbers) and closes a resolved claim whose
 * last open dispute just ended.
 */
export function applyDisputeChange(state: ClaimState, change: DisputeChange, now: number): AuditEventDraft[] {
  const index = state.disputes.findIndex((d) => d.id === change.disputeId);
  if (index < 0) state.disputes.push(change.summary);
  else state.disputes[index] = change.summary;
  const events = change.events.map((e) => emit(state, now, e.actor, e.action, { ...e.data, occurredAt: e.at }));
  return [...events, ...closeWhenDone(state, now)];
}

/**
 * A dispute whose workflow ended without settling or writing it off (terminated, timed out,
 * failed by hand): the claim writes it off so that it can close, with `dispute.abandoned`
 * saying how the workflow ended. Nothing when the dispute had already ended.
 */
export function abandonDispute(state: ClaimState, disputeId: string, ended: string, now: number): AuditEventDraft[] {
  const index = state.disputes.findIndex((d) => d.id === disputeId);
  if (index < 0 || !isOpenDispute(state.disputes[index].status)) return [];
  const dispute = state.disputes[index];
  state.disputes[index] = { ...dispute, status: 'written_off', overdue: false, allowedActions: [] };
  const event = emit(state, now, SYSTEM_ACTOR, 'dispute.abandoned', {
    disputeId,
    supplierId: dispute.supplierId,
    ended,
    reason: `the dispute's workflow ${ended} while the dispute was ${dispute.status.replace(/_/g, ' ')}: written off by the engine`,
  });
  return [event, ...closeWhenDone(state, now)];
}
