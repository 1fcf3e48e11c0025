/**
 * Customer data never reaches Temporal in clear: a history read straight from the
 * server (no codec) holds no name, phone or e-mail; the remote codec endpoints decode
 * it back for staff, with CORS for the web UI. With RECORD_HISTORIES=1 this also records
 * test/histories/claim-encrypted-lifecycle.json (replayed by test/replay after a key rotation).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { TEMPORAL_CLIENT } from '../../src/temporal/temporal.module';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { HISTORY_KEY_2019 } from '../support/history-codec-keys';
import { claimBody, REPO_ROOT, startTestApp, type TestApp } from '../support/test-app';

const UI_ORIGIN = 'http://localhost:8233';
const CUSTOMER = { name: 'Зинаида Кодекова', phone: '+79035551234', email: 'zinaida.kodekova@example.org', language: 'ru' };
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('payload codec', () => {
  let t: TestApp;
  let client: Client;
  let claimId: string;
  let rawHistory: temporal.api.history.v1.IHistory;

  beforeAll(async () => {
    t = await startTestApp({ payloadCodecKeys: HISTORY_KEY_2019, codecCorsOrigins: UI_ORIGIN });
    client = t.app.get<typeof TEMPORAL_CLIENT, Client>(TEMPORAL_CLIENT);
    const created = await t.http.post('/claims').set(t.auth('agent')).send(claimBody({ customer: CUSTOMER })).expect(201);
    claimId = created.body.id;
    expect(created.body.customer).toEqual(CUSTOMER);
    const act = (action: string, body: object) => t.http.post(`/claims/${claimId}/${action}`).set(t.auth('agent')).send(body).expect(200);
    await act('triage', { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' });
    await act('notes', { text: 'customer sent photos' });
    await act('remedy', { kind: 'refund' });
    await act('remedy/complete', { notes: 'refund paid' });
    // straight from the server: the gRPC API, no data converter
    const response = await client.connection.workflowService.getWorkflowExecutionHistory({
      namespace: t.config.temporal.namespace,
      execution: { workflowId: claimWorkflowId(claimId) },
    });
    rawHistory = response.history!;
  });
  afterAll(() => t?.close());

  it('leaves no customer data in clear in the history on the server', () => {
    const bytes = Buffer.from(temporal.api.history.v1.History.encode(rawHistory).finish());
    for (const secret of [CUSTOMER.name, 'Кодекова', CUSTOMER.phone, '5551234', CUSTOMER.email, 'kodekova']) {
      expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
    }
    const started = rawHistory.events![0].workflowExecutionStartedEventAttributes!;
    const [input] = started.input!.payloads!;
    expect(Buffer.from(input.metadata!.encoding!).toString()).toBe('binary/encrypted');
    expect(Buffer.from(input.metadata!['encryption-key-id']!).toString()).toBe('hist-2019');
    // while the claim, read through the API, is whole
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('decodes through /codec/decode for staff, and encode → decode round-trips', async () => {
    const [input] = rawHistory.events![0].workflowExecutionStartedEventAttributes!.input!.payloads!;
    const body = {
      payloads: [
        {
          metadata: Object.fromEntries(Object.entries(input.metadata!).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
          data: Buffer.from(input.data!).toString('base64'),
        },
      ],
    };
    const decoded = await t.http.post('/codec/decode').set(t.auth('supervisor')).set('X-Namespace', 'default').send(body).expect(200);
    const [plain] = decoded.body.payloads;
    expect(Buffer.from(plain.metadata.encoding, 'base64').toString()).toBe('json/plain');
    expect(JSON.parse(Buffer.from(plain.data, 'base64').toString()).intake.customer).toEqual(CUSTOMER);

    const original = { payloads: [{ metadata: { encoding: b64('json/plain') }, data: b64(JSON.stringify({ email: CUSTOMER.email })) }] };
    const encoded = await t.http.post('/codec/encode').set(t.auth('agent')).send(original).expect(200);
    expect(Buffer.from(encoded.body.payloads[0].data, 'base64').toString('latin1')).not.toContain('kodekova');
    const back = await t.http.post('/codec/decode').set(t.auth('agent')).send(encoded.body).expect(200);
    expect(back.body).toEqual(original);
  });

  it('refuses an altered payload and a malformed body with a 400 naming the payload', async () => {
    const encoded = (await t.http.post('/codec/encode').set(t.auth('agent')).send({ payloads: [{ metadata: { encoding: b64('json/plain') }, data: b64('1') }] })).body;
    const data = Buffer.from(encoded.payloads[0].data, 'base64');
    data[data.length - 1] ^= 1;
    const altered = { payloads: [{ ...encoded.payloads[0], data: data.toString('base64') }] };
    const res = await t.http.post('/codec/decode').set(t.auth('agent')).send(altered).expect(400);
    expect(res.body.errors).toEqual([{ field: 'payloads[0]', message: expect.stringMatching(/failed authentication/) }]);
    const malformed = await t.http.post('/codec/decode').set(t.auth('agent')).send({ payloads: [{ data: '***' }] }).expect(400);
    expect(malformed.body.errors).toEqual([{ field: 'payloads[0].data', message: 'data must be a base64 string' }]);
  });

  it('answers the web UI\'s CORS preflight for its origin only, without a key', async () => {
    const preflight = await t.http
      .options('/codec/decode')
      .set('Origin', UI_ORIGIN)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type,x-namespace')
      .expect(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(UI_ORIGIN);
    expect(preflight.headers['access-control-allow-credentials']).toBe('true');
    expect(preflight.headers['access-control-allow-headers']).toMatch(/Authorization.*X-Namespace/);
    const foreign = await t.http.options('/codec/decode').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'POST');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const post = await t.http.post('/codec/encode').set('Origin', UI_ORIGIN).set(t.auth('agent')).send({ payloads: [] }).expect(200);
    expect(post.headers['access-control-allow-origin']).toBe(UI_ORIGIN);
    await t.http.post('/codec/decode').set('Origin', UI_ORIGIN).send({ payloads: [] }).expect(401);
  });

  it('the API still reads the claim through the codec (query answers are encrypted too)', async () => {
    const res = await t.http.get(`/claims/${claimId}`).set(t.auth('agent')).expect(200);
    expect(res.body.customer).toEqual(CUSTOMER);
    expect(res.body.status).toBe('follow_up'); // resolved: the survey is under way
    if (process.env.RECORD_HISTORIES === '1') {
      const history = await client.workflow.getHandle(claimWorkflowId(claimId)).fetchHistory();
      const file = path.join(REPO_ROOT, 'test', 'histories', 'claim-encrypted-lifecycle.json');
      fs.writeFileSync(file, `${historyToJSON(history)}\n`);
    }
  });
});
