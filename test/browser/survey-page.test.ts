/**
 * The customer's survey as a customer meets it: the link from the notification opened in
 * a real browser (Debian's Chromium, driven by playwright-core; JavaScript off, a phone's
 * screen, the customer's language), the form filled in and sent, the thank-you page; the
 * same link again says it was answered; a forged link says so in the browser's language.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { surveyForm, type SurveyLanguage } from '../../domain/follow-up/survey';
import { SURVEY_PAGE_TEXTS } from '../../src/surveys/survey-page.texts';
import { signSurveyToken } from '../../src/surveys/survey-token';
import { surveyPath, waitForClaim } from '../support/eventually';
import { claimBody, listenOnLoopback, longSurveyPolicyFile, startTestApp, type TestApp } from '../support/test-app';
import { chromiumPath, CHROMIUM_ARGS } from '../support/chromium';

const TRIAGE = { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' };

describe('the survey page in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({ policyFile: longSurveyPolicyFile() });
    base = await listenOnLoopback(t);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function resolvedClaimLink(language: SurveyLanguage): Promise<{ id: string; link: string }> {
    const body = claimBody();
    body.customer = { ...body.customer, language };
    const id = (await t.http.post('/claims').set(t.auth('agent')).send(body).expect(201)).body.id;
    await t.http.post(`/claims/${id}/triage`).set(t.auth('agent')).send(TRIAGE).expect(200);
    await t.http.post(`/claims/${id}/remedy`).set(t.auth('agent')).send({ kind: 'refund' }).expect(200);
    await t.http.post(`/claims/${id}/remedy/complete`).set(t.auth('agent')).send({}).expect(200);
    return { id, link: `${base}${await surveyPath(t, id)}` };
  }

  /** A phone, JavaScript off, the customer's language. */
  async function phone(locale: string): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale });
    return context.newPage();
  }

  it.each<[SurveyLanguage, string]>([
    ['ru', 'ru-RU'],
    ['en', 'en-GB'],
  ])('a %s customer answers through the link, sees the thank-you page, and the link then says it was answered', async (language, locale) => {
    const { id, link } = await resolvedClaimLink(language);
    const form = surveyForm(language);
    const texts = SURVEY_PAGE_TEXTS[language];
    const page = await phone(locale);

    const opened = await page.goto(link);
    expect(opened?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(form.title);
    // the stylesheet is allowed by the page's CSP: the button is styled
    expect(await page.evaluate("getComputedStyle(document.querySelector('button')).backgroundColor")).toBe('rgb(11, 92, 173)');
    // the page fits a phone: nothing wider than the screen
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    const choose = (questionIndex: number, value: number) =>
      page.getByRole('group', { name: form.questions[questionIndex].text }).getByText(String(value), { exact: true }).click();
    await choose(0, 4);
    await choose(1, 9);
    await choose(2, 6);
    await page.getByLabel(form.commentPrompt).fill(language === 'ru' ? 'Быстро и вежливо' : 'Quick and polite');
    const [sent] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: texts.submit }).click()]);
    expect(sent?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(texts.thanksTitle);

    const claim = await waitForClaim(t, id, (c) => c.followUp?.survey?.status === 'answered');
    expect(claim.followUp.survey.answer).toEqual({ csat: 4, nps: 9, ces: 6, comment: language === 'ru' ? 'Быстро и вежливо' : 'Quick and polite' });

    const again = await page.goto(link);
    expect(again?.status()).toBe(409);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(texts.problems.answered.title);
    await page.context().close();
  });

  it('a forged link gets a page in the browser\'s language', async () => {
    const forged = signSurveyToken({ claimId: '00000000-0000-4000-8000-000000000000', surveyId: 'x:0', expiresAt: Date.now() + 60_000 }, 'not-the-secret-not-the-secret-not-the-secret');
    for (const [locale, language] of [['ru-RU', 'ru'], ['en-US', 'en']] as const) {
      const page = await phone(locale);
      const res = await page.goto(`${base}/surveys/${forged}`);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(SURVEY_PAGE_TEXTS[language].problems.not_found.title);
      await page.context().close();
    }
  });

  it('a form posted with a question unanswered comes back with the answers kept and what to fix, in the customer\'s language', async () => {
    const { link } = await resolvedClaimLink('ru');
    const res = await t.http
      .post(new URL(link).pathname)
      .set('Accept', 'text/html')
      .type('form')
      .send({ csat: '2', ces: '5', comment: 'Долго' })
      .expect(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.text).toContain(SURVEY_PAGE_TEXTS.ru.fixErrors);
    expect(res.text).toContain(`<p class="error" id="nps-error">${SURVEY_PAGE_TEXTS.ru.required}</p>`);
    expect(res.text).toContain('name="csat" value="2" required checked');
    expect(res.text).toContain('>Долго</textarea>');
    // the API's way: JSON problem, messages in Russian, nothing recorded
    const json = await t.http.post(new URL(link).pathname).send({ csat: 2, ces: 5 }).expect(400);
    expect(json.body.errors).toEqual([{ field: 'nps', message: SURVEY_PAGE_TEXTS.ru.required }]);
  });
});
