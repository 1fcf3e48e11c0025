/**
 * For the console's browser tests: Debian's Chromium on the real app, a signed-in page
 * per role, and screenshots for docs/console.md (written to docs/ only with
 * CONSOLE_SCREENSHOTS=1, so that a test run leaves the work tree as it was).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { listenOnLoopback, REPO_ROOT, startTestApp, type TestApp, type TestAppOptions } from '../support/test-app';

export const CONSOLE_BUILD = path.join(REPO_ROOT, 'dist', 'console', 'index.html');

/** The tests run the console as built; `npm test` builds it first (scripts/setup.js). */
export function assertConsoleBuilt(): void {
  if (!fs.existsSync(CONSOLE_BUILD)) throw new Error('dist/console is not built: run `npm run setup` (or `npm run build:console`)');
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/** What a console test file works with: the real app, its address on the loopback, a browser, and the pages it opened. */
export interface ConsoleSuite {
  t: TestApp;
  browser: Browser;
  base: string;
  /** pages checked after each test for script errors and CSP refusals */
  pages: Page[];
}

/**
 * The set-up every console test file shares (call it in a `describe`): the app started
 * (the console must be built), listening on the loopback, Chromium launched; after each
 * test, no page met a script error or a CSP refusal; at the end, both closed.
 */
export function consoleSuite(options: TestAppOptions & { ownDatabase?: boolean } = {}): ConsoleSuite {
  const suite = { pages: [] as Page[] } as ConsoleSuite;
  let scratch: ScratchDatabase | undefined;
  beforeAll(async () => {
    assertConsoleBuilt();
    // a database of its own: what the whole log shows is this file's only (other files tamper with theirs)
    if (options.ownDatabase) scratch = await createScratchDatabase();
    suite.t = await startTestApp({ ...options, ...(scratch && { databaseUrl: scratch.url }) });
    suite.base = await listenOnLoopback(suite.t);
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.t?.close();
    await scratch?.drop();
  });
  afterEach(() => suite.pages.forEach((p) => expect(failuresOf(p)).toEqual([])));
  return suite;
}

/** `YYYY-MM-DD` of an instant in a time zone (the console's date inputs take the policy's days). */
export const dayIn = (instant: Date, timeZone: string): string => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

/** A laptop-sized page in `locale`, signed in with `key` through the sign-in form (or refused: the form's alert shows). */
export async function signedIn(browser: Browser, base: string, key: string, locale = 'en-GB', viewport = { width: 1366, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ locale, viewport, timezoneId: 'America/New_York' });
  const page = await context.newPage();
  const failed: string[] = [];
  page.on('pageerror', (err) => failed.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/.test(msg.text())) failed.push(msg.text());
  });
  (page as Page & { failures: string[] }).failures = failed;
  await page.goto(`${base}/console/`);
  await page.getByLabel(locale.startsWith('ru') ? 'API-ключ' : 'API key').fill(key);
  await page.getByRole('button', { name: locale.startsWith('ru') ? 'Войти' : 'Sign in' }).click();
  // signed in (the navigation of the role's pages) or refused (the form's alert): not before
  await page.locator('header nav, .sign-in [role="alert"]').first().waitFor();
  return page;
}

/** Script errors and CSP refusals the page met. */
export const failuresOf = (page: Page): string[] => (page as Page & { failures?: string[] }).failures ?? [];

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = process.env.CONSOLE_SCREENSHOTS === '1' ? path.join(REPO_ROOT, 'docs') : fs.mkdtempSync(path.join(os.tmpdir(), 'wce-console-shots-'));
  const file = path.join(dir, `console-${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Polls `read` until `done` holds (reloading the page between tries when asked), or fails with the last value. */
export async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, { timeoutMs = 30_000, between }: { timeoutMs?: number; between?: () => Promise<unknown> } = {}): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (!done(last)) {
    if (Date.now() > end) throw new Error(`timed out; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 300));
    if (between) await between();
    last = await read();
  }
  return last;
}
