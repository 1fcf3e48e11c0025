/**
 * End to end over HTTP: the NestJS API and a claims worker against a real Temporal dev
 * server and a real PostgreSQL database.
 */
import { randomUUID } from 'node:crypto';
import { CHANNELS } from '../../domain/claim.types';
import type { Client } from '@temporalio/client';
import { TEMPORAL_CLIENT } from '../../src/temporal/temporal.module';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { recordHistory } from '../support/record-history';
import { surveyPath, waitForClaim as waitFor } from '../support/eventually';
import { claimBody, SHORT_POLICY, startTestApp, type TestApp } from '../support/test-app';

const PROBLEM_JSON = /application\/problem\+json/;

async function countClaims(t: TestApp): Promise<number> {
  const [{ n }] = await t.db.query(`SELECT (SELECT count(*) FROM claim_numbers) + (SELECT count(*) FROM claims) AS n`);
  return Number(n);
}

async function historyActions(t: TestApp, id: string): Promise<string[]> {
  const res = await t.http.get(`/claims/${id}/history`).set(t.auth('auditor')).expect(200);
  const seqs = res.body.events.map((e: { seq: number }) => e.seq);
  expect(seqs).toEqual(seqs.map((_: number, i: number) => i + 1)); // exactly once, in order
  return res.body.events.map((e: { action: string }) => e.action);
}

async function answerSurvey(t: TestApp, id: string, answer: Record<string, unknown>) {
  return t.http.post(await surveyPath(t, id)).send(answer);
}

