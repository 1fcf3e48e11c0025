/**
 * A supplier in the console, in a real browser against the real app: a care agent opens a
 * supplier dispute from the claim page; the supplier sees it among its own tasks with its
 * business-day deadline and no customer data, accepts it, and the agent's claim page
 * follows; another supplier's task cannot be opened.
 */
import { randomUUID } from 'node:crypto';
import { SuppliersRepository } from '../../src/suppliers/suppliers.repository';
import { claimBody } from '../support/test-app';
import { consoleSuite, screenshot, signedIn, until } from './console-support';

const TRIAGE = { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' };

describe('the care console, as a supplier', () => {
  const s = consoleSuite();

  async function triagedClaim(supplierId: string): Promise<{ id: string; number: string; customer: { name: string; phone: string; email: string } }> {
    const body = claimBody();
    body.order.supplierId = supplierId;
    const created = await s.t.http.post('/claims').set(s.t.auth('agent')).send(body).expect(201);
    await s.t.http.post(`/claims/${created.body.id}/triage`).set(s.t.auth('agent')).send(TRIAGE).expect(200);
    return { id: created.body.id, number: created.body.number, customer: body.customer };
  }

  it('an agent opens a dispute in the console; the supplier accepts its task and cannot open another supplier\'s', async () => {
    const other = `sever-${randomUUID().slice(0, 8)}`;
    await s.t.app.get(SuppliersRepository).insert(other, { name: 'Mebel Sever' });
    const ours = await triagedClaim('fabrika-yug');
    const theirs = await triagedClaim(other);
    const foreign = await s.t.http
      .post(`/claims/${theirs.id}/supplier-disputes`)
      .set(s.t.auth('agent'))
      .send({ kind: 'late_delivery', amountClaimed: 1000, currency: 'RUB', message: 'Delivered a week late.' })
      .expect(201);

    // the agent opens the dispute from the claim page
    const agent = await signedIn(s.browser, s.base, s.t.keys.agent);
    s.pages.push(agent);
    // by id: a claim number resolves through the read model, which follows the workflow a moment later
    await agent.goto(`${s.base}/console/claims/${ours.id}`);
    await agent.getByRole('button', { name: 'Open supplier dispute' }).click();
    const open = agent.getByRole('form', { name: 'Open supplier dispute' });
    await expect(open.getByLabel('Supplier').inputValue()).resolves.toBe('fabrika-yug');
    await open.getByLabel('Kind *').selectOption('manufacturing_defect');
    await open.getByLabel('Amount claimed *').fill('12500');
    await open.getByLabel('Message *').fill('Filler of the seat cushions shrank within 5 months.');
    await open.getByRole('button', { name: 'Open supplier dispute' }).click();
    await agent.getByTestId('dispute-status').waitFor();
    await expect(agent.getByTestId('dispute-status').textContent()).resolves.toBe('awaiting supplier');

    // the supplier: its own tasks only, with the deadline, and nothing about the customer
    const supplier = await signedIn(s.browser, s.base, s.t.keys.supplier);
    s.pages.push(supplier);
    await supplier.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    await expect(supplier.getByRole('navigation').getByRole('link').allTextContents()).resolves.toEqual(['My tasks']);
    const row = supplier.locator('tbody tr', { hasText: ours.number });
    await row.waitFor();
    await expect(supplier.locator('tbody tr', { hasText: theirs.number }).count()).resolves.toBe(0);
    await expect(row.textContent()).resolves.toMatch(/in \d+ d/);
    await screenshot(supplier, 'supplier-tasks');

    await row.getByRole('link', { name: ours.number }).click();
    await supplier.getByRole('heading', { level: 1, name: new RegExp(ours.number) }).waitFor();
    await expect(supplier.getByText('business-day deadline', { exact: false }).count()).resolves.toBe(1);
    const text = (await supplier.locator('main').textContent())!;
    for (const personal of [ours.customer.name, ours.customer.phone, ours.customer.email]) expect(text).not.toContain(personal);

    await supplier.getByRole('button', { name: 'Accept' }).click();
    const accept = supplier.getByRole('form', { name: 'Accept' });
    await accept.getByRole('button', { name: 'Accept' }).click();
    await expect(accept.locator('.field-error').textContent()).resolves.toBe('Required.');
    await accept.getByLabel('Remedy *').selectOption('replacement_part');
    await accept.getByLabel('Expected on').fill('2030-01-15');
    await accept.getByRole('button', { name: 'Accept' }).click();
    await supplier.getByText('Answer recorded.').waitFor();
    await until(() => supplier.getByTestId('task-status').textContent(), (s) => s === 'accepted');
    await expect(supplier.getByRole('button', { name: 'Accept' }).count()).resolves.toBe(0);

    // another supplier's task, by its address: not found, as the API answers
    await supplier.goto(`${s.base}/console/supplier/tasks/${foreign.body.id}`);
    await supplier.getByRole('alert').waitFor();
    await expect(supplier.getByRole('alert').textContent()).resolves.toBe('Not found (or not yours to see).');
    await s.t.http.get(`/supplier/tasks/${foreign.body.id}`).set(s.t.auth('supplier')).expect(404);
    // and the staff pages are not the supplier's
    await supplier.goto(`${s.base}/console/claims`);
    await supplier.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();

    // the agent follows the dispute on the claim page
    await until(() => agent.getByTestId('dispute-status').textContent(), (s) => s === 'accepted', { between: () => agent.reload() });
  });
});
