/**
 * Who may call what: every endpoint of the OpenAPI document × every role and no key,
 * from ONE table. Allowed → anything but 401/403 (the requests are built to be harmless:
 * unknown ids, invalid bodies); another role → 403; no key → 401. The table must list
 * exactly the documented endpoints, so a new endpoint cannot be forgotten here.
 */
import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '../../src/auth/auth.types';
import { startTestApp, type TestApp } from '../support/test-app';

type Method = 'get' | 'post' | 'patch' | 'delete';
type Who = readonly Role[] | 'public';

const STAFF = ['agent', 'supervisor'] as const;
const READERS = ['agent', 'supervisor', 'auditor'] as const;
const AUDIT = ['auditor', 'supervisor'] as const;
const CODEC = ['agent', 'supervisor'] as const;
const ADMIN = ['admin'] as const;
const SUPPLIER = ['supplier'] as const;
const REGISTRY = ['supervisor', 'admin'] as const;
const ANALYTICS = ['supervisor', 'auditor'] as const;

const NO_CLAIM = randomUUID();
const NO_KEY = randomUUID();
const NO_DISPUTE = randomUUID();
const NO_SUPPLIER = `no-such-supplier-${NO_KEY.slice(0, 8)}`;

interface Row {
  method: Method;
  /** OpenAPI path template */
  path: string;
  who: Who;
  /** the concrete URL to call (default: the template) */
  url?: string;
  body?: unknown;
}

const MATRIX: Row[] = [
  { method: 'post', path: '/claims', who: ['agent', 'supervisor', 'integration'], body: { channel: 'nope' } },
  { method: 'get', path: '/claims', who: READERS, url: '/claims?limit=1' },
  { method: 'get', path: '/claims/{id}', who: READERS },
  ...['triage', 'remedy', 'remedy/complete', 'notes', 'reopen', 'withdraw', 'waiting-on-customer', 'customer-responded'].map(
    (action): Row => ({ method: 'post', path: `/claims/{id}/${action}`, who: STAFF, body: {} }),
  ),
  { method: 'get', path: '/claims/{id}/history', who: READERS },
  { method: 'post', path: '/claims/{id}/supplier-disputes', who: STAFF, body: {} },
  {
    method: 'get',
    path: '/claims/{id}/supplier-disputes/{disputeId}',
    who: READERS,
    url: `/claims/${NO_CLAIM}/supplier-disputes/${NO_DISPUTE}`,
  },
  ...['settle', 'escalate', 'write-off'].map(
    (action): Row => ({
      method: 'post',
      path: `/claims/{id}/supplier-disputes/{disputeId}/${action}`,
      who: STAFF,
      url: `/claims/${NO_CLAIM}/supplier-disputes/${NO_DISPUTE}/${action}`,
      body: {},
    }),
  ),
  { method: 'get', path: '/supplier/tasks', who: SUPPLIER },
  { method: 'get', path: '/supplier/tasks/{id}', who: SUPPLIER, url: `/supplier/tasks/${NO_DISPUTE}` },
  { method: 'post', path: '/supplier/tasks/{id}/accept', who: SUPPLIER, url: `/supplier/tasks/${NO_DISPUTE}/accept`, body: {} },
  { method: 'post', path: '/supplier/tasks/{id}/reject', who: SUPPLIER, url: `/supplier/tasks/${NO_DISPUTE}/reject`, body: {} },
  { method: 'post', path: '/claims/{id}/review/reply', who: STAFF, body: {} },
  { method: 'patch', path: '/claims/{id}/order', who: STAFF, body: {} },
  { method: 'post', path: '/claims/{id}/survey/resend', who: STAFF, body: {} },
  { method: 'get', path: '/surveys/{token}', who: 'public', url: '/surveys/not-a-real-token' },
  { method: 'post', path: '/surveys/{token}', who: 'public', url: '/surveys/not-a-real-token', body: {} },
  { method: 'post', path: '/integrations/reviews', who: ['integration'], body: {} },
  { method: 'post', path: '/suppliers', who: REGISTRY, body: {} },
  { method: 'get', path: '/suppliers', who: REGISTRY, url: '/suppliers?limit=1' },
  { method: 'get', path: '/suppliers/{id}', who: REGISTRY, url: `/suppliers/${NO_SUPPLIER}` },
  { method: 'patch', path: '/suppliers/{id}', who: REGISTRY, url: `/suppliers/${NO_SUPPLIER}`, body: { name: '' } },
  { method: 'get', path: '/suppliers/{id}/scorecard', who: REGISTRY, url: `/suppliers/${NO_SUPPLIER}/scorecard` },
  { method: 'get', path: '/audit/events', who: AUDIT, url: '/audit/events?limit=1' },
  { method: 'get', path: '/audit/verify', who: AUDIT, url: '/audit/verify?from=2100-01-01' },
  { method: 'get', path: '/audit/claims/{id}/verify', who: AUDIT },
  { method: 'get', path: '/audit/claims/{id}/compare-workflow', who: AUDIT },
  { method: 'get', path: '/analytics/summary', who: ANALYTICS, url: '/analytics/summary?from=2100-01-01' },
  { method: 'get', path: '/analytics/summary', who: ANALYTICS, url: '/analytics/summary?from=2100-01-01&format=csv' },
  { method: 'post', path: '/codec/encode', who: CODEC, body: { payloads: [] } },
  { method: 'post', path: '/codec/decode', who: CODEC, body: { payloads: [] } },
  { method: 'get', path: '/auth/me', who: ROLES },
  { method: 'post', path: '/admin/api-keys', who: ADMIN, body: { name: '', role: 'nope' } },
  { method: 'get', path: '/admin/api-keys', who: ADMIN },
  { method: 'delete', path: '/admin/api-keys/{id}', who: ADMIN, url: `/admin/api-keys/${NO_KEY}` },
  { method: 'post', path: '/admin/api-keys/{id}/rotate', who: ADMIN, url: `/admin/api-keys/${NO_KEY}/rotate`, body: {} },
  { method: 'get', path: '/health', who: 'public' },
  { method: 'get', path: '/metrics', who: 'public' },
];

