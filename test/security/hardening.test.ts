/**
 * Hardening over HTTP: rate limits per API key, key rotation and revocation taking
 * effect at once, security headers, and no internals in errors.
 */
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/test-app';

const PROBLEM_JSON = /^application\/problem\+json/;

describe('rate limits per API key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ rateLimitPerMinute: 3 });
  });
  afterAll(() => t?.close());

  it('answers 429 problem+json with Retry-After once a key used its allowance; other keys go on', async () => {
    for (let i = 0; i < 3; i++) await t.http.get('/claims?limit=1').set(t.auth('agent')).expect(200);
    const res = await t.http.get('/claims?limit=1').set(t.auth('agent')).expect(429);
    expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(res.body).toMatchObject({ status: 429, title: 'Too many requests', retryAfterSeconds: Number(res.headers['retry-after']) });
    await t.http.get('/claims?limit=1').set(t.auth('supervisor')).expect(200);
    // health and metrics need no key and are not limited per key
    for (let i = 0; i < 5; i++) await t.http.get('/metrics').expect(200);
  });
});

describe('limits per client address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ addressLimits: { authFailures: 3, surveys: 3 } });
  });
  afterAll(() => t?.close());

  it('after a few wrong keys from one address, answers 429 without checking keys, a right one included', async () => {
    for (let i = 0; i < 3; i++) await t.http.get('/claims?limit=1').set('Authorization', `Bearer guess-${i}-${randomUUID()}`).expect(401);
    const refused = await t.http.get('/claims?limit=1').set('Authorization', `Bearer guess-${randomUUID()}`).expect(429);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(refused.body.detail).toBe('Too many failed authentications from this address; retry after the Retry-After delay.');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // a right key from the same address gets the same answer: a 429 must not tell a right guess from a wrong one
    await t.http.get('/claims?limit=1').set(t.auth('agent')).expect(429);
    // requests without a key are not guesses
    await t.http.get('/claims?limit=1').expect(401);
  });

  it('limits requests to survey links per address', async () => {
    for (let i = 0; i < 3; i++) await t.http.get(`/surveys/forged-${i}`).set('Accept', 'application/json').expect((res) => expect(res.status).not.toBe(429));
    const refused = await t.http.get('/surveys/forged-x').set('Accept', 'application/json').expect(429);
    expect(refused.body.detail).toBe('Too many requests from this address; retry after the Retry-After delay.');
  });
});

describe('API keys, headers and errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const admin = () => t.auth('admin');

  it('rotation: same id and role, the new key works, the old one is refused from the next request', async () => {
    const created = (await t.http.post('/admin/api-keys').set(admin()).send({ name: 'rotating gateway', role: 'integration' }).expect(201)).body;
    const oldKey = { Authorization: `Bearer ${created.key}` };
    await t.http.post('/claims').set(oldKey).send({}).expect(400);
    const rotated = await t.http.post(`/admin/api-keys/${created.id}/rotate`).set(admin()).send({}).expect(200);
    expect(rotated.headers['cache-control']).toBe('no-store');
    expect(rotated.body).toMatchObject({ id: created.id, name: 'rotating gateway', role: 'integration' });
    expect(rotated.body.key).not.toBe(created.key);
    const refused = await t.http.post('/claims').set(oldKey).send({}).expect(401);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
    await t.http.post('/claims').set('Authorization', `Bearer ${rotated.body.key}`).send({}).expect(400);
  });

  it('revocation takes effect on the next request, and a revoked key cannot be rotated back', async () => {
    const created = (await t.http.post('/admin/api-keys').set(admin()).send({ name: 'leaked', role: 'auditor' }).expect(201)).body;
    const key = { Authorization: `Bearer ${created.key}` };
    await t.http.get('/audit/events?limit=1').set(key).expect(200);
    await t.http.delete(`/admin/api-keys/${created.id}`).set(admin()).expect(204);
    await t.http.get('/audit/events?limit=1').set(key).expect(401);
    const res = await t.http.post(`/admin/api-keys/${created.id}/rotate`).set(admin()).send({}).expect(409);
    expect(res.body.detail).toMatch(/revoked/);
  });

  it('rotation refuses the bootstrap admin key, an unknown id and a malformed one', async () => {
    const keys = (await t.http.get('/admin/api-keys').set(admin()).expect(200)).body as { id: string; name: string }[];
    const bootstrap = keys.find((k) => k.name === 'bootstrap-admin')!;
    expect((await t.http.post(`/admin/api-keys/${bootstrap.id}/rotate`).set(admin()).send({}).expect(409)).body.detail).toMatch(/ADMIN_API_KEY/);
    await t.http.post(`/admin/api-keys/${randomUUID()}/rotate`).set(admin()).send({}).expect(404);
    const bad = await t.http.post('/admin/api-keys/nope/rotate').set(admin()).send({}).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
  });

  it('sends the security headers on answers and on errors', async () => {
    for (const res of [await t.http.get('/health'), await t.http.get('/claims').expect(401)]) {
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
        'cache-control': 'no-store',
      });
      expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('never shows SQL, stacks or internals, even for input that reaches the database', async () => {
    const cursor = Buffer.from('9999999999999999999').toString('base64url');
    const answers = [
      await t.http.get('/audit/events').query({ cursor }).set(t.auth('auditor')),
      await t.http.get('/claims/not-a-claim').set(t.auth('agent')),
      await t.http.get('/audit/claims/CL-2026-999999/verify').set(t.auth('auditor')),
      await t.http.post('/codec/decode').set(t.auth('agent')).set('Content-Type', 'application/json').send('{"payloads": ['),
    ];
    expect(answers.map((r) => r.status)).toEqual([400, 404, 404, 400]);
    for (const res of answers) {
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(JSON.stringify(res.body)).not.toMatch(/SELECT|bigint|QueryFailed|at .*\.ts:\d+|node_modules/i);
    }
  });
});
