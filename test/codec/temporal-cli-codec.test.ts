/**
 * The Temporal CLI, as an operator types it, shows a claim's whole history decoded
 * through the API's remote codec: `temporal workflow show --codec-endpoint …/codec
 * --codec-auth "Bearer <key>"`. (The CLI posts `{}` for an empty payload set; the codec
 * used to answer that with a 400 and the command timed out.) Without the codec the same
 * history holds only encrypted payloads.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findTemporalCli } from '../../embedded/temporal-cli';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { claimBody, listenOnLoopback, startTestApp, type TestApp } from '../support/test-app';
import { testEnv } from '../support/test-env';

const run = promisify(execFile);
const b64 = (s: string) => Buffer.from(s, 'base64').toString('utf8');

interface Payload {
  metadata?: Record<string, string>;
  data?: string;
}

/** Every payload of a history (JSON as `temporal workflow show -o json` prints it). */
function payloadsOf(value: unknown, out: Payload[] = []): Payload[] {
  if (Array.isArray(value)) for (const v of value) payloadsOf(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.payloads)) out.push(...(o.payloads as Payload[]));
    for (const v of Object.values(o)) payloadsOf(v, out);
  }
  return out;
}

describe('temporal workflow show with the codec endpoint', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp();
    base = await listenOnLoopback(t);
  });
  afterAll(() => t?.close());

  it('decodes every payload of a claim history for an agent, and shows them encrypted without the codec', async () => {
    const body = claimBody();
    const id = (await t.http.post('/claims').set(t.auth('agent')).send(body).expect(201)).body.id;
    await t.http.post(`/claims/${id}/triage`).set(t.auth('agent')).send({ type: 'product_quality', unit: 'supplier', defectCode: 'other', severity: 'low' }).expect(200);
    const env = testEnv();
    const show = (extra: string[]) =>
      run(findTemporalCli(), ['workflow', 'show', '-w', claimWorkflowId(id), '--address', env.temporalAddress, '--namespace', env.temporalNamespace, '-o', 'json', ...extra], {
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
      });

    const decoded = payloadsOf(JSON.parse((await show(['--codec-endpoint', `${base}/codec`, '--codec-auth', `Bearer ${t.keys.agent}`])).stdout));
    expect(decoded.length).toBeGreaterThan(5);
    expect(decoded.filter((p) => b64(p.metadata?.encoding ?? '') === 'binary/encrypted')).toEqual([]);
    expect(decoded.map((p) => b64(p.data ?? '')).join('\n')).toContain(body.customer.phone);

    const raw = payloadsOf(JSON.parse((await show([])).stdout));
    expect(raw.length).toBe(decoded.length);
    expect(raw.filter((p) => b64(p.metadata?.encoding ?? '') === 'binary/encrypted').length).toBeGreaterThan(5);
    expect(raw.map((p) => b64(p.data ?? '')).join('\n')).not.toContain(body.customer.phone);
  });

  it('answers the empty payload set the CLI sends as {}', async () => {
    const res = await t.http.post('/codec/decode').set(t.auth('agent')).send({}).expect(200);
    expect(res.body).toEqual({ payloads: [] });
  });
});