describe('claims API (default policy)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records a recorded history of the full lifecycle for the replay test', async () => {
    const created = await t.http.post('/claims').set(t.auth('agent')).send(claimBody({ channel: 'email' })).expect(201);
    const id = created.body.id;
    await t.http.post(`/claims/${id}/waiting-on-customer`).set(t.auth('agent')).send({ reason: 'photos please' }).expect(200);
    await t.http.post(`/claims/${id}/customer-responded`).set(t.auth('agent')).send({ notes: 'photos received' }).expect(200);
    await t.http.post(`/claims/${id}/triage`).set(t.auth('agent')).send({ type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.seam_defect', severity: 'high' }).expect(200);
    await t.http.post(`/claims/${id}/notes`).set(t.auth('agent')).send({ text: 'supplier informed' }).expect(200);
    await t.http.post(`/claims/${id}/remedy`).set(t.auth('agent')).send({ kind: 'replacement', outOfStock: true }).expect(200);
    const done = await t.http.post(`/claims/${id}/remedy/complete`).set(t.auth('agent')).send({ notes: 'new sofa delivered' }).expect(200);
    expect(done.body.status).toBe('follow_up');
    await t.http.post(`/claims/${id}/reopen`).set(t.auth('supervisor')).send({ reason: 'cushion still sags' }).expect(200);
    await t.http.post(`/claims/${id}/withdraw`).set(t.auth('supervisor')).send({ reason: 'fixed on site' }).expect(200);
    expect(await historyActions(t, id)).toEqual([
      'claim.received',
      'customer.waiting',
      'customer.responded',
      'claim.triaged',
      'note.added',
      'remedy.chosen',
      'remedy.completed',
      'followup.started',
      'claim.reopened',
      'claim.withdrawn',
    ]);
    // kept, to prove older claims still replay: claim-full-lifecycle.json (before the follow-up stage) and
    // claim-lifecycle-follow-up.json (before the intake registration became a local activity)
    await recordHistory(t, claimWorkflowId(id), 'claim-lifecycle-local-registration.json');
  });

  it('refuses an action not allowed now with 409, the reason and the allowed actions, and changes nothing', async () => {
    const created = await t.http.post('/claims').set(t.auth('agent')).send(claimBody()).expect(201);
    const id = created.body.id;
    const res = await t.http.post(`/claims/${id}/remedy/complete`).set(t.auth('agent')).send({ notes: 'too early' }).expect(409);
    expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(res.body).toMatchObject({
      status: 409,
      title: 'Action not allowed now',
      detail: 'cannot complete a remedy while the claim is received',
      allowedActions: ['triage', 'notes', 'withdraw', 'waiting_on_customer', 'correct_order'],
    });
    expect(res.body.type).toMatch(/invalid-transition$/);
    await t.http.post(`/claims/${id}/customer-responded`).set(t.auth('agent')).send({}).expect(409);
    const unknownDefect = await t.http
      .post(`/claims/${id}/triage`)
      .set(t.auth('agent'))
      .send({ type: 'product_quality', unit: 'sales', defectCode: 'sofa.exploded', severity: 'low' })
      .expect(400);
    expect(unknownDefect.body.errors[0].field).toBe('defectCode');
    const after = await t.http.get(`/claims/${id}`).set(t.auth('agent')).expect(200);
    expect(after.body.version).toBe(created.body.version);
    expect(await historyActions(t, id)).toEqual(['claim.received']);
    await t.http.get(`/claims/${randomUUID()}`).set(t.auth('agent')).expect(404);
    await t.http.post(`/claims/not-a-claim/triage`).set(t.auth('agent')).send({ type: 'product_quality', unit: 'sales', defectCode: 'other', severity: 'low' }).expect(404);
  });

  it('is idempotent under concurrent duplicate intakes with one Idempotency-Key', async () => {
    const key = `idem-${randomUUID()}`;
    const body = claimBody({ externalRef: undefined });
    delete body.externalRef;
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => t.http.post('/claims').set(t.auth('integration')).set('Idempotency-Key', key).send(body)),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    const ids = new Set(responses.map((r) => r.body.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM claims WHERE order_id = $1`, [body.order.orderId]);
    expect(n).toBe(1);
    expect(await historyActions(t, id)).toEqual(['claim.received']);

    const other = await t.http
      .post('/claims')
      .set(t.auth('integration'))
      .set('Idempotency-Key', key)
      .send({ ...body, description: 'a different complaint' })
      .expect(422);
    expect(other.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(other.body.detail).toMatch(/different request body/);
  });

  it('shows the claim number and status (no personal data) as the workflow\'s current details in the Temporal web UI', async () => {
    const body = claimBody();
    const created = (await t.http.post('/claims').set(t.auth('agent')).send(body).expect(201)).body;
    await t.http.post(`/claims/${created.id}/triage`).set(t.auth('agent')).send({ type: 'product_quality', unit: 'sales', defectCode: 'other', severity: 'low' }).expect(200);
    const client = t.app.get<typeof TEMPORAL_CLIENT, Client>(TEMPORAL_CLIENT);
    // what the web UI asks a workflow for its page
    const metadata = await client.workflow.getHandle(claimWorkflowId(created.id)).query<{ currentDetails?: string }>('__temporal_workflow_metadata');
    expect(metadata.currentDetails).toBe(`Claim **${created.number}** · triaged · ${body.channel}`);
    for (const personal of [body.customer.name, body.customer.phone, body.customer.email]) expect(metadata.currentDetails).not.toContain(personal);
  });

  it('yields the same claim for the same channel and external reference', async () => {
    const body = claimBody({ channel: 'email', externalRef: `msg-${randomUUID()}` });
    const first = await t.http.post('/claims').set(t.auth('integration')).send(body).expect(201);
    const again = await t.http.post('/claims').set(t.auth('integration')).send(body).expect(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.number).toBe(first.body.number);
  });

  it('never returns a claim to a replay with another body: same external reference or same key, 422 without claim data', async () => {
    const body = claimBody({ channel: 'email', externalRef: `msg-${randomUUID()}` });
    const first = await t.http.post('/claims').set(t.auth('agent')).send(body).expect(201);
    await t.http.post(`/claims/${first.body.id}/notes`).set(t.auth('agent')).send({ text: 'customer asked for a call after 18:00' }).expect(200);
    // someone who knows only the channel and the reference, and sends their own body
    const probe = await t.http
      .post('/claims')
      .set(t.auth('integration'))
      .send({ ...claimBody({ channel: 'email' }), externalRef: body.externalRef })
      .expect(422);
    expect(probe.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(probe.body.detail).toBe('this channel and externalRef was already used with a different request body; use a new one for a new claim');
    const leaked = JSON.stringify(probe.body);
    for (const secret of [first.body.id, first.body.number, body.customer.phone, body.customer.name, 'after 18:00']) expect(leaked).not.toContain(secret);
    expect(await historyActions(t, first.body.id)).toEqual(['claim.received', 'note.added']);
  });

  it('scopes an Idempotency-Key to the API key that used it', async () => {
    const key = `shared-${randomUUID()}`;
    const mine = claimBody({ externalRef: undefined });
    delete mine.externalRef;
    const theirs = claimBody({ externalRef: undefined });
    delete theirs.externalRef;
    const a = await t.http.post('/claims').set(t.auth('integration')).set('Idempotency-Key', key).send(mine).expect(201);
    // the same key from another API key is another request: its own claim, not a 422 and not the first claim
    const b = await t.http.post('/claims').set(t.auth('agent')).set('Idempotency-Key', key).send(theirs).expect(201);
    expect(b.body.id).not.toBe(a.body.id);
    const again = await t.http.post('/claims').set(t.auth('integration')).set('Idempotency-Key', key).send(mine).expect(200);
    expect(again.body.id).toBe(a.body.id);
  });

  it('flags and links a likely duplicate of an open claim of the same customer and order', async () => {
    const first = await t.http.post('/claims').set(t.auth('agent')).send(claimBody()).expect(201);
    const second = await t.http
      .post('/claims')
      .set(t.auth('agent'))
      .send(claimBody({ channel: 'messenger', customer: first.body.customer, order: first.body.order }))
      .expect(201);
    expect(second.body.possibleDuplicateOf).toEqual([first.body.id]);
    const list = await t.http.get('/claims').query({ q: first.body.order.orderId }).set(t.auth('agent')).expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id).sort()).toEqual([first.body.id, second.body.id].sort());
  });

  const valid = claimBody();
  const BAD_BODIES: Array<[string, unknown, number]> = [
    ['missing channel', { ...valid, channel: undefined }, 400],
    ['missing order', { ...valid, order: undefined }, 400],
    ['price as a string', { ...valid, order: { ...valid.order, price: '84990' } }, 400],
    ['negative price', { ...valid, order: { ...valid.order, price: -1 } }, 400],
    ['unknown channel', { ...valid, channel: 'carrier_pigeon' }, 400],
    ['unknown remedy', { ...valid, demandedRemedy: 'free_sofa' }, 400],
    ['unknown property', { ...valid, vip: true }, 400],
    ['impossible date', { ...valid, order: { ...valid.order, purchasedAt: '2026-02-30' } }, 400],
    ['no phone nor email', { ...valid, customer: { name: 'X' } }, 400],
    ['array instead of object', [valid], 400],
    ['oversized body', { ...valid, description: 'x'.repeat(600_000) }, 413],
  ];

  it.each(BAD_BODIES)('rejects a bad intake (%s) with a problem+json 4xx and creates nothing', async (_name, body, status) => {
    const before = await countClaims(t);
    const res = await t.http.post('/claims').set(t.auth('agent')).send(body as object);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(res.body.status).toBe(status);
    if (status === 400) expect(Array.isArray(res.body.errors) && res.body.errors.length > 0).toBe(true);
    expect(await countClaims(t)).toBe(before);
  });

  it('rejects malformed JSON and bad list filters with 400', async () => {
    const res = await t.http.post('/claims').set(t.auth('agent')).set('Content-Type', 'application/json').send('{"channel": ');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
    await t.http.get('/claims').query({ status: 'lost' }).set(t.auth('agent')).expect(400);
    await t.http.get('/claims').query({ limit: 0 }).set(t.auth('agent')).expect(400);
    await t.http.get('/claims').query({ cursor: 'garbage' }).set(t.auth('agent')).expect(400);
  });

  it('pages the list with a cursor, newest first, without overlaps', async () => {
    const orderId = `ORD-PAGE-${randomUUID().slice(0, 6)}`;
    for (let i = 0; i < 5; i++) {
      await t.http.post('/claims').set(t.auth('agent')).send(claimBody({ order: { ...valid.order, orderId }, customer: { name: `P${i}`, email: `p${i}-${orderId}@example.com` } })).expect(201);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.http.get('/claims').query({ q: orderId.toLowerCase(), limit: 2, ...(cursor ? { cursor } : {}) }).set(t.auth('agent')).expect(200);
      seen.push(...page.body.items.map((c: { id: string }) => c.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('enforces roles: 401 without a key, 403 for a role that may not act', async () => {
    const created = await t.http.post('/claims').set(t.auth('integration')).send(claimBody()).expect(201);
    const id = created.body.id;
    await t.http.post('/claims').send(claimBody()).expect(401);
    await t.http.post('/claims').set('Authorization', 'Bearer wce_nothing_here').send(claimBody()).expect(401);
    await t.http.post('/claims').set(t.auth('auditor')).send(claimBody()).expect(403);
    await t.http.post('/claims').set(t.auth('supplier')).send(claimBody()).expect(403);
    await t.http.get('/claims').set(t.auth('supplier')).expect(403);
    await t.http.get(`/claims/${id}`).set(t.auth('supplier')).expect(403);
    await t.http.post(`/claims/${id}/triage`).set(t.auth('integration')).send({ type: 'product_quality', unit: 'sales', defectCode: 'other', severity: 'low' }).expect(403);
    await t.http.post(`/claims/${id}/withdraw`).set(t.auth('auditor')).send({ reason: 'x' }).expect(403);
    // care staff answer customers from the history (DESIGN); suppliers may not read it
    await t.http.get(`/claims/${id}/history`).set(t.auth('agent')).expect(200);
    await t.http.get(`/claims/${id}/history`).set(t.auth('supplier')).expect(403);
    await t.http.get(`/claims/${id}/history`).set(t.auth('supervisor')).expect(200);
    const actor = (await t.http.get(`/claims/${id}/history`).set(t.auth('auditor')).expect(200)).body.events[0].actor;
    expect(actor).toMatchObject({ name: 'e2e integration', role: 'integration' });
    expect(await historyActions(t, id)).toEqual(['claim.received']);
  });
});

describe('claims API on a real dev server with short policy durations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ policyFile: SHORT_POLICY });
  });
  afterAll(async () => {
    await t?.close();
  });

  const REMEDIES = [
    { kind: 'refund' },
    { kind: 'replacement', qualityCheck: true, outOfStock: false },
    { kind: 'repair', agreedRepairDays: 20 },
    { kind: 'rejected', reason: 'wear and tear, not a defect' },
    { kind: 'price_reduction' },
  ];

  it.each(CHANNELS.map((channel, i) => [channel, REMEDIES[i % REMEDIES.length]] as const))(
    'takes a %s claim through every status to closed, the survey answered through its link',
    async (channel, remedy) => {
      const created = await t.http.post('/claims').set(t.auth('agent')).send(claimBody({ channel })).expect(201);
      const id: string = created.body.id;
      expect(created.body).toMatchObject({ status: 'received', channel, allowedActions: ['triage', 'notes', 'withdraw', 'waiting_on_customer', 'correct_order'] });
      expect(created.body.number).toMatch(/^CL-\d{4}-\d{6,}$/);
      expect(created.headers.location).toBe(`/claims/${id}`);

      const triaged = await t.http
        .post(`/claims/${id}/triage`)
        .set(t.auth('agent'))
        .send({ type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium', notes: 'photos confirm' })
        .expect(200);
      expect(triaged.body.status).toBe('triaged');
      expect(triaged.body.sla.respondedAt).toBeDefined();

      const chosen = await t.http.post(`/claims/${id}/remedy`).set(t.auth('supervisor')).send(remedy).expect(200);
      expect(chosen.body.status).toBe('remedy_in_progress');
      expect(chosen.body.remedy.kind).toBe(remedy.kind);
      expect(chosen.body.statutory.deadlineAt).toBeDefined();

      const done = await t.http.post(`/claims/${id}/remedy/complete`).set(t.auth('agent')).send({ notes: 'done' }).expect(200);
      expect(done.body.status).toBe('follow_up');
      expect(done.body.followUp.survey.status).toBe('scheduled');

      const answered = await answerSurvey(t, id, { csat: 5, nps: 10, ces: 7 });
      expect(answered.status).toBe(200);
      const closed = await waitFor(t, id, (c) => c.status === 'closed');
      expect(closed.closedReason).toBe('completed');
      expect(closed.allowedActions).toEqual(['notes', 'reopen']);

      // readable by number, live from the workflow
      const byNumber = await t.http.get(`/claims/${created.body.number}`).set(t.auth('auditor')).expect(200);
      expect(byNumber.body.id).toBe(id);
      expect(byNumber.body.status).toBe('closed');

      expect(await historyActions(t, id)).toEqual([
        'claim.received',
        'claim.triaged',
        'remedy.chosen',
        'remedy.completed',
        'followup.started',
        'survey.sent',
        'survey.answered',
        'claim.closed',
      ]);
      const notified = await t.db.query(`SELECT kind, status FROM notifications WHERE claim_id = $1 ORDER BY created_at, id`, [id]);
      expect(notified.map((n: { kind: string }) => n.kind)).toEqual(['claim_received', 'remedy_chosen', 'claim_resolved', 'survey_link']);

      const list = await t.http.get('/claims').query({ channel, status: 'closed', limit: 200 }).set(t.auth('agent')).expect(200);
      expect(list.body.items.map((c: { id: string }) => c.id)).toContain(id);
    },
  );

  it('breaches the first-response SLA on time and the read model and search attributes show it', async () => {
    const created = await t.http.post('/claims').set(t.auth('agent')).send(claimBody()).expect(201);
    const id = created.body.id;
    expect(created.body.sla.breached).toBe(false);
    const dueIn = new Date(created.body.sla.firstResponseDueAt).getTime() - Date.now();
    await new Promise((r) => setTimeout(r, Math.max(dueIn, 0) + 1500));
    const live = await t.http.get(`/claims/${id}`).set(t.auth('agent')).expect(200);
    expect(live.body.sla.breached).toBe(true);
    const list = await t.http.get('/claims').query({ slaBreached: 'true', limit: 200 }).set(t.auth('agent')).expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).toContain(id);
    expect(await historyActions(t, id)).toEqual(['claim.received', 'sla.breached']);
  });
});
