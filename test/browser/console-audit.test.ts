/**
 * The auditor in the console, in a real browser against the real app: a claim's history
 * with the chain status of each event; an event altered in PostgreSQL (as the superuser,
 * the append-only trigger off: what someone with database access could do) is flagged at
 * its own event, on the claim's page and by the whole-log verification; the audit log
 * against the workflow history; the query's exports downloaded as files equal to what
 * the API exports for the same query. The row is put back at the end.
 */
import * as fs from 'node:fs';
import type { Page } from 'playwright-core';
import { Client as PgClient } from 'pg';
import { tamperAuditLog } from '../support/audit-tamper';
import { claimBody } from '../support/test-app';
import { consoleSuite, dayIn, screenshot, signedIn } from './console-support';

const TRIAGE = { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.seam_defect', severity: 'low' };

describe('the care console, as an auditor', () => {
  let pg: PgClient;
  // declared before the suite's own: after-all hooks run in declaration order, and the
  // suite drops this file's database, which would cut this connection
  afterAll(async () => {
    await pg?.end();
  });
  const s = consoleSuite({ ownDatabase: true });
  let claim: { id: string; number: string };
  let started: Date;
  let restore: (() => Promise<void>) | null = null;

  /** SQL as the superuser with the append-only trigger off (what an attacker with DB access could do). */
  const tamper = (sql: string, params: unknown[] = []) => tamperAuditLog(pg, sql, params);

  beforeAll(async () => {
    started = new Date();
    pg = new PgClient({ connectionString: s.t.ownerDatabaseUrl });
    await pg.connect();
    const created = await s.t.http.post('/claims').set(s.t.auth('agent')).send(claimBody()).expect(201);
    claim = { id: created.body.id, number: created.body.number };
    await s.t.http.post(`/claims/${claim.id}/triage`).set(s.t.auth('agent')).send(TRIAGE).expect(200);
    await s.t.http.post(`/claims/${claim.id}/notes`).set(s.t.auth('agent')).send({ text: 'photos received' }).expect(200);
  });
  // put the row back after each test, whatever happened in it, so the next one starts whole
  afterEach(async () => {
    await restore?.();
    restore = null;
  });

  const cell = (page: Page, seq: number) => page.locator(`table.chain tr[data-seq="${seq}"]`);

  it('sees a tampered event flagged at the right place, by the claim\'s chain and by the whole-log verification', async () => {
    const page = await signedIn(s.browser, s.base, s.t.keys.auditor);
    s.pages.push(page);
    await expect(page.getByRole('navigation').getByRole('link').allTextContents()).resolves.toEqual(['Claims', 'Dashboard', 'Audit']);

    // untouched: every event verified, the log matches the workflow
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByLabel('Claim (number or id)').first().fill(claim.id);
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByText('The chain holds: 3 events verified.').waitFor();
    for (const seq of [1, 2, 3]) await expect(cell(page, seq).getByTestId('link-status').textContent()).resolves.toBe('✓ verified');
    await page.getByText('They match: 3 audit events, 3 workflow events.').waitFor();

    // event 2 altered behind the application's back
    const [second] = (await pg.query('SELECT id, data FROM audit_events WHERE claim_id = $1 AND seq = 2', [claim.id])).rows;
    await tamper(`UPDATE audit_events SET data = data || '{"severity":"critical"}' WHERE id = $1`, [second.id]);
    restore = () => tamper('UPDATE audit_events SET data = $2 WHERE id = $1', [second.id, JSON.stringify(second.data)]);
    const api = (await s.t.http.get(`/audit/claims/${claim.id}/verify`).set(s.t.auth('auditor')).expect(200)).body;
    expect(api.firstBroken).toMatchObject({ seq: 2, check: 'hash' });

    await page.getByRole('button', { name: 'Verify again' }).click();
    await page.getByRole('alert').filter({ hasText: 'The chain is broken at event 2.' }).waitFor();
    await expect(cell(page, 1).getByTestId('link-status').textContent()).resolves.toBe('✓ verified');
    const flagged = (await cell(page, 2).getByTestId('link-status').textContent())!;
    expect(flagged).toContain('✗ broken: content hash — the event\'s content does not match its hash (altered)');
    expect(flagged).toContain(`expected: ${api.firstBroken.expected}`);
    expect(flagged).toContain(`found: ${api.firstBroken.found}`);
    await expect(cell(page, 2).getAttribute('class')).resolves.toBe('link-broken');
    await expect(cell(page, 3).getByTestId('link-status').textContent()).resolves.toBe('not verified (after the break)');
    await expect(page.locator('table.chain tr.link-broken').count()).resolves.toBe(1);
    await screenshot(page, 'audit-claim');

    // the whole log, from the day this test began (in the policy's zone): the same link among its breaks
    await page.getByRole('link', { name: 'Audit' }).first().click();
    await page.getByLabel('Recorded from').fill(dayIn(started, s.t.config.policy.timeZone));
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    const log = page.getByTestId('log-verification').getByRole('alert');
    await log.waitFor({ timeout: 60_000 });
    await expect(log.textContent()).resolves.toMatch(/^The log is broken: \d+\+? broken links?\./);
    const ours = log.getByRole('listitem').filter({ has: page.getByRole('link', { name: claim.id.slice(0, 8) }) });
    await expect(ours.textContent()).resolves.toBe(`${claim.id.slice(0, 8)} #2 · content hash: the event's content does not match its hash (altered)`);
    await ours.getByRole('link').click();
    await page.getByRole('alert').filter({ hasText: 'The chain is broken at event 2.' }).waitFor();

    // put back: the chain holds again
    await restore();
    restore = null;
    await page.getByRole('button', { name: 'Verify again' }).click();
    await page.getByText('The chain holds: 3 events verified.').waitFor();
  });

  it('queries the log and downloads its NDJSON and CSV exports, equal to the API\'s for the same query', async () => {
    const page = await signedIn(s.browser, s.base, s.t.keys.auditor);
    s.pages.push(page);
    // from the claim page to its audit
    await page.goto(`${s.base}/console/claims/${claim.id}`);
    await page.getByRole('link', { name: 'Audit of this claim (hash chain, workflow)' }).click();
    await page.getByText('The chain holds: 3 events verified.').waitFor();
    await page.goto(`${s.base}/console/audit`);
    const query = page.getByRole('form', { name: 'Query the log' });
    await query.getByLabel('Claim (number or id)').fill(claim.id);
    await query.getByLabel('Action').fill('claim.triaged');
    await query.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('status').filter({ hasText: '1 shown' }).waitFor();
    await query.getByLabel('Action').fill('');
    await query.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('status').filter({ hasText: '3 shown' }).waitFor();
    await expect(page.locator('section[aria-labelledby="query-title"] tbody tr td:nth-child(4)').allTextContents()).resolves.toEqual(['claim.received', 'claim.triaged', 'note.added']);
    await screenshot(page, 'audit');

    for (const format of ['ndjson', 'csv'] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${format === 'csv' ? 'CSV' : 'NDJSON'}` }).click()]);
      expect(download.suggestedFilename()).toBe(`audit-events-${claim.id}.${format}`);
      const file = fs.readFileSync((await download.path())!, 'utf8');
      const api = await s.t.http.get('/audit/events').query({ claimId: claim.id, format }).set(s.t.auth('auditor')).buffer(true).parse((res, done) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => done(null, text));
      }).expect(200);
      expect(file).toBe(api.body);
      const lines = file.trim().split(/\r?\n/);
      if (format === 'ndjson') expect(lines.map((l) => JSON.parse(l).seq)).toEqual([1, 2, 3]);
      else expect(lines).toHaveLength(4); // a header and three events
    }
  });
});
