import type { OrderInfo } from '../claim.types';
import { correctOrder } from './order-correction';

const placeholder: OrderInfo = {
  orderId: 'review:yandex_maps:r-981',
  purchasedAt: '2026-11-20',
  sku: 'unknown',
  productName: 'unknown',
  category: 'unknown',
  price: 0,
  currency: 'XXX',
};

describe('correctOrder', () => {
  it('replaces the given facts, keeps the others, and lists each change with its old value', () => {
    const result = correctOrder(placeholder, { orderId: 'ORD-100234', price: 84990, currency: 'RUB', deliveredAt: '2026-11-21', supplierId: 'fabrika-yug' });
    expect(result).toEqual({
      ok: true,
      order: { ...placeholder, orderId: 'ORD-100234', price: 84990, currency: 'RUB', deliveredAt: '2026-11-21', supplierId: 'fabrika-yug' },
      changed: {
        orderId: { from: 'review:yandex_maps:r-981', to: 'ORD-100234' },
        deliveredAt: { to: '2026-11-21' },
        price: { from: 0, to: 84990 },
        currency: { from: 'XXX', to: 'RUB' },
        supplierId: { to: 'fabrika-yug' },
      },
    });
  });

  it('does not touch the order it was given', () => {
    const before = { ...placeholder };
    correctOrder(before, { price: 10 });
    expect(before).toEqual(placeholder);
  });

  it('refuses a correction that changes nothing: no fields, undefined fields, or the values on record', () => {
    const nothing = { ok: false, field: 'order', message: 'nothing to correct: every order fact given is already on record' };
    expect(correctOrder(placeholder, {})).toEqual(nothing);
    expect(correctOrder(placeholder, { price: undefined })).toEqual(nothing);
    expect(correctOrder(placeholder, { price: 0, currency: 'XXX' })).toEqual(nothing);
  });

  it('ignores fields that are not order facts', () => {
    expect(correctOrder(placeholder, { reason: 'x' } as never)).toMatchObject({ ok: false, field: 'order' });
  });

  it('refuses a delivery before the purchase, naming the field that made it so', () => {
    const delivered = { ...placeholder, deliveredAt: '2026-11-21' };
    expect(correctOrder(placeholder, { deliveredAt: '2026-11-19' })).toEqual({
      ok: false,
      field: 'deliveredAt',
      message: 'the delivery (2026-11-19) cannot be before the purchase (2026-11-20)',
    });
    expect(correctOrder(delivered, { purchasedAt: '2026-11-22' })).toMatchObject({ ok: false, field: 'purchasedAt' });
    expect(correctOrder(delivered, { purchasedAt: '2026-11-21' })).toMatchObject({ ok: true });
  });
});
