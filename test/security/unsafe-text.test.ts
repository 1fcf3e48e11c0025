/**
 * A NUL character or an unpaired surrogate used to jam a claim for good: Temporal took
 * the update, then every write of its events failed ("unsupported Unicode escape
 * sequence"). Now the API refuses such text anywhere in a request (400 naming the field,
 * nothing changed), and a claim that carries some anyway (accepted before the check, or
 * sent with the Temporal client directly) has it stored as U+FFFD and goes on.
 */
import type { Client } from '@temporalio/client';
import { TEMPORAL_CLIENT } from '../../src/temporal/temporal.module';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { noteUpdate } from '../../workflows/claim/claim.messages';
import { eventually } from '../support/eventually';
import { claimBody, startTestApp, type TestApp } from '../support/test-app';

const PROBLEM_JSON = /^application\/problem\+json/;
const UNSAFE = 'must not contain a NUL character (\\u0000) or an unpaired UTF-16 surrogate';

describe('text that cannot be stored', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const claimCount = async (): Promise<number> => Number((await t.db.query(`SELECT count(*) AS n FROM claims`))[0].n);
  const auditCount = async (): Promise<number> => Number((await t.db.query(`SELECT count(*) AS n FROM audit_events`))[0].n);

  it.each<[string, Record<string, unknown>, string]>([
    ['a NUL in a nested field', claimBody({ customer: { name: 'Анна\u0000', phone: '+79160000001', language: 'ru' } }), 'customer.name'],
    ['an unpaired high surrogate', claimBody({ description: 'sofa \uD83D broke' }), 'description'],
    ['an unpaired low surrogate in an array', claimBody({ attachments: ['https://files.example.com/a.jpg', '\uDE00'] }), 'attachments[1]'],
    ['a NUL in a property name', { ...claimBody(), 'x\u0000': 1 }, 'x\uFFFD'],
  ])('refuses an intake with %s: 400 naming the field, nothing stored', async (_label, body, field) => {
    const [claims, events] = [await claimCount(), await auditCount()];
    const res = await t.http.post('/claims').set(t.auth('agent')).send(body).expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(res.body.errors).toEqual([{ field, message: UNSAFE }]);
    expect([await claimCount(), await auditCount()]).toEqual([claims, events]);
  });

  it('accepts paired surrogates (emoji) and other Unicode', async () => {
    const res = await t.http.post('/claims').set(t.auth('agent')).send(claimBody({ description: 'Диван 🛋️ — сломан ✓' })).expect(201);
    expect(res.body.description).toBe('Диван 🛋️ — сломан ✓');
  });

  it('refuses it in an action body, a query and a path, and refuses a deeply nested body, never with a 500', async () => {
    const created = await t.http.post('/claims').set(t.auth('agent')).send(claimBody()).expect(201);
    const id: string = created.body.id;
    const note = await t.http.post(`/claims/${id}/notes`).set(t.auth('agent')).send({ text: 'photos\u0000 attached' }).expect(400);
    expect(note.body.errors).toEqual([{ field: 'text', message: UNSAFE }]);

    const q = await t.http.get('/claims?q=a%00b').set(t.auth('agent')).expect(400);
    expect(q.body.errors).toEqual([{ field: 'query.q', message: UNSAFE }]);
    const path = await t.http.get('/claims/a%00b').set(t.auth('agent')).expect(400);
    expect(path.body.errors).toEqual([{ field: 'path', message: UNSAFE }]);

    const deep = `{"text":${'['.repeat(5000)}1${']'.repeat(5000)}}`;
    const nested = await t.http.post(`/claims/${id}/notes`).set(t.auth('agent')).set('Content-Type', 'application/json').send(deep).expect(400);
    expect(nested.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(nested.body.errors).toEqual([{ field: `text${'[0]'.repeat(31)}`, message: 'nests deeper than 32 levels' }]);

    const history = await t.http.get(`/claims/${id}/history`).set(t.auth('auditor')).expect(200);
    expect(history.body.events.map((e: { action: string }) => e.action)).toEqual(['claim.received']);
  });

  it('repairs a claim that carries such text already: stored as U+FFFD, the next action answers at once', async () => {
    const created = await t.http.post('/claims').set(t.auth('agent')).send(claimBody()).expect(201);
    const id: string = created.body.id;
    // what the API accepted before the edge check: the note reaches the workflow as it was typed
    const client = t.app.get<typeof TEMPORAL_CLIENT, Client>(TEMPORAL_CLIENT);
    await client.workflow.getHandle(claimWorkflowId(id)).executeUpdate(noteUpdate, {
      args: [{ actor: { id: 'key-agent', name: 'Agent', role: 'agent' }, payload: { text: 'bad\u0000note \uD83D end' } }],
    });
    const started = Date.now();
    await t.http.post(`/claims/${id}/notes`).set(t.auth('agent')).send({ text: 'called the customer back' }).expect(200);
    expect(Date.now() - started).toBeLessThan(10_000);

    const history = await eventually(
      async () => (await t.http.get(`/claims/${id}/history`).set(t.auth('auditor')).expect(200)).body.events as Array<{ action: string; data: { text?: string } }>,
      (items) => items.length >= 3,
    );
    expect(history.map((e) => e.action)).toEqual(['claim.received', 'note.added', 'note.added']);
    expect(history[1].data.text).toBe('bad\uFFFDnote \uFFFD end');
    expect(history[2].data.text).toBe('called the customer back');
    const chain = await t.http.get(`/audit/claims/${id}/verify`).set(t.auth('auditor')).expect(200);
    expect(chain.body).toMatchObject({ ok: true, firstBroken: null });
  });
});
