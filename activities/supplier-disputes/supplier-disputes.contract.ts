import type { DisputeView } from '../../domain/dispute/dispute.types';
import type { WebhookEventType } from '../../domain/dispute/dispute.types';

export interface RecordDisputeInput {
  /** the dispute's view after its latest change */
  view: DisputeView;
}

export interface DeliverWebhookInput {
  supplierId: string;
  /** stable across retries; the receiver de-duplicates on it */
  eventId: string;
  type: WebhookEventType;
  occurredAt: string;
  data: Record<string, unknown>;
}

export interface DeliverWebhookResult {
  outcome: 'delivered' | 'already_delivered' | 'skipped';
  /** why it was skipped: the supplier has no webhook, or is inactive */
  reason?: string;
  httpStatus?: number;
}

/**
 * The dispute workflow's side effects. Both are idempotent: a retried recordDispute
 * never moves the read model backwards; a retried delivery of an event the supplier
 * already acknowledged is not sent again.
 */
export interface SupplierDisputeActivities {
  recordDispute(input: RecordDisputeInput): Promise<void>;
  deliverSupplierWebhook(input: DeliverWebhookInput): Promise<DeliverWebhookResult>;
}
