/**
 * Signing in to the console with an API key, in a real browser against the real app: a
 * wrong key is refused at the form, a key whose role has no console pages (integration,
 * admin) is told so, the role decides the pages, and a key revoked while in use sends the
 * user back to the sign-in with the key forgotten.
 */
import type { Browser, Page } from 'playwright-core';
import { ApiKeyService } from '../../src/auth/api-key.service';
import { listenOnLoopback, startTestApp, type TestApp } from '../support/test-app';
import { assertConsoleBuilt, failuresOf, launchChromium, signedIn } from './console-support';

describe('signing in to the care console', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  const pages: Page[] = [];

  beforeAll(async () => {
    assertConsoleBuilt();
    t = await startTestApp();
    base = await listenOnLoopback(t);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(() => pages.forEach((p) => expect(failuresOf(p)).toEqual([])));

  const stored = (page: Page) => page.evaluate("sessionStorage.getItem('wce.console.session')");

  it('refuses a wrong key, and says so for a role with no console pages', async () => {
    for (const [key, message] of [
      ['wce_00000000_not-a-real-key', 'This key is not valid (or was revoked).'],
      [t.keys.integration, 'This key’s role has no pages in the console yet.'],
      [t.keys.admin, 'This key’s role has no pages in the console yet.'],
    ]) {
      const page = await signedIn(browser, base, key);
      pages.push(page);
      await expect(page.getByRole('alert').textContent()).resolves.toBe(message);
      await expect(stored(page)).resolves.toBeNull();
      await page.context().close();
    }
  });

  it('gives a supervisor and an auditor the staff pages', async () => {
    for (const role of ['supervisor', 'auditor'] as const) {
      const page = await signedIn(browser, base, t.keys[role]);
      pages.push(page);
      await page.getByRole('heading', { level: 1, name: 'Claims' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/console/claims');
      await page.context().close();
    }
  });

  it('goes back to the sign-in, the key forgotten, when the key is revoked while in use', async () => {
    const created = await t.app.get(ApiKeyService).create({ name: 'console revoked', role: 'agent' }, { id: 'test', name: 'test', role: 'admin' });
    const page = await signedIn(browser, base, created.key);
    pages.push(page);
    await page.getByRole('heading', { level: 1, name: 'Claims' }).waitFor();
    await t.http.delete(`/admin/api-keys/${created.id}`).set(t.auth('admin')).expect((res) => expect(res.status).toBeLessThan(300));
    await page.reload();
    await page.getByLabel('API key').waitFor();
    await expect(stored(page)).resolves.toBeNull();
    await page.context().close();
  });
});
