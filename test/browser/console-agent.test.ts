/**
 * The care agent in the console, in a real browser (Debian's Chromium) against the real
 * app (API + worker on the test Temporal server and PostgreSQL): a hotline claim from the
 * intake form to `follow_up` with the console's buttons and forms; the forms refuse what
 * the API would refuse; a refused action (409) is shown with the API's reason; the queue
 * renders 50 claims within 200 ms of their arrival.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { claimBody, listenOnLoopback, startTestApp, type TestApp } from '../support/test-app';
import { assertConsoleBuilt, failuresOf, launchChromium, screenshot, signedIn, until } from './console-support';

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const TRIAGE = { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' };

/** Fills the intake form with a hotline claim for `phone` and `orderId`. */
async function fillIntake(form: Locator, { ref, phone, orderId }: { ref: string; phone: string; orderId: string }): Promise<void> {
  await form.getByLabel('Channel reference (call id)').fill(ref);
  await form.getByLabel('Name *').fill('Анна Петрова');
  await form.locator('[name="customer.phone"]').fill(phone);
  await form.locator('[name="order.orderId"]').fill(orderId);
  await form.locator('[name="order.purchasedAt"]').fill(day(-120));
  await form.locator('[name="order.deliveredAt"]').fill(day(-115));
  await form.locator('[name="order.sku"]').fill('SOFA-OSLO-3');
  await form.locator('[name="order.productName"]').fill('Sofa Oslo 3-seat');
  await form.locator('[name="order.category"]').fill('upholstered');
  await form.locator('[name="order.price"]').fill('84990');
  await form.locator('[name="order.supplierId"]').fill('fabrika-yug');
  await form.getByLabel('Complaint *').fill('Seat cushions sagged after 4 months');
  await form.getByLabel('Remedy asked for').selectOption('repair');
}

