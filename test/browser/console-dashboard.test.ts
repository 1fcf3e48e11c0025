/**
 * The supervisor's dashboard in a real browser against the real app: for a chosen period
 * (days of the policy's zone), every figure and every breakdown on the page is the one
 * GET /analytics/summary gives for the same `from`/`to` — the request the page made,
 * asked again by the test; the channel chart shows the reference company's shares; the
 * scorecards are there for a supervisor and refused (403, shown) for an auditor; the API
 * keys page is refused for a supervisor and shown for an admin, who registers a supplier
 * with its webhook and creates a supplier key bound to it through the forms.
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { dayBoundary, formatMoney } from '../../console/src/format/time';
import { claimBody } from '../support/test-app';
import { consoleSuite, dayIn, screenshot, signedIn, until } from './console-support';

const FIGURES = [
  'claims.total',
  'firstResponseSla.compliancePercent', 'firstResponseSla.met', 'firstResponseSla.measured', 'firstResponseSla.breached',
  'statutoryDeadline.compliancePercent', 'statutoryDeadline.met', 'statutoryDeadline.measured', 'statutoryDeadline.breached',
  'timeToTriage.medianHours', 'timeToTriage.measured', 'timeToResolve.medianHours', 'timeToResolve.measured',
  'survey.responseRatePercent', 'survey.answered', 'survey.sent', 'survey.csat.percent', 'survey.csat.answers',
  'survey.nps.score', 'survey.nps.promoters', 'survey.nps.passives', 'survey.nps.detractors', 'survey.ces.mean', 'survey.ces.answers',
  'reviewCorrection.updatedPercent', 'reviewCorrection.measured', 'reviewCorrection.outcomes.updated', 'reviewCorrection.outcomes.unchanged', 'reviewCorrection.outcomes.removed',
];
const UNITS: Record<string, string> = { compliancePercent: '%', responseRatePercent: '%', percent: '%', updatedPercent: '%', medianHours: ' h' };
const BREAKDOWNS = ['byChannel', 'byType', 'byUnit', 'byDefect', 'bySupplier'] as const;

type Summary = Record<string, any>;
const at = (o: Summary, path: string) => path.split('.').reduce<any>((v, k) => v?.[k], o);
/** The figure as the page should show it (en-GB), from the API's number. */
const shown = (path: string, v: number | null) => (v === null ? '—' : `${v.toLocaleString('en-GB', { maximumFractionDigits: 2 })}${UNITS[path.split('.').pop()!] ?? ''}`);

