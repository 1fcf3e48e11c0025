/** Body of PATCH /claims/{id}/order: the order facts that change, and why. */
import { PartialType } from '@nestjs/swagger';
import { OrderDto } from './create-claim.dto';
import { ReasonField } from './claim-actions.dto';

/**
 * Any order field of the intake, each with the intake's rules; a field left out keeps its
 * value (null is refused: a fact cannot be removed). At least one must differ from the
 * record, which the claim's workflow checks.
 */
export class CorrectOrderDto extends PartialType(OrderDto, { skipNullProperties: false }) {
  @ReasonField('Why the facts change; kept in the audit log with the old and new values', 'Order found in the shop system by the customer\'s phone number')
  reason: string;
}

export const CORRECT_ORDER_EXAMPLE = {
  orderId: 'ORD-100234',
  purchasedAt: '2026-05-10',
  deliveredAt: '2026-05-14',
  price: 84990,
  currency: 'RUB',
  reason: "Order found in the shop system by the customer's phone number",
};
