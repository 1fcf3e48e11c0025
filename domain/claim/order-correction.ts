/**
 * Correcting a claim's order facts after intake: a claim opened from a public review
 * carries a placeholder order until staff find the real one, and an agent may have
 * typed a price or a date wrong. Pure: the workflow applies the result; the warranty and
 * the penalty base follow from the corrected facts there.
 */
import type { OrderInfo } from '../claim.types';

/** The order facts a correction may change (every field of the order). */
export const ORDER_FIELDS = ['orderId', 'purchasedAt', 'deliveredAt', 'sku', 'productName', 'category', 'price', 'currency', 'supplierId'] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

export type OrderChanges = Partial<OrderInfo>;
/** What changed, field by field: `from` is absent where the fact was not on record. */
export type OrderDiff = Partial<Record<OrderField, { from?: OrderInfo[OrderField]; to: OrderInfo[OrderField] }>>;

export type OrderCorrection =
  | { ok: true; order: OrderInfo; changed: OrderDiff }
  | { ok: false; field: string; message: string };

/**
 * The order after `changes`, and what changed. Refused when nothing would change (every
 * fact given is already on record) or when the delivery would fall before the purchase.
 * Fields left out (or undefined) keep their value; a fact cannot be removed.
 */
export function correctOrder(before: OrderInfo, changes: OrderChanges): OrderCorrection {
  const order: OrderInfo = { ...before };
  const changed: OrderDiff = {};
  for (const field of ORDER_FIELDS) {
    const to = changes[field];
    if (to === undefined || to === before[field]) continue;
    (order as unknown as Record<OrderField, unknown>)[field] = to;
    changed[field] = before[field] === undefined ? { to } : { from: before[field], to };
  }
  if (Object.keys(changed).length === 0) {
    return { ok: false, field: 'order', message: 'nothing to correct: every order fact given is already on record' };
  }
  // ISO dates (YYYY-MM-DD) compare as strings
  if (order.deliveredAt !== undefined && order.deliveredAt < order.purchasedAt) {
    const field = changed.deliveredAt ? 'deliveredAt' : 'purchasedAt';
    return { ok: false, field, message: `the delivery (${order.deliveredAt}) cannot be before the purchase (${order.purchasedAt})` };
  }
  return { ok: true, order, changed };
}