const CALLERS: (Role | 'no key')[] = [...ROLES, 'no key'];

function urlOf(row: Row): string {
  return row.url ?? row.path.replace('{id}', NO_CLAIM);
}

function expectation(row: Row, caller: Role | 'no key'): 'allowed' | 401 | 403 {
  if (row.who === 'public') return 'allowed';
  if (caller === 'no key') return 401;
  return row.who.includes(caller) ? 'allowed' : 403;
}

describe('role × endpoint matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('lists exactly the endpoints of the OpenAPI document', async () => {
    const doc = (await t.http.get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`))
      .sort();
    // an endpoint may have several rows (e.g. its JSON and CSV answers), all with the same roles
    expect([...new Set(MATRIX.map((r) => `${r.method} ${r.path}`))].sort()).toEqual(documented);
    const rolesOf = new Map<string, string>();
    for (const r of MATRIX) {
      const key = `${r.method} ${r.path}`;
      expect(rolesOf.get(key) ?? JSON.stringify(r.who)).toBe(JSON.stringify(r.who));
      rolesOf.set(key, JSON.stringify(r.who));
    }
  });

  // named by the path template, plus the answer format when a row asks for one
  const nameOf = (row: Row) => `${row.method.toUpperCase()} ${row.path}${row.url?.includes('format=') ? ` (${row.url.split('?')[1]})` : ''}`;
  const cases = MATRIX.flatMap((row) => CALLERS.map((caller) => [nameOf(row), caller, row] as const));

  it.each(cases)('%s as %s', async (_name, caller, row) => {
    let req = t.http[row.method](urlOf(row));
    if (caller !== 'no key') req = req.set(t.auth(caller));
    if (row.body !== undefined) req = req.send(row.body as object);
    const res = await req;
    const expected = expectation(row, caller);
    if (expected === 'allowed') {
      expect([401, 403]).not.toContain(res.status);
      expect(res.status).toBeLessThan(500);
    } else {
      expect(res.status).toBe(expected);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});
