/**
 * End to end over HTTP: correcting a claim's order facts (PATCH /claims/{id}/order) — the
 * real order of a claim opened from a public review, validation, roles, refusals, and
 * that the read model and the audit log follow.
 */
import { randomUUID } from 'node:crypto';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { recordHistory } from '../support/record-history';
import { daysBefore } from '../support/test-clock';
import { claimBody, startTestApp, type TestApp } from '../support/test-app';

const PROBLEM_JSON = /application\/problem\+json/;

describe('order correction (PATCH /claims/{id}/order)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const history = async (id: string): Promise<Array<{ seq: number; action: string; data: Record<string, any> }>> =>
    (await t.http.get(`/claims/${id}/history`).set(t.auth('auditor')).expect(200)).body.events;

  async function claimFromReview(): Promise<string> {
    const event = { platform: 'yandex_maps', reviewId: `r-${randomUUID().slice(0, 8)}`, rating: 1, text: 'Broken on arrival', at: new Date().toISOString() };
    const opened = await t.http.post('/integrations/reviews').set(t.auth('integration')).send(event).expect(201);
    return opened.body.claimId;
  }

  it('gives a claim opened from a review its real order: warranty, penalty base, read model and audit log follow', async () => {
    const id = await claimFromReview();
    const before = (await t.http.get(`/claims/${id}`).set(t.auth('agent')).expect(200)).body;
    expect(before.order).toMatchObject({ price: 0, currency: 'XXX', category: 'unknown' });
    expect(before.allowedActions).toContain('correct_order');

    const supplierId = `fabrika-${randomUUID().slice(0, 6)}`;
    // dates relative to today, so the order is in warranty whenever the test runs
    const purchasedAt = daysBefore(Date.now(), 200);
    const deliveredAt = daysBefore(Date.now(), 196);
    const real = { ...claimBody().order, purchasedAt, deliveredAt, supplierId };
    const correct = () =>
      t.http.patch(`/claims/${id}/order`).set(t.auth('agent')).set('Idempotency-Key', `fix-${id}`).send({ ...real, reason: "found in the shop system by the reviewer's name" }).expect(200);
    const res = await correct();
    expect(res.body.order).toEqual(real);
    expect(res.body.warranty).toMatchObject({ inWarranty: true, basis: 'delivery', startsOn: deliveredAt, category: 'upholstered' });
    expect(res.body.statutory).toMatchObject({ currency: 'RUB' });

    // a retry with the same key is the same correction, not a second one
    const retry = await correct();
    expect(retry.body.order).toEqual(real);

    const events = await history(id);
    const corrected = events.filter((e) => e.action === 'order.corrected');
    expect(corrected).toHaveLength(1);
    expect(corrected[0].data).toMatchObject({
      reason: "found in the shop system by the reviewer's name",
      changed: { price: { from: 0, to: real.price }, currency: { from: 'XXX', to: 'RUB' }, supplierId: { to: supplierId }, deliveredAt: { to: deliveredAt } },
      warranty: { inWarranty: true },
    });

    const listed = await t.http.get(`/claims?supplierId=${supplierId}`).set(t.auth('agent')).expect(200);
    expect(listed.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    const [row] = await t.db.query(`SELECT price::float AS price, currency, sku FROM claims WHERE id = $1`, [id]);
    expect(row).toEqual({ price: real.price, currency: 'RUB', sku: real.sku });

    // the claim goes on from its corrected order: triage and a remedy whose penalty base is the real price
    await t.http.post(`/claims/${id}/triage`).set(t.auth('agent')).send({ type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'high' }).expect(200);
    await t.http.post(`/claims/${id}/remedy`).set(t.auth('agent')).send({ kind: 'refund' }).expect(200);
    await recordHistory(t, claimWorkflowId(id), 'claim-order-corrected.json');
  });

  it('refuses bad bodies, unchanged facts, other roles and closed claims, and changes nothing', async () => {
    const created = await t.http.post('/claims').set(t.auth('agent')).send(claimBody({ channel: 'email' })).expect(201);
    const id: string = created.body.id;
    const eventsBefore = (await history(id)).length;

    const bad = await t.http.patch(`/claims/${id}/order`).set(t.auth('agent')).send({ price: -1, currency: 'rub', colour: 'red', purchasedAt: '10.05.2026' });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(PROBLEM_JSON);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['colour', 'currency', 'price', 'purchasedAt', 'reason']);

    const nulls = await t.http.patch(`/claims/${id}/order`).set(t.auth('agent')).send({ price: null, reason: 'clear it' });
    expect(nulls.status).toBe(400);
    expect([...new Set(nulls.body.errors.map((e: { field: string }) => e.field))]).toEqual(['price']); // a fact cannot be removed

    const same = await t.http.patch(`/claims/${id}/order`).set(t.auth('agent')).send({ price: created.body.order.price, reason: 'check' });
    expect(same.status).toBe(400);
    expect(same.body.errors).toEqual([{ field: 'order', message: 'nothing to correct: every order fact given is already on record' }]);

    const early = await t.http.patch(`/claims/${id}/order`).set(t.auth('agent')).send({ deliveredAt: '2026-05-01', reason: 'typo' });
    expect(early.status).toBe(400);
    expect(early.body.errors).toEqual([{ field: 'deliveredAt', message: 'the delivery (2026-05-01) cannot be before the purchase (2026-05-10)' }]);

    await t.http.patch(`/claims/${id}/order`).set(t.auth('auditor')).send({ price: 1, reason: 'x' }).expect(403);
    await t.http.patch(`/claims/${id}/order`).set(t.auth('supplier')).send({ price: 1, reason: 'x' }).expect(403);
    await t.http.patch(`/claims/${randomUUID()}/order`).set(t.auth('agent')).send({ price: 1, reason: 'x' }).expect(404);
    expect(await history(id)).toHaveLength(eventsBefore);

    await t.http.post(`/claims/${id}/withdraw`).set(t.auth('agent')).send({ reason: 'customer withdrew' }).expect(200);
    const closed = await t.http.patch(`/claims/${id}/order`).set(t.auth('agent')).send({ price: 1, reason: 'late fix' });
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({ detail: 'cannot correct the order facts while the claim is closed', allowedActions: ['notes', 'reopen'] });
    const view = (await t.http.get(`/claims/${id}`).set(t.auth('agent')).expect(200)).body;
    expect(view.order).toEqual(created.body.order);
  });
});
