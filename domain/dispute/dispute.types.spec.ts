import type { DisputeView } from './dispute.types';
import { supplierTaskOf } from './dispute.types';

const staff = { id: 'k1', name: 'Maria (care desk)', role: 'agent' };
const view: DisputeView = {
  id: 'd1',
  claimId: 'c1',
  claimNumber: 'CL-2026-000123',
  supplierId: 'fabrika-yug',
  supplierName: 'Fabrika Yug',
  kind: 'manufacturing_defect',
  amountClaimed: 12500,
  currency: 'RUB',
  message: 'Filler shrank',
  evidenceUrls: ['https://files.example.com/a.jpg'],
  status: 'rejected',
  openedAt: '2026-11-20T07:00:00.000Z',
  openedBy: staff,
  responseBusinessDays: 10,
  deadlineAt: '2026-12-04T15:00:00.000Z',
  remindersAt: [],
  remindersSent: 0,
  overdue: false,
  escalated: true,
  escalations: [{ at: '2026-11-21T07:00:00.000Z', actor: staff, reason: 'call them', automatic: false }],
  response: { outcome: 'rejected', at: '2026-11-21T07:00:00.000Z', actor: { id: 'k2', name: 'Yug key', role: 'supplier' }, reason: 'not us', late: false },
  allowedActions: ['settle', 'escalate', 'write_off'],
  facts: {
    claimNumber: 'CL-2026-000123',
    product: { sku: 'SOFA', productName: 'Sofa', category: 'upholstered' },
    order: { orderId: 'ORD-1', purchasedAt: '2026-05-10', price: 84990, currency: 'RUB' },
    defect: { code: 'upholstered.filler_shrinkage', description: 'Seat cushions sagged' },
    evidenceUrls: ['https://files.example.com/a.jpg'],
  },
  version: 3,
};

describe('supplierTaskOf', () => {
  it('shows the supplier its task without staff identities or internal escalation reasons', () => {
    const task = supplierTaskOf(view);
    const text = JSON.stringify(task);
    expect(text).not.toContain('Maria');
    expect(text).not.toContain('call them');
    expect(text).not.toContain('"claimId"');
    expect(task.response).toEqual({ outcome: 'rejected', at: '2026-11-21T07:00:00.000Z', reason: 'not us', late: false });
    expect(task.escalated).toBe(true);
  });

  it('offers the supplier only its own actions', () => {
    expect(supplierTaskOf(view).allowedActions).toEqual([]);
    expect(supplierTaskOf({ ...view, status: 'awaiting_supplier', allowedActions: ['accept', 'reject', 'escalate', 'write_off'] }).allowedActions).toEqual([
      'accept',
      'reject',
    ]);
  });
});
