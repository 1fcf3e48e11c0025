/**
 * Supplier disputes end to end over HTTP, against the real Temporal dev server and
 * PostgreSQL, with a local HTTP receiver standing in for the supplier's endpoint:
 * signatures verify; a receiver that fails twice still gets exactly one delivery of each
 * event id once it recovers; supplier A can read and act on none of supplier B's tasks;
 * an auditor can act on none.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from '@temporalio/client';
import { verifyWebhookSignature } from '../../activities/supplier-disputes/webhook-signature';
import { TEMPORAL_CLIENT } from '../../src/temporal/temporal.module';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { disputeWorkflowId } from '../../workflows/supplier-dispute/dispute.messages';
import { eventually } from '../support/eventually';
import { recordHistory } from '../support/record-history';
import { claimBody, startTestApp, type TestApp } from '../support/test-app';

interface Received {
  eventId: string;
  type: string;
  status: number;
  signatureValid: boolean;
  body: Record<string, any>;
  raw: string;
}

/** The supplier's endpoint: answers 500 to its first `failFirst` requests, then 200; keeps everything it saw. */
async function startReceiver(secret: string, failFirst: number) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const status = received.length < failFirst ? 500 : 200;
      received.push({
        eventId: String(req.headers['x-event-id']),
        type: String(req.headers['x-event-type']),
        status,
        signatureValid: verifyWebhookSignature(raw, secret, req.headers['x-signature'] as string | undefined),
        body: JSON.parse(raw),
        raw,
      });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/claims`,
    received,
    delivered: () => received.filter((r) => r.status === 200),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}


const TRIAGE = { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' };
const DISPUTE = {
  kind: 'manufacturing_defect',
  amountClaimed: 12500,
  currency: 'RUB',
  message: 'Filler of the seat cushions shrank within 5 months.',
  evidenceUrls: ['https://files.example.com/claims/closeup.jpg'],
};

describe('supplier disputes API', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const secret = `whsec_${randomBytes(12).toString('hex')}`;
  const suffix = randomUUID().slice(0, 8);
  const supplierA = `yug-${suffix}`;
  const supplierB = `sever-${suffix}`;
  const keyA: Record<string, string> = {};
  const keyB: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ outboundAllowedNetworks: '127.0.0.1/32' });
    receiver = await startReceiver(secret, 2);
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });

  async function triagedClaim(supplierId: string): Promise<{ id: string; customer: Record<string, string> }> {
    const body = claimBody();
    body.order.supplierId = supplierId;
    const created = await t.http.post('/claims').set(t.auth('agent')).send(body).expect(201);
    await t.http.post(`/claims/${created.body.id}/triage`).set(t.auth('agent')).send(TRIAGE).expect(200);
    return { id: created.body.id, customer: body.customer };
  }

  it('registers suppliers: validates, refuses duplicates, never shows the webhook secret', async () => {
    const missingSecret = await t.http.post('/suppliers').set(t.auth('supervisor')).send({ id: supplierA, name: 'Fabrika Yug', webhookUrl: receiver.url });
    expect(missingSecret.status).toBe(400);
    expect(missingSecret.body.errors).toEqual([{ field: 'webhookSecret', message: 'a webhookUrl needs a webhookSecret to sign the deliveries with' }]);

    const badBody = await t.http.post('/suppliers').set(t.auth('supervisor')).send({ id: 'has space', name: '', responseBusinessDays: 0, webhookUrl: 'ftp://x' });
    expect(badBody.status).toBe(400);
    expect(badBody.headers['content-type']).toMatch(/problem\+json/);
    expect(badBody.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['id', 'name', 'responseBusinessDays', 'webhookUrl']);

    const created = await t.http
      .post('/suppliers')
      .set(t.auth('supervisor'))
      .send({ id: supplierA, name: 'Fabrika Yug', contact: { email: 'claims@yug.example' }, webhookUrl: receiver.url, webhookSecret: secret, reminderBusinessDaysBefore: [2] })
      .expect(201);
    expect(created.body).toMatchObject({
      id: supplierA,
      webhookUrl: receiver.url,
      webhookSecretSet: true,
      active: true,
      responseBusinessDays: null,
      effectiveResponseBusinessDays: 10,
      effectiveReminderBusinessDaysBefore: [2],
    });
    expect(JSON.stringify(created.body)).not.toContain(secret);
    // at rest the secret is sealed with the payload codec's key, which the database does not hold
    const [stored] = await t.db.query(`SELECT webhook_secret FROM suppliers WHERE id = $1`, [supplierA]);
    expect(stored.webhook_secret).toMatch(/^enc:v1:test:/);
    expect(stored.webhook_secret).not.toContain(secret);
    await t.http.post('/suppliers').set(t.auth('admin')).send({ id: supplierB, name: 'Mebel Sever' }).expect(201);

    const again = await t.http.post('/suppliers').set(t.auth('supervisor')).send({ id: supplierA, name: 'Other' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('already exists');

    const patched = await t.http.patch(`/suppliers/${supplierB}`).set(t.auth('supervisor')).send({ responseBusinessDays: 5 }).expect(200);
    expect(patched.body).toMatchObject({ responseBusinessDays: 5, effectiveResponseBusinessDays: 5, webhookSecretSet: false });
    const listed = await t.http.get('/suppliers?limit=200').set(t.auth('supervisor')).expect(200);
    expect(listed.body.items.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([supplierA, supplierB]));
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    await t.http.post('/suppliers').set(t.auth('agent')).send({ id: `x-${suffix}`, name: 'X' }).expect(403);
    await t.http.get(`/suppliers/nope-${suffix}`).set(t.auth('supervisor')).expect(404);
  });

  it('gives API keys to registered suppliers only', async () => {
    const keysBefore = (await t.http.get('/admin/api-keys').set(t.auth('admin')).expect(200)).body.length;
    const unknown = await t.http.post('/admin/api-keys').set(t.auth('admin')).send({ name: 'ghost', role: 'supplier', supplierId: `ghost-${suffix}` });
    expect(unknown.status).toBe(400);
    expect(unknown.headers['content-type']).toMatch(/problem\+json/);
    expect(unknown.body.errors).toEqual([{ field: 'supplierId', message: `no supplier "ghost-${suffix}" in the registry (POST /suppliers first)` }]);
    expect((await t.http.get('/admin/api-keys').set(t.auth('admin')).expect(200)).body.length).toBe(keysBefore);

    for (const [id, key] of [
      [supplierA, keyA],
      [supplierB, keyB],
    ] as const) {
      const res = await t.http
        .post('/admin/api-keys')
        .set(t.auth('admin'))
        .send({ name: `${id} integration`, role: 'supplier', supplierId: id })
        .expect(201);
      key.Authorization = `Bearer ${res.body.key}`;
    }
  });

  it('opens a dispute, delivers signed webhooks exactly once per event through receiver failures, and runs it to settled', async () => {
    const { id: claimId, customer } = await triagedClaim(supplierA);
    const before = Number((await t.db.query(`SELECT count(*) AS n FROM supplier_disputes`))[0].n);
    const bad = await t.http.post(`/claims/${claimId}/supplier-disputes`).set(t.auth('agent')).send({ ...DISPUTE, kind: 'act_of_god', amountClaimed: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['amountClaimed', 'kind']);
    await t.http.post(`/claims/${claimId}/supplier-disputes`).set(t.auth('auditor')).send(DISPUTE).expect(403);
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM supplier_disputes`))[0].n)).toBe(before);

    const opened = await t.http.post(`/claims/${claimId}/supplier-disputes`).set(t.auth('agent')).set('Idempotency-Key', `open-${suffix}`).send(DISPUTE).expect(201);
    const disputeId: string = opened.body.id;
    expect(opened.body).toMatchObject({ status: 'awaiting_supplier', supplierId: supplierA, amountClaimed: 12500, responseBusinessDays: 10, allowedActions: ['accept', 'reject', 'escalate', 'write_off'] });
    expect(opened.body.remindersAt).toHaveLength(1);
    const replay = await t.http.post(`/claims/${claimId}/supplier-disputes`).set(t.auth('agent')).set('Idempotency-Key', `open-${suffix}`).send(DISPUTE).expect(201);
    expect(replay.body.id).toBe(disputeId);

    // the supplier's endpoint fails twice, then gets task.created exactly once
    await eventually(() => receiver.delivered(), (d) => d.some((r) => r.type === 'task.created'));
    const created = receiver.received.filter((r) => r.type === 'task.created');
    expect(created.map((r) => r.status)).toEqual([500, 500, 200]);
    expect(new Set(created.map((r) => r.eventId)).size).toBe(1);
    expect(created.every((r) => r.signatureValid)).toBe(true);
    expect(created[0].body).toMatchObject({ id: created[0].eventId, type: 'task.created', data: { taskId: disputeId, kind: 'manufacturing_defect', amountClaimed: 12500 } });
    for (const pii of [customer.name, customer.phone, customer.email]) expect(created[0].raw).not.toContain(pii);

    // the supplier sees its task, with the facts it needs and nothing of the customer
    const list = await t.http.get('/supplier/tasks?status=awaiting_supplier').set(keyA).expect(200);
    expect(list.body.items.map((x: { id: string }) => x.id)).toContain(disputeId);
    const task = await t.http.get(`/supplier/tasks/${disputeId}`).set(keyA).expect(200);
    expect(task.body).toMatchObject({
      id: disputeId,
      status: 'awaiting_supplier',
      allowedActions: ['accept', 'reject'],
      facts: { product: { sku: 'SOFA-OSLO-3' }, defect: { code: 'upholstered.filler_shrinkage' } },
    });
    expect(task.body.facts.evidenceUrls).toEqual(['https://files.example.com/claims/abc.jpg', 'https://files.example.com/claims/closeup.jpg']);
    for (const pii of [customer.name, customer.phone, customer.email, 'Agent']) expect(JSON.stringify(task.body)).not.toContain(pii);

    // supplier B and an auditor can do nothing with it; B cannot even tell it exists
    await t.http.get(`/supplier/tasks/${disputeId}`).set(keyB).expect(404);
    await t.http.post(`/supplier/tasks/${disputeId}/accept`).set(keyB).send({ remedy: 'repair' }).expect(404);
    await t.http.post(`/supplier/tasks/${disputeId}/reject`).set(keyB).send({ reason: 'no' }).expect(404);
    expect((await t.http.get('/supplier/tasks').set(keyB).expect(200)).body.items.map((x: { id: string }) => x.id)).not.toContain(disputeId);
    await t.http.post(`/supplier/tasks/${disputeId}/accept`).set(t.auth('auditor')).send({ remedy: 'repair' }).expect(403);
    await t.http.post(`/claims/${claimId}/supplier-disputes/${disputeId}/settle`).set(t.auth('auditor')).send({ amount: 1, reason: 'x' }).expect(403);
    await t.http.get(`/supplier/tasks/not-a-uuid`).set(keyA).expect(404);

    // staff cannot settle before the supplier answers
    const early = await t.http.post(`/claims/${claimId}/supplier-disputes/${disputeId}/settle`).set(t.auth('supervisor')).send({ amount: 100, reason: 'x' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ allowedActions: ['accept', 'reject', 'escalate', 'write_off'] });
    expect(early.body.detail).toContain('the supplier has not answered yet');

    const noAmount = await t.http.post(`/supplier/tasks/${disputeId}/accept`).set(keyA).send({ remedy: 'compensation' });
    expect(noAmount.status).toBe(400);
    expect(noAmount.body.errors).toEqual([{ field: 'amount', message: 'a compensation offer needs an amount' }]);
    const accepted = await t.http.post(`/supplier/tasks/${disputeId}/accept`).set(keyA).send({ remedy: 'compensation', amount: 12500, expectedDate: '2026-12-10' }).expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', allowedActions: [], response: { outcome: 'accepted', remedy: 'compensation', amount: 12500 } });
    const again = await t.http.post(`/supplier/tasks/${disputeId}/reject`).set(keyA).send({ reason: 'changed our mind' }).expect(409);
    // what the supplier may do now (nothing), never the care staff's settle / escalate / write off
    expect(again.body.allowedActions).toEqual([]);

    const settled = await t.http.post(`/claims/${opened.body.claimNumber}/supplier-disputes/${disputeId}/settle`).set(t.auth('supervisor')).send({ amount: 10000, reason: 'credit note 4411' }).expect(200);
    expect(settled.body).toMatchObject({ status: 'settled', settlement: { amount: 10000 } });
    // the supplier still sees its settled task: answering it is refused with the reason, not a 404
    await eventually(async () => (await t.http.get(`/supplier/tasks/${disputeId}`).set(keyA).expect(200)).body, (task) => task.status === 'settled');
    const late = await t.http.post(`/supplier/tasks/${disputeId}/accept`).set(keyA).send({ remedy: 'repair' }).expect(409);
    expect(late.body).toMatchObject({ detail: 'cannot accept the task: it is settled, nothing is awaited from the supplier', allowedActions: [] });

    await eventually(() => receiver.delivered(), (d) => d.some((r) => r.type === 'task.settled'));
    const delivered = receiver.delivered().filter((r) => r.body.data.taskId === disputeId);
    expect(delivered.map((r) => r.type)).toEqual(['task.created', 'task.settled']);
    expect(new Set(delivered.map((r) => r.eventId)).size).toBe(delivered.length); // one delivery per event id
    expect(delivered.every((r) => r.signatureValid)).toBe(true);
    const rows = await t.db.query(`SELECT type, status, attempts FROM webhook_deliveries WHERE event_id LIKE $1 ORDER BY created_at`, [`${disputeId}:%`]);
    expect(rows).toEqual([
      { type: 'task.created', status: 'delivered', attempts: 3 },
      { type: 'task.settled', status: 'delivered', attempts: 1 },
    ]);

    const claim = await eventually(
      async () => (await t.http.get(`/claims/${claimId}`).set(t.auth('auditor')).expect(200)).body,
      (c) => c.disputes[0]?.status === 'settled',
    );
    expect(claim.disputes).toEqual([expect.objectContaining({ id: disputeId, status: 'settled', settledAmount: 10000 })]);
    const history = await eventually(
      async () => (await t.http.get(`/claims/${claimId}/history`).set(t.auth('auditor')).expect(200)).body.events,
      (events: Array<{ action: string; actor: unknown }>) => events.some((e) => e.action === 'dispute.settled'),
    );
    expect(history.map((e) => e.action)).toEqual(['claim.received', 'claim.triaged', 'dispute.opened', 'dispute.accepted', 'dispute.settled']);
    expect(history.find((e) => e.action === 'dispute.accepted')?.actor).toMatchObject({ role: 'supplier', name: `${supplierA} integration` });

    const card = await t.http.get(`/suppliers/${supplierA}/scorecard`).set(t.auth('supervisor')).expect(200);
    expect(card.body).toMatchObject({
      supplierId: supplierA,
      disputes: { total: 1, open: 0, closed: 1, settled: 1, writtenOff: 0 },
      responses: { accepted: 1, rejected: 0, unanswered: 0 },
      acceptanceRate: 1,
      deadlineBreaches: 0,
      amounts: [{ currency: 'RUB', claimed: 12500, recovered: 10000 }],
    });
    expect(card.body.medianResponseBusinessHours).toBeGreaterThanOrEqual(0);
    await recordHistory(t, disputeWorkflowId(disputeId), 'supplier-dispute-settled.json');
  });

  it('a supplier without a webhook gets its tasks through the API; staff escalate, filter, write off', async () => {
    const { id: claimId } = await triagedClaim(supplierB);
    const opened = await t.http.post(`/claims/${claimId}/supplier-disputes`).set(t.auth('agent')).send({ ...DISPUTE, kind: 'late_delivery' }).expect(201);
    const disputeId: string = opened.body.id;
    expect(opened.body.responseBusinessDays).toBe(5);
    await t.http.get(`/supplier/tasks/${disputeId}`).set(keyB).expect(200);
    await t.http.get(`/supplier/tasks/${disputeId}`).set(keyA).expect(404);

    const withdraw = await t.http.post(`/claims/${claimId}/withdraw`).set(t.auth('agent')).send({ reason: 'customer gave up' });
    expect(withdraw.status).toBe(409);
    expect(withdraw.body.detail).toBe('1 supplier dispute is still open: settle or write it off first');

    await t.http.post(`/claims/${claimId}/supplier-disputes/${disputeId}/escalate`).set(t.auth('supervisor')).send({ reason: 'call them' }).expect(200);
    const twice = await t.http.post(`/claims/${claimId}/supplier-disputes/${disputeId}/escalate`).set(t.auth('supervisor')).send({ reason: 'again' });
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toBe('the dispute is already escalated');

    const escalated = await eventually(
      async () => (await t.http.get('/claims?disputes=escalated&limit=200').set(t.auth('supervisor')).expect(200)).body.items,
      (items: Array<{ id: string }>) => items.some((c) => c.id === claimId),
    );
    expect(escalated.find((c: { id: string }) => c.id === claimId)).toMatchObject({ openDisputes: 1 });
    await t.http.get('/claims?disputes=nonsense').set(t.auth('supervisor')).expect(400);
    const task = await t.http.get(`/supplier/tasks/${disputeId}`).set(keyB).expect(200);
    expect(task.body).toMatchObject({ escalated: true });
    expect(JSON.stringify(task.body)).not.toContain('call them');

    // another claim's dispute id under this claim is a 404
    const other = await triagedClaim(supplierB);
    await t.http.post(`/claims/${other.id}/supplier-disputes/${disputeId}/write-off`).set(t.auth('agent')).send({ reason: 'x' }).expect(404);

    await t.http.post(`/claims/${claimId}/supplier-disputes/${disputeId}/write-off`).set(t.auth('agent')).send({ reason: 'not worth pursuing' }).expect(200);
    const deliveries = await t.db.query(`SELECT DISTINCT status FROM webhook_deliveries WHERE event_id LIKE $1`, [`${disputeId}:%`]);
    expect(deliveries).toEqual([{ status: 'skipped' }]);
    await eventually(
      async () => (await t.http.post(`/claims/${claimId}/withdraw`).set(t.auth('agent')).send({ reason: 'customer gave up' })).status,
      (status) => status === 200,
    );
    await t.http.get(`/claims/${claimId}`).set(t.auth('agent')).expect(200).expect((res) => expect(res.body.status).toBe('closed'));
    await recordHistory(t, claimWorkflowId(claimId), 'claim-with-supplier-dispute.json');
  });

  // On the real dev server: the time-skipping test server never tells a parent that its child was terminated.
  it('writes off a dispute whose workflow an operator terminated, so that its claim can close', async () => {
    const { id: claimId } = await triagedClaim(supplierB);
    const opened = await t.http.post(`/claims/${claimId}/supplier-disputes`).set(t.auth('agent')).send(DISPUTE).expect(201);
    const disputeId: string = opened.body.id;
    await t.app.get<typeof TEMPORAL_CLIENT, Client>(TEMPORAL_CLIENT).workflow.getHandle(disputeWorkflowId(disputeId)).terminate('operator cleaned up');

    const claim = await eventually(
      async () => (await t.http.get(`/claims/${claimId}`).set(t.auth('agent')).expect(200)).body,
      (c: { disputes: Array<{ status: string }>; allowedActions: string[] }) => c.disputes[0]?.status === 'written_off',
    );
    expect(claim.disputes[0]).toMatchObject({ id: disputeId, status: 'written_off', allowedActions: [] });
    expect(claim.allowedActions).toContain('withdraw');
    // the live view may run a moment ahead of the audit log, which the claim writes right after
    const abandoned = await eventually(
      async () =>
        (await t.http.get(`/claims/${claimId}/history`).set(t.auth('auditor')).expect(200)).body.events.filter(
          (e: { action: string }) => e.action === 'dispute.abandoned',
        ),
      (events: unknown[]) => events.length > 0,
    );
    expect(abandoned).toHaveLength(1);
    expect(abandoned[0]).toMatchObject({
      actor: { role: 'system' },
      data: { disputeId, ended: 'was terminated', reason: "the dispute's workflow was terminated while the dispute was awaiting supplier: written off by the engine" },
    });
    const task = await eventually(
      async () => (await t.http.get(`/supplier/tasks/${disputeId}`).set(keyB).expect(200)).body,
      (body: { status: string }) => body.status === 'written_off',
    );
    expect(task).toMatchObject({ status: 'written_off', allowedActions: [] });

    await t.http.post(`/claims/${claimId}/withdraw`).set(t.auth('agent')).send({ reason: 'customer gave up' }).expect(200);
    await recordHistory(t, claimWorkflowId(claimId), 'claim-dispute-abandoned.json');
  });
});