describe('the care console, as a care agent', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let page: Page;

  beforeAll(async () => {
    assertConsoleBuilt();
    t = await startTestApp();
    base = await listenOnLoopback(t);
    browser = await launchChromium();
    page = await signedIn(browser, base, t.keys.agent);
    await page.getByRole('heading', { level: 1, name: 'Claims' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(() => expect(failuresOf(page)).toEqual([]));

  const status = () => page.getByTestId('claim-status').textContent();

  it('takes a hotline claim from intake to follow_up through the console', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'New claim' }).click();
    const form = page.getByRole('form', { name: 'New claim (phone or showroom)' });

    // the form refuses what the API would refuse, before sending anything
    await form.locator('[name="customer.phone"]').fill('8 916 123');
    await form.getByRole('button', { name: 'Submit' }).click();
    await expect(form.getByRole('alert').first().textContent()).resolves.toBe('Fix the fields marked below.');
    await expect(form.locator('[name="customer.name"]').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByText('Not in the expected form.').count()).resolves.toBe(1);

    const ref = `call-${randomUUID().slice(0, 8)}`;
    await fillIntake(form, { ref, phone: '+79161234567', orderId: `ORD-${ref}` });
    await form.getByRole('button', { name: 'Submit' }).click();

    const taken = page.getByRole('status');
    await taken.waitFor();
    const number = (await taken.locator('strong').textContent())!;
    expect(number).toMatch(/^CL-\d{4}-\d+$/);
    await page.getByRole('link', { name: `Open the claim ${number}` }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(number) }).waitFor();
    await expect(status()).resolves.toBe('received');
    await expect(page.getByTestId('deadline').textContent()).resolves.toBe('set when a remedy is chosen');

    // triage
    await page.getByRole('button', { name: 'Triage' }).click();
    const triage = page.getByRole('form', { name: 'Triage' });
    await triage.getByLabel('Type *').selectOption('product_quality');
    await triage.getByLabel('Responsible unit *').selectOption('supplier');
    await triage.getByLabel('Defect code *').fill('upholstered.filler_shrinkage');
    await triage.getByLabel('Severity *').selectOption('medium');
    await triage.getByRole('button', { name: 'Triage' }).click();
    await until(status, (s) => s === 'triaged');

    // remedy: the statutory deadline is set, with its countdown
    await page.getByRole('button', { name: 'Choose remedy' }).click();
    const remedy = page.getByRole('form', { name: 'Choose remedy' });
    await remedy.getByLabel('Kind *').selectOption('refund');
    await remedy.getByRole('button', { name: 'Choose remedy' }).click();
    await until(status, (s) => s === 'remedy in progress');
    await expect(page.getByTestId('deadline').textContent()).resolves.toMatch(/\(in \d+ d/);

    // a note, then the remedy completed
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('form', { name: 'Add note' }).getByLabel('Text *').fill('Refund sent to the card.');
    await page.getByRole('form', { name: 'Add note' }).getByRole('button', { name: 'Add note' }).click();
    // (in the list of notes: the textarea holds the same text until the API has it)
    await page.locator('.notes li', { hasText: 'Refund sent to the card.' }).waitFor();
    await page.getByRole('button', { name: 'Complete remedy' }).click();
    await page.getByRole('form', { name: 'Complete remedy' }).getByRole('button', { name: 'Complete remedy' }).click();
    await until(status, (s) => s === 'follow-up', { between: () => page.reload() });

    // the API says the same, and the console showed the audit history as its timeline
    const claim = (await t.http.get(`/claims/${number}`).set(t.auth('agent')).expect(200)).body;
    expect(claim).toMatchObject({ status: 'follow_up', channel: 'hotline', externalRef: ref, remedy: { kind: 'refund' }, classification: TRIAGE });
    expect(claim.notes.map((n: { text: string }) => n.text)).toEqual(['Refund sent to the card.']);
    const history = (await t.http.get(`/claims/${claim.id}/history`).set(t.auth('agent')).expect(200)).body.events.map((e: { action: string }) => e.action);
    await until(() => page.locator('.timeline li strong').allTextContents(), (shown) => shown.length === history.length, { between: () => page.reload() });
    expect(await page.locator('.timeline li strong').allTextContents()).toEqual(history);
    await screenshot(page, 'claim');
  });

  it('shows a refused action (409) with the API\'s reason, next to the form, and the claim as it now is', async () => {
    // by id: a claim number resolves through the read model, which follows the workflow a moment later
    const id = (await t.http.post('/claims').set(t.auth('agent')).send(claimBody()).expect(201)).body.id as string;
    await page.goto(`${base}/console/claims/${id}`);
    await until(status, (s) => s === 'received');
    await page.getByRole('button', { name: 'Withdraw' }).click();
    const form = page.getByRole('form', { name: 'Withdraw' });
    await form.getByLabel('Reason *').fill('The customer withdrew by phone.');
    // meanwhile a colleague withdraws it
    await t.http.post(`/claims/${id}/withdraw`).set(t.auth('supervisor')).send({ reason: 'Withdrawn by the customer in the showroom.' }).expect(200);
    await form.getByRole('button', { name: 'Withdraw' }).click();

    const refused = form.locator('.problem[role="alert"]');
    await refused.waitFor();
    const again = await t.http.post(`/claims/${id}/withdraw`).set(t.auth('agent')).send({ reason: 'x' }).expect(409);
    expect(again.body.detail).toBeTruthy();
    await expect(refused.locator('strong').textContent()).resolves.toBe(`Refused (409): ${again.body.title}`);
    await expect(refused.locator('p').textContent()).resolves.toBe(again.body.detail);
    await until(status, (s) => s === 'closed');
  });

  it('lists 50 claims due first, with countdowns, rendered within 200 ms of their arrival', async () => {
    const tag = `bench-${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 50; i += 10) {
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          const body = claimBody();
          body.order.productName = `Sofa ${tag}`;
          const created = await t.http.post('/claims').set(t.auth('agent')).send(body).expect(201);
          if (i === 0) {
            await t.http.post(`/claims/${created.body.id}/triage`).set(t.auth('agent')).send(TRIAGE).expect(200);
            await t.http.post(`/claims/${created.body.id}/remedy`).set(t.auth('agent')).send({ kind: 'replacement' }).expect(200);
          }
        }),
      );
    }
    // the read model follows the workflows: wait until it lists them all
    await until(async () => (await t.http.get(`/claims?q=${tag}&limit=50`).set(t.auth('agent'))).body.items.length, (n) => n === 50);

    await page.goto(`${base}/console/claims?q=${tag}`);
    const rows = page.locator('table.queue tbody tr');
    await until(() => rows.count(), (n) => n === 50);
    await page.getByTestId('render-ms').waitFor();
    const renderMs = await page.evaluate(() => performance.getEntriesByName('queue:render').map((e) => e.duration));
    // eslint-disable-next-line no-console
    console.log(`console queue: 50 claims rendered ${renderMs.map((ms) => `${ms.toFixed(1)} ms`).join(', ')} after the data arrived`);
    expect(renderMs.length).toBeGreaterThan(0);
    expect(Math.max(...renderMs)).toBeLessThan(200);

    // due first (the API's order): the forty nobody has answered, their first response due
    // within a day, then the ten answered with a replacement whose statutory deadline is a week off
    const slas = await rows.locator('td:nth-child(6)').allTextContents();
    const deadlines = await rows.locator('td:nth-child(7)').allTextContents();
    expect(slas.slice(0, 40).every((d) => /in \d+ h/.test(d))).toBe(true);
    expect(deadlines.slice(0, 40).every((d) => d === '—')).toBe(true);
    expect(slas.slice(40).every((d) => d === 'answered')).toBe(true);
    expect(deadlines.slice(40).every((d) => /in \d+ d/.test(d))).toBe(true);
    // the filter is in the address: reload keeps it
    await page.reload();
    await until(() => rows.count(), (n) => n === 50);
    await expect(page.getByLabel('Search (number, order, customer, product)').inputValue()).resolves.toBe(tag);
    await screenshot(page, 'queue');

    // received-on filters are days of the policy's zone
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: t.config.policy.timeZone }).format(new Date());
    await page.getByLabel('Received from').fill(today);
    await page.getByRole('button', { name: 'Apply' }).click();
    await until(async () => page.url(), (u) => u.includes(`receivedFrom=${today}`));
    await until(() => rows.count(), (n) => n === 50);
    await page.getByLabel('Received from').fill('');
    await page.getByLabel('Received to').fill(day(-1));
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('No claims match.').waitFor();
  });

  it('warns at intake of a likely duplicate of an open claim, with a link to it', async () => {
    const first = claimBody();
    const earlier = (await t.http.post('/claims').set(t.auth('agent')).send(first).expect(201)).body;
    await page.goto(`${base}/console/claims/new`);
    const form = page.getByRole('form', { name: 'New claim (phone or showroom)' });
    await fillIntake(form, { ref: `call-${randomUUID().slice(0, 8)}`, phone: first.customer.phone, orderId: first.order.orderId });
    await form.getByRole('button', { name: 'Submit' }).click();
    const warning = page.locator('.warning[role="alert"]');
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toContain('this looks like a duplicate of an open claim');
    await warning.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: new RegExp(earlier.number) }).waitFor();
  });

  it('fits a tablet, in Russian, and its forms work from the keyboard', async () => {
    const id = (await t.http.post('/claims').set(t.auth('agent')).send(claimBody()).expect(201)).body.id as string;
    const tablet = await signedIn(browser, base, t.keys.agent, 'ru-RU', { width: 820, height: 1180 });
    await tablet.getByRole('heading', { level: 1, name: 'Обращения' }).waitFor();
    expect(await tablet.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(820);
    await tablet.goto(`${base}/console/claims/${id}`);
    await tablet.getByRole('button', { name: 'Добавить заметку' }).focus();
    await tablet.keyboard.press('Enter');
    const form = tablet.getByRole('form', { name: 'Добавить заметку' });
    await form.waitFor();
    // Tab on to the note's text, send it empty: refused in Russian, then typed and sent with the keyboard
    for (let i = 0; i < 20 && (await tablet.evaluate('document.activeElement?.name')) !== 'text'; i++) await tablet.keyboard.press('Tab');
    expect(await tablet.evaluate('document.activeElement?.name')).toBe('text');
    await tablet.keyboard.press('Tab');
    await tablet.keyboard.press('Enter');
    await expect(form.locator('.field-error').textContent()).resolves.toBe('Обязательное поле.');
    await form.getByLabel('Текст *').focus();
    await tablet.keyboard.type('Клиент просит позвонить после 18:00.');
    await tablet.keyboard.press('Tab');
    await tablet.keyboard.press('Enter');
    await tablet.locator('.notes li', { hasText: 'Клиент просит позвонить после 18:00.' }).waitFor();
    expect(await tablet.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(820);
    expect(failuresOf(tablet)).toEqual([]);
    await tablet.context().close();
  });

  it('speaks Russian, with dates in the policy\'s time zone (not the computer\'s)', async () => {
    const claim = (await t.http.post('/claims').set(t.auth('agent')).send(claimBody()).expect(201)).body;
    await page.goto(`${base}/console/claims/${claim.id}`);
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { level: 2, name: 'Действия' }).waitFor();
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('ru');
    // the browser runs in New York; the policy's zone is Moscow's
    expect(await page.evaluate('Intl.DateTimeFormat().resolvedOptions().timeZone')).toBe('America/New_York');
    const inPolicyZone = new Intl.DateTimeFormat('ru-RU', { timeZone: t.config.policy.timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(claim.receivedAt));
    await expect(page.locator('dt:text-is("Получено") + dd').textContent()).resolves.toBe(`${inPolicyZone} · горячая линия`);
    await page.getByLabel('Язык').selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'Actions' }).waitFor();
  });

  it('signs out and forgets the key', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    await expect(page.evaluate("sessionStorage.getItem('wce.console.session')")).resolves.toBeNull();
  });
});
