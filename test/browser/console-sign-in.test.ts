/**
 * Signing in to the console with an API key, in a real browser against the real app: a
 * wrong key is refused at the form, a key whose role has no console pages (integration)
 * is told so, the role (from GET /auth/me) decides the pages and the header shows the
 * key's name, and a key revoked while in use sends the user back to the sign-in with the
 * key forgotten.
 */
import type { Page } from 'playwright-core';
import { ApiKeyService } from '../../src/auth/api-key.service';
import { consoleSuite, signedIn } from './console-support';

describe('signing in to the care console', () => {
  const s = consoleSuite();

  const stored = (page: Page) => page.evaluate("sessionStorage.getItem('wce.console.session')");

  it('refuses a wrong key, and says so for a role with no console pages', async () => {
    for (const [key, message] of [
      ['wce_00000000_not-a-real-key', 'This key is not valid (or was revoked).'],
      [s.t.keys.integration, 'This key’s role has no pages in the console yet.'],
    ]) {
      const page = await signedIn(s.browser, s.base, key);
      s.pages.push(page);
      await expect(page.getByRole('alert').textContent()).resolves.toBe(message);
      await expect(stored(page)).resolves.toBeNull();
      await page.context().close();
    }
  });

  it('gives each role its pages: agent, supervisor and auditor the claims and more, an admin the registry and keys, a supplier its tasks', async () => {
    for (const [role, home, heading, nav, who] of [
      ['agent', 'claims', 'Claims', ['Claims', 'New claim'], 'e2e agent (care agent)'],
      ['supervisor', 'claims', 'Claims', ['Claims', 'New claim', 'Dashboard', 'Audit', 'Suppliers', 'API keys'], 'e2e supervisor (supervisor)'],
      ['auditor', 'claims', 'Claims', ['Claims', 'Dashboard', 'Audit'], 'e2e auditor (auditor)'],
      ['admin', 'suppliers', 'Supplier registry', ['Suppliers', 'API keys'], 'bootstrap-admin (admin)'],
      ['supplier', 'supplier/tasks', 'My tasks', ['My tasks'], 'e2e supplier (supplier)'],
    ] as const) {
      const page = await signedIn(s.browser, s.base, s.t.keys[role]);
      s.pages.push(page);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/console/${home}`);
      await expect(page.getByRole('navigation').getByRole('link').allTextContents()).resolves.toEqual(nav);
      // the key's name and role, as GET /auth/me answers them
      await expect(page.locator('header .who').textContent()).resolves.toBe(`Signed in as ${who}`);
      await expect(stored(page).then((v) => JSON.parse(String(v)))).resolves.toEqual({ credential: s.t.keys[role], role, name: who.split(' (')[0] });
      // a page of another role is not reachable by its address
      await page.goto(`${s.base}/console/${role === 'agent' || role === 'supplier' ? 'audit' : 'supplier/tasks'}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.context().close();
    }
  });

  it('goes back to the sign-in, the key forgotten, when the key is revoked while in use', async () => {
    const created = await s.t.app.get(ApiKeyService).create({ name: 'console revoked', role: 'agent' }, { id: 'test', name: 'test', role: 'admin' });
    const page = await signedIn(s.browser, s.base, created.key);
    s.pages.push(page);
    await page.getByRole('heading', { level: 1, name: 'Claims' }).waitFor();
    await s.t.http.delete(`/admin/api-keys/${created.id}`).set(s.t.auth('admin')).expect((res) => expect(res.status).toBeLessThan(300));
    await page.reload();
    await page.getByLabel('API key').waitFor();
    await expect(stored(page)).resolves.toBeNull();
    await page.context().close();
  });
});
