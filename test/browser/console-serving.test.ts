/**
 * How the API serves the console at /console: the built page for every console address
 * (no-cache) and its hashed assets (immutable), a CSP that lets the console's own scripts
 * and styles run and nothing else, no file outside the build, and the JavaScript budget
 * of the first page (≤ 250 KB gzipped), measured on the build output the API serves.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONSOLE_CONTENT_SECURITY_POLICY } from '../../src/console/console-files';
import { startTestApp, REPO_ROOT, type TestApp } from '../support/test-app';
import { assertConsoleBuilt } from './console-support';

const BUDGET_GZIP_BYTES = 250 * 1024;

describe('the console as the API serves it', () => {
  let t: TestApp;
  beforeAll(async () => {
    assertConsoleBuilt();
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('serves the page at /console and at any console address, revalidated on every load, under a CSP of its own', async () => {
    for (const p of ['/console', '/console/', '/console/claims/CL-2026-000001', '/console/supplier/tasks']) {
      const res = await t.http.get(p).expect(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toBe(CONSOLE_CONTENT_SECURITY_POLICY);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.text).toContain('<div id="root"></div>');
    }
    // nothing from elsewhere, no inline code: the policy names only 'self'
    expect(CONSOLE_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; script-src 'self'; style-src 'self';/);
    expect(CONSOLE_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|\*/);
    // the API's own answers keep their locked-down policy
    const api = await t.http.get('/claims').set(t.auth('agent')).expect(200);
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  });

  it('serves the hashed assets as immutable, and nothing that is not a built asset', async () => {
    const html = (await t.http.get('/console/').expect(200)).text;
    const assets = [...html.matchAll(/(?:src|href)="(\/console\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const a of assets) {
      const res = await t.http.get(a).expect(200);
      expect(a).toMatch(/-[A-Za-z0-9_-]{8}\.(js|css)$/);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers['content-type']).toMatch(a.endsWith('.js') ? /^text\/javascript|^application\/javascript/ : /^text\/css/);
    }
    await t.http.get('/console/assets/nope-12345678.js').expect(404);
    await t.http.get('/console/index.html.map').expect(404);
    await t.http.get('/console/..%2Fsrc%2Fapi.main.js').expect(404);
    await t.http.get('/console/assets/..%2F..%2F..%2Fpackage.json').expect(404);
  });

  it('tells the console the policy\'s time zone', async () => {
    const res = await t.http.get('/console/settings.json').expect(200);
    expect(res.body).toEqual({ timeZone: t.config.policy.timeZone });
  });

  it('keeps the first page\'s JavaScript within 250 KB gzipped', () => {
    const dist = path.join(REPO_ROOT, 'dist', 'console');
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/console\/([^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, s) => sum + gzipSync(fs.readFileSync(path.join(dist, s)), { level: 9 }).length, 0);
    // eslint-disable-next-line no-console
    console.log(`console first page: ${scripts.length} script(s), ${(gzipped / 1024).toFixed(1)} KB gzipped (budget 250 KB)`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });
});
