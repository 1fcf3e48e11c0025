import type { ClaimView } from '../../domain/claim/claim-view';
import { isOpenDispute } from '../../domain/dispute/dispute.types';

/** How a linked review is found again when the monitoring feed reports on it: `<platform>:<reviewId>`. */
export function reviewKey(platform: string, reviewId: string): string {
  return `${platform}:${reviewId}`;
}

/** Columns of the `claims` read-model table that a snapshot fills, in insert order. */
export const CLAIM_ROW_COLUMNS = [
  'id',
  'number',
  'status',
  'channel',
  'external_ref',
  'type',
  'unit',
  'defect_code',
  'severity',
  'supplier_id',
  'customer_name',
  'customer_phone',
  'customer_email',
  'order_id',
  'sku',
  'product_name',
  'category',
  'price',
  'currency',
  'in_warranty',
  'received_at',
  'triaged_at',
  'resolved_at',
  'closed_at',
  'sla_due_at',
  'sla_breached',
  'deadline_at',
  'deadline_breached',
  'penalty_amount',
  'possible_duplicate',
  'waiting_on_customer',
  'open_disputes',
  'overdue_disputes',
  'escalated_disputes',
  'first_response_at',
  'follow_up_at',
  'survey_status',
  'survey_sent_at',
  'survey_answered_at',
  'csat',
  'nps',
  'ces',
  'survey_alert',
  'review_key',
  'review_negative',
  'review_outcome',
  'search_text',
  'version',
  'view',
] as const;
export type ClaimRowColumn = (typeof CLAIM_ROW_COLUMNS)[number];

/** Projects a claim's live view onto its read-model row. Pure. */
export function claimRow(view: ClaimView): Record<ClaimRowColumn, unknown> {
  // views recorded before disputes existed have none
  const openDisputes = (view.disputes ?? []).filter((d) => isOpenDispute(d.status));
  const survey = view.followUp?.survey;
  const searchText = [
    view.number,
    view.customer.name,
    view.customer.phone,
    view.customer.email,
    view.order.orderId,
    view.order.sku,
    view.order.productName,
    view.description,
    view.externalRef,
  ]
    .filter((s): s is string => typeof s === 'string' && s.length > 0)
    .join(' ')
    .toLowerCase();
  return {
    id: view.id,
    number: view.number,
    status: view.status,
    channel: view.channel,
    external_ref: view.externalRef ?? null,
    type: view.classification?.type ?? null,
    unit: view.classification?.unit ?? null,
    defect_code: view.classification?.defectCode ?? null,
    severity: view.classification?.severity ?? null,
    supplier_id: view.order.supplierId ?? null,
    customer_name: view.customer.name,
    customer_phone: view.customer.phone ?? null,
    customer_email: view.customer.email?.toLowerCase() ?? null,
    order_id: view.order.orderId,
    sku: view.order.sku,
    product_name: view.order.productName,
    category: view.order.category,
    price: view.order.price,
    currency: view.order.currency,
    in_warranty: view.warranty.inWarranty,
    received_at: view.receivedAt,
    triaged_at: view.triagedAt ?? null,
    resolved_at: view.resolvedAt ?? null,
    closed_at: view.closedAt ?? null,
    sla_due_at: view.sla.firstResponseDueAt,
    sla_breached: view.sla.breached,
    deadline_at: view.statutory.deadlineAt ?? null,
    deadline_breached: view.statutory.breached,
    penalty_amount: view.statutory.penaltyAmount,
    possible_duplicate: view.possibleDuplicateOf.length > 0,
    waiting_on_customer: view.waitingOnCustomer,
    open_disputes: openDisputes.length,
    overdue_disputes: openDisputes.filter((d) => d.overdue).length,
    escalated_disputes: openDisputes.filter((d) => d.escalated).length,
    first_response_at: view.sla.respondedAt ?? null,
    follow_up_at: survey ? view.followUp?.startedAt : null,
    survey_status: survey?.status ?? null,
    survey_sent_at: survey?.sentAt ?? null,
    survey_answered_at: survey?.answeredAt ?? null,
    csat: survey?.answer?.csat ?? null,
    nps: survey?.answer?.nps ?? null,
    ces: survey?.answer?.ces ?? null,
    survey_alert: (survey?.alerts.length ?? 0) > 0,
    review_key: view.review ? reviewKey(view.review.platform, view.review.reviewId) : null,
    review_negative: view.negativeReview ?? false,
    review_outcome: view.followUp?.review?.outcome ?? null,
    search_text: searchText,
    version: view.version,
    view: JSON.stringify(view),
  };
}
