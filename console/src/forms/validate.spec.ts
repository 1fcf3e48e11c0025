/**
 * The console's forms check the API's own rules (request-rules.json, generated from the
 * OpenAPI document): what a form would send, from what its inputs hold, and what it refuses.
 */
import { bodyOf, leavesOf } from './form-body';
import { rulesOf, validateBody } from './validate';

const INTAKE_FIELDS = ['channel', 'customer.name', 'customer.phone', 'customer.email', 'order.orderId', 'order.purchasedAt', 'order.sku', 'order.productName', 'order.category', 'order.price', 'order.currency', 'description', 'attachments'];
const validIntake = {
  channel: 'hotline',
  'customer.name': 'Анна Петрова',
  'customer.phone': '+79161234567',
  'order.orderId': 'ORD-1',
  'order.purchasedAt': '2026-05-10',
  'order.sku': 'SOFA-OSLO-3',
  'order.productName': 'Sofa Oslo 3-seat',
  'order.category': 'upholstered',
  'order.price': '84990,50',
  'order.currency': 'RUB',
  description: 'Seat cushions sagged',
  attachments: 'https://files.example.com/a.jpg\n\n https://files.example.com/b.jpg ',
};
const intake = (values: Record<string, string | boolean>) => bodyOf(rulesOf('POST /claims'), values, INTAKE_FIELDS);

describe('intake form', () => {
  it('builds the body the API takes: nested objects, numbers parsed, one link a line, empty inputs left out', () => {
    expect(intake({ ...validIntake, 'customer.email': '' })).toEqual({
      channel: 'hotline',
      customer: { name: 'Анна Петрова', phone: '+79161234567' },
      order: { orderId: 'ORD-1', purchasedAt: '2026-05-10', sku: 'SOFA-OSLO-3', productName: 'Sofa Oslo 3-seat', category: 'upholstered', price: 84990.5, currency: 'RUB' },
      description: 'Seat cushions sagged',
      attachments: ['https://files.example.com/a.jpg', 'https://files.example.com/b.jpg'],
    });
    expect(validateBody('POST /claims', intake(validIntake))).toEqual([]);
  });

  it('refuses what the API refuses, by field path', () => {
    const body = intake({ ...validIntake, 'customer.name': '', 'customer.phone': '8 916 123', 'customer.email': 'anna@', 'order.purchasedAt': '2026-02-30', 'order.price': '0', 'order.currency': 'rub', 'order.category': 'Upholstered', attachments: 'ftp://x' });
    expect(validateBody('POST /claims', body)).toEqual([
      { field: 'customer.name', rule: 'required' },
      { field: 'customer.phone', rule: 'pattern' },
      { field: 'customer.email', rule: 'format', format: 'email' },
      { field: 'order.purchasedAt', rule: 'format', format: 'date' },
      { field: 'order.category', rule: 'pattern' },
      { field: 'order.price', rule: 'minimum', limit: 0.01 },
      { field: 'order.currency', rule: 'pattern' },
      { field: 'attachments[0]', rule: 'format', format: 'uri' },
    ]);
    expect(validateBody('POST /claims', intake({ ...validIntake, 'order.price': 'abc', description: 'x'.repeat(5001) }))).toEqual([
      { field: 'order.price', rule: 'type' },
      { field: 'description', rule: 'maxLength', limit: 5000 },
    ]);
    expect(validateBody('POST /claims', intake({ ...validIntake, 'order.price': '10.123' }))).toEqual([{ field: 'order.price', rule: 'multipleOf' }]);
    expect(validateBody('POST /claims', {})).toEqual(['channel', 'customer', 'order', 'description'].map((field) => ({ field, rule: 'required' })));
  });

  it('lists its inputs in the order asked, with what the API requires marked', () => {
    const leaves = leavesOf(rulesOf('POST /claims'), INTAKE_FIELDS);
    expect(leaves.map((l) => l.path)).toEqual(INTAKE_FIELDS);
    expect(leaves.filter((l) => l.required).map((l) => l.path)).toEqual(['channel', 'customer.name', 'order.orderId', 'order.purchasedAt', 'order.sku', 'order.productName', 'order.category', 'order.price', 'order.currency', 'description']);
  });
});

describe('action forms', () => {
  it('triage: enums and the defect code pattern', () => {
    const rule = rulesOf('POST /claims/{id}/triage');
    expect(validateBody('POST /claims/{id}/triage', bodyOf(rule, { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' }))).toEqual([]);
    expect(validateBody('POST /claims/{id}/triage', bodyOf(rule, { type: 'weather', unit: 'supplier', defectCode: 'Upholstered Filler', notes: '  ' }))).toEqual([
      { field: 'severity', rule: 'required' },
      { field: 'type', rule: 'enum' },
      { field: 'defectCode', rule: 'pattern' },
    ]);
  });

  it('remedy: a checkbox is sent only when ticked, repair days are whole and within the bounds', () => {
    const rule = rulesOf('POST /claims/{id}/remedy');
    expect(bodyOf(rule, { kind: 'replacement', qualityCheck: true, outOfStock: false })).toEqual({ kind: 'replacement', qualityCheck: true });
    expect(validateBody('POST /claims/{id}/remedy', bodyOf(rule, { kind: 'repair', agreedRepairDays: '2.5' }))).toEqual([{ field: 'agreedRepairDays', rule: 'type' }]);
    expect(validateBody('POST /claims/{id}/remedy', bodyOf(rule, { kind: 'repair', agreedRepairDays: '400' }))).toEqual([{ field: 'agreedRepairDays', rule: 'maximum', limit: 365 }]);
  });

  it('supplier accept / reject: the remedy offered, a reason for a refusal', () => {
    expect(validateBody('POST /supplier/tasks/{id}/accept', bodyOf(rulesOf('POST /supplier/tasks/{id}/accept'), { remedy: 'repair', expectedDate: '2026-12-10' }))).toEqual([]);
    expect(validateBody('POST /supplier/tasks/{id}/accept', bodyOf(rulesOf('POST /supplier/tasks/{id}/accept'), { amount: '-1' }))).toEqual([
      { field: 'remedy', rule: 'required' },
      { field: 'amount', rule: 'minimum', limit: 0 },
    ]);
    expect(validateBody('POST /supplier/tasks/{id}/reject', bodyOf(rulesOf('POST /supplier/tasks/{id}/reject'), { reason: '' }))).toEqual([{ field: 'reason', rule: 'required' }]);
  });
});
