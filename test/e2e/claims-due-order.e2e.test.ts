/**
 * The care queue's order (`GET /claims?sort=due`): open claims by what is due first — the
 * first-response SLA until someone responded, the statutory deadline once a remedy is
 * chosen, the earlier of the two — then the claims with nothing due; paged by cursor in
 * that order; each row says what is due (`dueAt`) and when the first response is
 * (`slaDueAt`).
 */
import { randomUUID } from 'node:crypto';
import { claimBody } from '../support/claim-body';
import { startTestApp, type TestApp } from '../support/test-app';

const TRIAGE = { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' };

describe('GET /claims?sort=due', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('lists what is due first, pages in that order, and says what is due on each row', async () => {
    const sku = `SKU-DUE-${randomUUID().slice(0, 8)}`;
    const take = async () => {
      const body = claimBody();
      body.order = { ...body.order, sku };
      return (await t.http.post('/claims').set(t.auth('agent')).send(body).expect(201)).body.id as string;
    };
    // a claim nobody has answered yet: its first response is due (24 h under the default policy)
    const waiting = await take();
    // a replacement chosen: the statutory deadline (7 days) is what is due
    const replacing = await take();
    await t.http.post(`/claims/${replacing}/triage`).set(t.auth('agent')).send(TRIAGE).expect(200);
    await t.http.post(`/claims/${replacing}/remedy`).set(t.auth('agent')).send({ kind: 'replacement' }).expect(200);
    // answered, no remedy yet: nothing due
    const triaged = await take();
    await t.http.post(`/claims/${triaged}/triage`).set(t.auth('agent')).send(TRIAGE).expect(200);
    // withdrawn: closed, nothing due
    const withdrawn = await take();
    await t.http.post(`/claims/${withdrawn}/withdraw`).set(t.auth('agent')).send({ reason: 'customer changed their mind' }).expect(200);

    // the read model follows the workflow a moment later
    const list = async (query: Record<string, string>) => (await t.http.get('/claims').query({ q: sku, sort: 'due', ...query }).set(t.auth('agent')).expect(200)).body;
    for (let i = 0; i < 50; i++) {
      const rows = (await list({})).items as Array<{ id: string; status: string }>;
      if (rows.find((r) => r.id === withdrawn)?.status === 'closed' && rows.find((r) => r.id === replacing)?.status === 'remedy_in_progress') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const { items } = await list({});
    expect(items.map((r: { id: string }) => r.id).slice(0, 2)).toEqual([waiting, replacing]);
    expect(new Set(items.slice(2).map((r: { id: string }) => r.id))).toEqual(new Set([triaged, withdrawn]));
    const row = (id: string) => items.find((r: { id: string }) => r.id === id);
    expect(row(waiting).dueAt).toBe(row(waiting).slaDueAt);
    expect(new Date(row(waiting).slaDueAt).getTime() - new Date(row(waiting).receivedAt).getTime()).toBe(24 * 3_600_000);
    expect(row(replacing).slaDueAt).toBeUndefined(); // answered
    expect(row(replacing).dueAt).toBe(row(replacing).deadlineAt);
    expect(row(triaged).dueAt).toBeUndefined();
    expect(row(withdrawn).dueAt).toBeUndefined();

    // one row a page: the same order through the cursor
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ id: string }>; nextCursor: string | null } = await list(cursor ? { limit: '1', cursor } : { limit: '1' });
      paged.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(items.map((r: { id: string }) => r.id));

    // the default order is unchanged: newest first
    const newest = (await t.http.get('/claims').query({ q: sku }).set(t.auth('agent')).expect(200)).body.items.map((r: { id: string }) => r.id);
    expect(newest).toEqual([withdrawn, triaged, replacing, waiting]);
    // and a sort the API does not know is refused, naming the field
    const bad = await t.http.get('/claims').query({ sort: 'urgent' }).set(t.auth('agent')).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'sort', message: 'sort must be one of: received, due' }]);
  });
});