describe('the care console, as a supervisor', () => {
  const s = consoleSuite();
  let day: string;

  beforeAll(async () => {
    day = dayIn(new Date(), s.t.config.policy.timeZone);
    // a few claims of the day: three channels, two triaged, one with a remedy (a statutory deadline)
    const ids: string[] = [];
    for (const channel of ['hotline', 'hotline', 'email', 'web_form']) {
      ids.push((await s.t.http.post('/claims').set(s.t.auth('agent')).send(claimBody({ channel })).expect(201)).body.id);
    }
    for (const [id, unit] of [[ids[0], 'supplier'], [ids[2], 'logistics']]) {
      await s.t.http.post(`/claims/${id}/triage`).set(s.t.auth('agent')).send({ type: 'product_quality', unit, defectCode: 'upholstered.seam_defect', severity: 'low' }).expect(200);
    }
    await s.t.http.post(`/claims/${ids[0]}/remedy`).set(s.t.auth('agent')).send({ kind: 'refund' }).expect(200);
  });

  /** What the page shows: each figure's text, each breakdown's rows (key → count), the penalties. */
  async function onPage(page: Page) {
    const figures: Record<string, string> = {};
    for (const f of FIGURES) figures[f] = (await page.locator(`[data-figure="${f}"]`).textContent())!;
    const charts: Record<string, [string, number][]> = {};
    for (const b of BREAKDOWNS) {
      const rows = page.locator(`[data-chart="${b}"] tbody tr`);
      charts[b] = await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-key')!, Number(tr.querySelector('[data-col="count"]')!.textContent)] as [string, number]));
    }
    return { figures, charts, penalties: (await page.locator('[data-figure="statutoryDeadline.penalties"]').textContent())! };
  }

  /** What the page should show for the API's answer. */
  function expected(summary: Summary) {
    const figures = Object.fromEntries(FIGURES.map((f) => [f, shown(f, at(summary, f))]));
    const charts: Record<string, [string, number][]> = {};
    for (const b of BREAKDOWNS) {
      const list: { key: string; count: number }[] = summary.claims[b];
      const rows: [string, number][] = (list.length > 12 ? list.slice(0, 11) : list).map((i) => [i.key, i.count]);
      if (list.length > 12) rows.push(['__other__', list.slice(11).reduce((n, i) => n + i.count, 0)]);
      // the channels of the reference deck with no claims in the period: shown at 0
      if (b === 'byChannel') for (const c of ['hotline', 'survey', 'online_review', 'email', 'web_form', 'social_dm', 'messenger', 'retail_store', 'post']) if (!list.some((i) => i.key === c)) rows.push([c, 0]);
      charts[b] = rows;
    }
    const penalties = summary.statutoryDeadline.penalties.length ? summary.statutoryDeadline.penalties.map((p: { amount: number; currency: string }) => formatMoney(p.amount, p.currency, 'en')).join(' · ') : 'none';
    return { figures, charts, penalties };
  }

  it('shows the figures GET /analytics/summary gives for the same period', async () => {
    const page = await signedIn(s.browser, s.base, s.t.keys.supervisor);
    s.pages.push(page);
    await expect(page.getByRole('navigation').getByRole('link').allTextContents()).resolves.toEqual(['Claims', 'New claim', 'Dashboard', 'Audit', 'Suppliers', 'API keys']);
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    const form = page.getByRole('form', { name: 'Period' });
    // a period ending before it starts is refused at the form
    await form.getByLabel('From').fill(day);
    await form.getByLabel('To').fill('2000-01-01');
    await form.getByRole('button', { name: 'Show' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toBe('The first day must not be after the last.');

    await form.getByLabel('To').fill(day);
    const [request] = await Promise.all([page.waitForRequest((r) => r.url().includes('/analytics/summary')), form.getByRole('button', { name: 'Show' }).click()]);
    const sent = new URL(request.url()).searchParams;
    const zone = s.t.config.policy.timeZone;
    // the policy's day, with the zone's offset, on both ends
    expect({ from: sent.get('from'), to: sent.get('to') }).toEqual({ from: dayBoundary(day, zone, false), to: dayBoundary(day, zone, true) });
    expect(new URL(page.url()).search).toBe(`?from=${day}&to=${day}`);
    await page.locator('[data-figure="claims.total"]').waitFor();

    // the API for the same from/to; other tests may add claims meanwhile: compare again until one answer and the page agree
    const api = async () => (await s.t.http.get('/analytics/summary').query({ from: sent.get('from')!, to: sent.get('to')! }).set(s.t.auth('supervisor')).expect(200)).body as Summary;
    let summary: Summary = {};
    const [page1, want] = await until(
      async () => {
        summary = await api();
        return [await onPage(page), expected(summary)] as const;
      },
      ([got, wanted]) => JSON.stringify(got) === JSON.stringify(wanted),
      { between: async () => { await page.reload(); await page.locator('[data-figure="claims.total"]').waitFor(); } },
    );
    expect(page1).toEqual(want);
    // not a page of zeros: the claims of this test are among the figures
    expect(summary.claims.total).toBeGreaterThanOrEqual(4);
    expect(summary.claims.byChannel.find((c: { key: string }) => c.key === 'hotline').count).toBeGreaterThanOrEqual(2);
    expect(summary.statutoryDeadline.measured).toBeGreaterThanOrEqual(1);
    // the channel chart beside the reference deck's shares (hotline 27%)
    await expect(page.locator('[data-chart="byChannel"] tr[data-key="hotline"] [data-col="reference"]').textContent()).resolves.toBe('27%');
    await expect(page.locator('[data-chart="byChannel"] tr[data-key="hotline"] th').textContent()).resolves.toBe('hotline');
    // the scorecards of the period's suppliers
    await page.locator('section[aria-labelledby="scorecards-title"] tr[data-key="fabrika-yug"]').waitFor();
    await screenshot(page, 'dashboard');

    // the API keys are an admin's: the API's 403, shown
    await page.getByRole('link', { name: 'API keys' }).click();
    await expect(page.getByRole('alert').locator('strong').textContent()).resolves.toBe('Not allowed: this key’s role may not do this (403).');
  });

  it('an auditor reads the dashboard; the scorecards are refused (403) and say so; an admin manages the keys', async () => {
    const auditor = await signedIn(s.browser, s.base, s.t.keys.auditor);
    s.pages.push(auditor);
    await auditor.goto(`${s.base}/console/dashboard?from=${day}&to=${day}`);
    await auditor.locator('[data-figure="claims.total"]').waitFor();
    await expect(auditor.locator('section[aria-labelledby="scorecards-title"] [role="alert"] strong').textContent()).resolves.toBe('Not allowed: this key’s role may not do this (403).');
    // the registry is not an auditor's page: back to the claims
    await auditor.goto(`${s.base}/console/suppliers`);
    await auditor.getByRole('heading', { level: 1, name: 'Claims' }).waitFor();

    const admin = await signedIn(s.browser, s.base, s.t.keys.admin);
    s.pages.push(admin);
    await admin.getByRole('heading', { level: 1, name: 'Supplier registry' }).waitFor();
    await admin.locator('tr[data-key="fabrika-yug"]').waitFor();
    await admin.getByRole('link', { name: 'API keys' }).click();
    await admin.getByRole('button', { name: 'Create a key' }).click();
    const form = admin.getByRole('form', { name: 'Create a key' });
    await form.getByLabel('Name *').fill('console test desk');
    await form.getByLabel(/^Role/).selectOption('agent');
    await form.getByRole('button', { name: 'Create a key' }).click();
    const key = (await admin.getByTestId('new-key').textContent())!;
    expect(key).toMatch(/^wce_/);
    // the new key works, until it is revoked from the page
    await s.t.http.get('/claims').set({ Authorization: `Bearer ${key}` }).expect(200);
    const prefix = key.split('_')[1];
    await admin.getByRole('button', { name: `Revoke console test desk (${prefix})` }).click();
    await until(() => s.t.http.get('/claims').set({ Authorization: `Bearer ${key}` }).then((r) => r.status), (st) => st === 401);
  });

  it('an admin registers a supplier with its webhook, then a supplier key bound to it, through the forms', async () => {
    const supplierId = `console-${randomBytes(4).toString('hex')}`;
    const webhookUrl = `https://hooks.example.com/wce/${supplierId}`;
    const admin = await signedIn(s.browser, s.base, s.t.keys.admin);
    s.pages.push(admin);
    await admin.getByRole('heading', { level: 1, name: 'Supplier registry' }).waitFor();
    await admin.getByRole('button', { name: 'Register a supplier' }).click();
    const registry = admin.getByRole('form', { name: 'Register a supplier' });
    await registry.getByLabel('Id *').fill(supplierId);
    await registry.getByLabel('Name *').fill('Console Test Furniture LLC');
    // a link the form refuses before sending, then a URL without its secret: the API's field error
    await registry.getByLabel('Webhook URL').fill('hooks.example.com/wce');
    await registry.getByRole('button', { name: 'Register' }).click();
    await expect(registry.locator('.field-error').allTextContents()).resolves.toEqual(['Not a link (http or https).']);
    await registry.getByLabel('Webhook URL').fill(webhookUrl);
    await registry.getByRole('button', { name: 'Register' }).click();
    await expect(registry.locator('.field-error').textContent()).resolves.toBe('a webhookUrl needs a webhookSecret to sign the deliveries with');
    await registry.getByLabel('Webhook secret').fill('whsec_console_test_0123456789');
    await registry.getByRole('button', { name: 'Register' }).click();
    await expect(admin.getByRole('status').textContent()).resolves.toBe(`Supplier ${supplierId} registered.`);
    await expect(admin.locator(`tr[data-key="${supplierId}"] td`).nth(3).textContent()).resolves.toBe(`${webhookUrl} · secret set`);
    const registered = (await s.t.http.get(`/suppliers/${supplierId}`).set(s.t.auth('admin')).expect(200)).body;
    expect(registered).toMatchObject({ id: supplierId, webhookUrl, webhookSecretSet: true });

    await admin.getByRole('link', { name: 'API keys' }).click();
    await admin.getByRole('button', { name: 'Create a key' }).click();
    const form = admin.getByRole('form', { name: 'Create a key' });
    await form.getByLabel('Name *').fill('console supplier portal');
    await form.getByLabel(/^Role/).selectOption('supplier');
    // a supplier that is not in the registry: the API refuses it at the field
    await form.getByLabel('Supplier', { exact: true }).fill(`${supplierId}-unknown`);
    await form.getByRole('button', { name: 'Create a key' }).click();
    await expect(form.locator('.field-error').textContent()).resolves.toBe(`no supplier "${supplierId}-unknown" in the registry (POST /suppliers first)`);
    await form.getByLabel('Supplier', { exact: true }).fill(supplierId);
    await form.getByRole('button', { name: 'Create a key' }).click();
    const key = (await admin.getByTestId('new-key').textContent())!;
    expect(key).toMatch(/^wce_/);
    // the key is the supplier's: it says so itself, and reads that supplier's tasks
    const me = (await s.t.http.get('/auth/me').set({ Authorization: `Bearer ${key}` }).expect(200)).body;
    expect(me).toMatchObject({ name: 'console supplier portal', role: 'supplier', supplierId });
    await expect(s.t.http.get('/supplier/tasks').set({ Authorization: `Bearer ${key}` }).then((r) => r.status)).resolves.toBe(200);
    await expect(admin.locator(`tr[data-key="${me.id}"] td`).nth(1).textContent()).resolves.toBe(supplierId);
  });

  it('on a tablet in Russian: the dashboard and the audit page fit the screen and work from the keyboard', async () => {
    const page = await signedIn(s.browser, s.base, s.t.keys.supervisor, 'ru-RU', { width: 820, height: 1180 });
    s.pages.push(page);
    await page.goto(`${s.base}/console/dashboard?from=${day}&to=${day}`);
    await page.getByRole('heading', { level: 1, name: 'Показатели' }).waitFor();
    await page.locator('[data-chart="byChannel"] tr[data-key="hotline"]').waitFor();
    await expect(page.locator('[data-chart="byChannel"] figcaption').textContent()).resolves.toBe('Обращения по каналам (доля и доля в эталонной компании)');
    const fits = () => page.evaluate('document.documentElement.scrollWidth <= window.innerWidth');
    await expect(fits()).resolves.toBe(true);

    // the audit page: a claim opened with the keyboard alone
    const claim = (await s.t.http.post('/claims').set(s.t.auth('agent')).send(claimBody()).expect(201)).body;
    await page.getByRole('link', { name: 'Аудит' }).click();
    await page.getByLabel('Обращение (номер или id)').first().focus();
    await page.keyboard.type(claim.id);
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('Открыть');
    await page.keyboard.press('Enter');
    await page.getByText('Цепочка цела: проверено событий — 1.').waitFor();
    await expect(fits()).resolves.toBe(true);
  });
});
