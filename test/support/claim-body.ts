import { randomUUID } from 'node:crypto';

/** A valid intake body (the DESIGN example) with fresh business keys. */
export function claimBody(overrides: Record<string, unknown> = {}): Record<string, any> {
  const suffix = randomUUID().slice(0, 8);
  return {
    channel: 'hotline',
    externalRef: `call-${suffix}`,
    customer: { name: 'Анна Петрова', phone: `+7916${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`, email: 'anna@example.com', language: 'ru' },
    order: {
      orderId: `ORD-${suffix}`,
      purchasedAt: '2026-05-10',
      deliveredAt: '2026-05-14',
      sku: 'SOFA-OSLO-3',
      productName: 'Sofa Oslo 3-seat',
      category: 'upholstered',
      price: 84990,
      currency: 'RUB',
      supplierId: 'fabrika-yug',
    },
    description: 'Seat cushions sagged after 5 months',
    attachments: ['https://files.example.com/claims/abc.jpg'],
    demandedRemedy: 'repair',
    ...overrides,
  };
}
