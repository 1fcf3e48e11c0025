/**
 * Roles that see personal data masked (auditors) cannot recover it through `GET /claims?q=`
 * substring guesses: their search covers only fields without personal data.
 */
import { claimBody, startTestApp, type TestApp } from '../support/test-app';

describe('search by personal data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('finds a claim by phone, e-mail or name for staff, and by none of them for an auditor, who still finds it by order or number', async () => {
    const body = claimBody();
    const phone: string = body.customer.phone;
    const created = await t.http.post('/claims').set(t.auth('agent')).send({ ...body, customer: { ...body.customer, email: `${phone.slice(1)}@example.com` } }).expect(201);
    const found = async (role: 'agent' | 'auditor', q: string) =>
      ((await t.http.get('/claims').query({ q }).set(t.auth(role)).expect(200)).body.items as Array<{ id: string }>).map((c) => c.id).includes(created.body.id);

    // a masked phone shows its last two digits; a substring guess would confirm the rest
    for (const guess of [phone.slice(-7), phone, `${phone.slice(1)}@example`, 'анна петрова']) {
      expect([guess, await found('agent', guess)]).toEqual([guess, true]);
      expect([guess, await found('auditor', guess)]).toEqual([guess, false]);
    }
    expect(await found('auditor', body.order.orderId)).toBe(true);
    expect(await found('auditor', created.body.number)).toBe(true);
  });
});
