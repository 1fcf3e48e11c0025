import { ApplicationFailure, Context } from '@temporalio/activity';
import { storable } from '../storable';
import { OutboundPolicy, outboundPost } from '../outbound/outbound-http';
import { WebhookSecretBox } from './webhook-secret-box';
import type { DataSource } from 'typeorm';
import type {
  DeliverWebhookInput,
  DeliverWebhookResult,
  RecordDisputeInput,
  SupplierDisputeActivities,
} from './supplier-disputes.contract';
import { EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, webhookSignature } from './webhook-signature';

/** How long one delivery attempt may take before it counts as failed. */
const DELIVERY_TIMEOUT_MS = 10_000;

/** The JSON body a supplier receives; built the same way on every attempt, so retries carry the same bytes. */
export function webhookBody(input: DeliverWebhookInput): string {
  return JSON.stringify({ id: input.eventId, type: input.type, createdAt: input.occurredAt, data: input.data });
}

/** `outbound`: where webhooks may go (default: public addresses only, checked at connect time). */
export function createSupplierDisputeActivities(
  dataSource: DataSource,
  outbound: OutboundPolicy = new OutboundPolicy(),
  secrets: WebhookSecretBox = new WebhookSecretBox(),
): SupplierDisputeActivities {
  const noteAttempt = (input: DeliverWebhookInput, status: 'pending' | 'delivered' | 'skipped', httpStatus: number | null, error: string | null) =>
    dataSource.query(
      `INSERT INTO webhook_deliveries (event_id, supplier_id, type, status, attempts, last_status, last_error, delivered_at)
       VALUES ($1, $2, $3, $4, 1, $5, $6, CASE WHEN $4 = 'delivered' THEN now() END)
       ON CONFLICT (event_id) DO UPDATE SET
         status = EXCLUDED.status, attempts = webhook_deliveries.attempts + 1, last_status = EXCLUDED.last_status,
         last_error = EXCLUDED.last_error, delivered_at = EXCLUDED.delivered_at, updated_at = now()`,
      [input.eventId, input.supplierId, input.type, status, httpStatus, error],
    );

  return {
    async recordDispute(input: RecordDisputeInput): Promise<void> {
      const { view } = storable(input, input.view.claimId);
      await dataSource.query(
        `INSERT INTO supplier_disputes (id, claim_id, claim_number, supplier_id, kind, status, amount_claimed, currency,
           settled_amount, opened_at, deadline_at, responded_at, response, responded_late, overdue, escalated, closed_at, version, view)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
         ON CONFLICT (id) DO UPDATE SET
           status = EXCLUDED.status, settled_amount = EXCLUDED.settled_amount, responded_at = EXCLUDED.responded_at,
           response = EXCLUDED.response, responded_late = EXCLUDED.responded_late, overdue = EXCLUDED.overdue,
           escalated = EXCLUDED.escalated, closed_at = EXCLUDED.closed_at, version = EXCLUDED.version,
           view = EXCLUDED.view, updated_at = now()
         WHERE supplier_disputes.version < EXCLUDED.version`,
        [
          view.id,
          view.claimId,
          view.claimNumber,
          view.supplierId,
          view.kind,
          view.status,
          view.amountClaimed,
          view.currency,
          view.settlement?.amount ?? null,
          view.openedAt,
          view.deadlineAt,
          view.response?.at ?? null,
          view.response?.outcome ?? null,
          view.response?.late ?? null,
          view.overdue,
          view.escalated,
          view.closedAt ?? null,
          view.version,
          JSON.stringify(view),
        ],
      );
    },

    async deliverSupplierWebhook(input: DeliverWebhookInput): Promise<DeliverWebhookResult> {
      const [supplier] = await dataSource.query(`SELECT webhook_url, webhook_secret, active FROM suppliers WHERE id = $1`, [input.supplierId]);
      if (!supplier?.webhook_url || !supplier.active) {
        const reason = !supplier ? 'unknown supplier' : !supplier.active ? 'supplier inactive' : 'no webhook configured';
        await noteAttempt(input, 'skipped', null, reason);
        return { outcome: 'skipped', reason };
      }
      const [previous] = await dataSource.query(`SELECT status FROM webhook_deliveries WHERE event_id = $1`, [input.eventId]);
      if (previous?.status === 'delivered') return { outcome: 'already_delivered' };

      const body = webhookBody(input);
      let httpStatus: number | null = null;
      let error: string;
      try {
        const response = await outboundPost(outbound, supplier.webhook_url, {
          headers: {
            'Content-Type': 'application/json',
            'User-Agent': 'warranty-claims-engine/webhooks',
            [SIGNATURE_HEADER]: webhookSignature(body, secrets.open(input.supplierId, supplier.webhook_secret)),
            [EVENT_ID_HEADER]: input.eventId,
            [EVENT_TYPE_HEADER]: input.type,
          },
          body,
          timeoutMs: DELIVERY_TIMEOUT_MS,
        });
        httpStatus = response.status;
        if (httpStatus >= 200 && httpStatus <= 299) {
          await noteAttempt(input, 'delivered', httpStatus, null);
          return { outcome: 'delivered', httpStatus };
        }
        error = `the supplier's endpoint answered HTTP ${httpStatus}`;
      } catch (err) {
        error = `the supplier's endpoint could not be reached: ${(err as Error).message}`;
      }
      await noteAttempt(input, 'pending', httpStatus, error);
      const attempt = Context.current().info.attempt;
      // Temporal retries with exponential backoff (the workflow's retry policy)
      throw ApplicationFailure.retryable(`${error} (attempt ${attempt})`, 'WebhookDeliveryFailed');
    },
  };
}
