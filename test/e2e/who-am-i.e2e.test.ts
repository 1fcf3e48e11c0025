/**
 * GET /auth/me: every valid key, of every role, learns its own identity (id, name, role;
 * a supplier key its supplier) and nothing secret; no key, a malformed header or an
 * unknown or revoked key get a 401 problem.
 */
import { ROLES } from '../../src/auth/auth.types';
import { startTestApp, type TestApp } from '../support/test-app';

describe('who am I (GET /auth/me)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('answers each role with its own key', async () => {
    const listed = (await t.http.get('/admin/api-keys').set(t.auth('admin')).expect(200)).body as Array<{ id: string; name: string; role: string }>;
    const seen = new Set<string>();
    for (const role of ROLES) {
      const res = await t.http.get('/auth/me').set(t.auth(role)).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body.role).toBe(role);
      // the key's own row: the admin's is the bootstrap key, the others the test app's keys
      const row = listed.find((k) => k.id === res.body.id);
      expect(row).toMatchObject({ name: res.body.name, role });
      expect(res.body.name).toBe(role === 'admin' ? 'bootstrap-admin' : `e2e ${role}`);
      if (role === 'supplier') expect(res.body).toEqual({ id: row!.id, name: 'e2e supplier', role, supplierId: 'fabrika-yug' });
      else expect(Object.keys(res.body).sort()).toEqual(['id', 'name', 'role']);
      // never the key itself
      expect(JSON.stringify(res.body)).not.toContain(t.keys[role]);
      seen.add(res.body.id);
    }
    expect(seen.size).toBe(ROLES.length);
  });

  it('refuses no key, a malformed header and an unknown or revoked key with a 401 problem', async () => {
    const created = (await t.http.post('/admin/api-keys').set(t.auth('admin')).send({ name: 'who-am-i revoked', role: 'agent' }).expect(201)).body;
    await t.http.get('/auth/me').set({ Authorization: `Bearer ${created.key}` }).expect(200);
    await t.http.delete(`/admin/api-keys/${created.id}`).set(t.auth('admin')).expect(204);

    for (const headers of [{}, { Authorization: 'Basic abc' }, { Authorization: 'Bearer wce_00000000_not-a-real-key' }, { Authorization: `Bearer ${created.key}` }]) {
      const res = await t.http.get('/auth/me').set(headers).expect(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 401, instance: '/auth/me', type: expect.stringMatching(/unauthorized$/) });
    }
  });
});
