/**
 * Property-based fuzzing (fast-check) of every endpoint's input against the real API and
 * worker processes: whatever the body, query, path id, Idempotency-Key or content type,
 * the answer is never a 5xx, and a refused request (4xx) changes nothing — no claim is
 * created, no audit event is written, the claim's version stays.
 * FAULT_FUZZ_RUNS sets the runs per endpoint (default 100).
 */
import fc from 'fast-check';
import { Client } from 'pg';
import { claimBody } from '../support/claim-body';
import type { Role } from '../support/stack/api-client';
import { scenarioStack } from './support/fault-scenario';

const RUNS = Number(process.env.FAULT_FUZZ_RUNS || 100);

/** Statuses seen per endpoint, so a run shows it reached deep validation and the workflows, not only auth. */
const seen: Record<string, Record<number, number>> = {};
function tally(endpoint: string, status: number): void {
  seen[endpoint] ??= {};
  seen[endpoint][status] = (seen[endpoint][status] ?? 0) + 1;
}

/** Printable ASCII, the only thing an HTTP header value can carry here. */
const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 0, maxLength: 300 });

/** A valid body with one part replaced, removed or added — close to valid, so deep validation runs. */
function mutated(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths: string[][] = [];
  const walk = (value: unknown, at: string[]) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) {
        paths.push([...at, k]);
        walk(v, [...at, k]);
      }
    }
  };
  walk(valid, []);
  if (paths.length === 0) paths.push(['extra']);
  return fc.tuple(fc.constantFrom(...paths), fc.oneof(fc.jsonValue(), fc.constant(undefined)), fc.boolean()).map(([path, value, addSibling]) => {
    const copy = structuredClone(valid);
    let parent: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
    const last = path[path.length - 1];
    if (value === undefined) delete parent[last];
    else parent[addSibling ? `${last}_x` : last] = value;
    return copy;
  });
}

/**
 * Text PostgreSQL cannot store: a NUL or an unpaired surrogate somewhere in an otherwise
 * ordinary string (one such character once jammed a claim for good).
 */
const unsafeText = fc
  .tuple(fc.string({ maxLength: 40 }), fc.constantFrom('\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D'), fc.string({ maxLength: 40 }))
  .map(([a, bad, b]) => `${a}${bad}${b}`);

/** The valid body with one string value (or property name) made unsafe. */
function withUnsafeText(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths: string[][] = [];
  const walk = (value: unknown, at: string[]) => {
    if (typeof value === 'string') paths.push(at);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
  };
  walk(valid, []);
  if (paths.length === 0) return unsafeText.map((text) => ({ ...valid, [text]: 'x' }));
  return fc.tuple(fc.constantFrom(...paths), unsafeText, fc.boolean()).map(([path, text, asKey]) => {
    const copy = structuredClone(valid);
    let parent = copy as Record<string, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
    if (asKey) parent[text] = 'x';
    else parent[path[path.length - 1]] = text;
    return copy;
  });
}

/** JSON nested far deeper than any body of this API, inside a valid one. */
const deeplyNested = (valid: Record<string, unknown>) =>
  fc.integer({ min: 33, max: 5000 }).map((depth) => ({ raw: `${JSON.stringify(valid).slice(0, -1)},"deep":${'['.repeat(depth)}1${']'.repeat(depth)}}`, contentType: 'application/json' }));

/** Any body: valid (so the workflows' own refusals are reached too), near-valid, any JSON, or bytes that are not JSON. */
function anyBody(valid: Record<string, unknown>): fc.Arbitrary<{ body?: unknown; raw?: string; contentType?: string }> {
  return fc.oneof(
    { weight: 1, arbitrary: withUnsafeText(valid).map((body) => ({ body })) },
    { weight: 1, arbitrary: deeplyNested(valid) },
    { weight: 2, arbitrary: fc.constant({ body: valid }) },
    { weight: 4, arbitrary: mutated(valid).map((body) => ({ body })) },
    { weight: 2, arbitrary: fc.jsonValue().map((body) => ({ body })) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((raw) => ({ raw, contentType: 'application/json' })) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((raw) => ({ raw, contentType: 'text/plain' })) },
  );
}

describe('fault: fuzzed input on every endpoint', () => {
  const scenario = scenarioStack('fuzz');
  let sql: Client;
  const claims: Record<string, string> = {};

  scenario.beforeTeardown(async () => {
    if (process.env.FAULT_VERBOSE === '1') process.stderr.write(`${JSON.stringify(seen, null, 1)}\n`);
    await sql?.end();
  });

  beforeAll(async () => {
    sql = new Client({ connectionString: scenario.databaseUrl() });
    await sql.connect();
    // one claim in each state the actions care about
    const http = scenario.stack().http;
    const create = async () => (await http.request('POST', '/claims', { as: 'agent', body: claimBody() })).body as { id: string };
    const triage = (id: string) => http.request('POST', `/claims/${id}/triage`, { as: 'agent', body: { type: 'service_quality', unit: 'sales', defectCode: 'other', severity: 'low' } });
    claims.received = (await create()).id;
    claims.triaged = (await create()).id;
    await triage(claims.triaged);
    claims.inRemedy = (await create()).id;
    await triage(claims.inRemedy);
    await http.request('POST', `/claims/${claims.inRemedy}/remedy`, { as: 'agent', body: { kind: 'repair', agreedRepairDays: 20 } });
  });
  /** Claims, numbers and the claim's events from requests (timers — the `system` actor — keep firing meanwhile). */
  async function counts(claimId?: string): Promise<{ claims: number; numbers: number; events: number }> {
    const { rows } = await sql.query(
      `SELECT (SELECT count(*) FROM claims)::int AS claims, (SELECT count(*) FROM claim_numbers)::int AS numbers,
              (SELECT count(*) FROM audit_events WHERE claim_id = $1 AND actor_role <> 'system')::int AS events`,
      [claimId ?? ''],
    );
    return rows[0];
  }

  const roles = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom<Role | undefined>('agent', 'supervisor') },
    { weight: 1, arbitrary: fc.constantFrom<Role | undefined>('auditor', 'integration', undefined) },
  );
  const id = () =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...Object.values(claims)) },
      { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 80 }) },
      { weight: 1, arbitrary: fc.uuid() },
    );

  it('POST /claims: never 5xx; a refused intake creates nothing', async () => {
    await fc.assert(
      fc.asyncProperty(anyBody(claimBody()), fc.option(headerText), roles, async (input, key, as) => {
        const before = await counts();
        const res = await scenario.stack().http.request('POST', '/claims', {
          as,
          body: input.body,
          rawBody: input.raw,
          headers: { ...(input.contentType ? { 'Content-Type': input.contentType } : {}), ...(key !== null ? { 'Idempotency-Key': key } : {}) },
        });
        tally('POST /claims', res.status);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) {
          const after = await counts();
          expect({ claims: after.claims, numbers: after.numbers }).toEqual({ claims: before.claims, numbers: before.numbers });
        }
      }),
      { numRuns: RUNS },
    );
  });

  const ACTIONS: Array<[string, Record<string, unknown>]> = [
    ['triage', { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.seam_defect', severity: 'high' }],
    ['remedy', { kind: 'replacement', qualityCheck: false, outOfStock: false }],
    ['remedy/complete', { notes: 'done' }],
    ['notes', { text: 'a note' }],
    ['reopen', { reason: 'still broken' }],
    ['withdraw', { reason: 'customer withdrew' }],
    ['waiting-on-customer', { reason: 'photos please' }],
    ['customer-responded', { notes: 'photos received' }],
  ];

  it.each(ACTIONS)('POST /claims/:id/%s: never 5xx; a refused action changes nothing', async (action, valid) => {
    await fc.assert(
      fc.asyncProperty(id(), anyBody(valid), fc.option(headerText), roles, async (claimId, input, key, as) => {
        const target = Object.values(claims).includes(claimId) ? claimId : undefined;
        const before = await counts(target);
        const res = await scenario.stack().http.request('POST', `/claims/${encodeURIComponent(claimId)}/${action}`, {
          as,
          body: input.body,
          rawBody: input.raw,
          headers: { ...(input.contentType ? { 'Content-Type': input.contentType } : {}), ...(key !== null ? { 'Idempotency-Key': key } : {}) },
        });
        tally(`POST /claims/:id/${action}`, res.status);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect(await counts(target)).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('GET /claims with any query: never 5xx', async () => {
    const keys = ['status', 'channel', 'type', 'unit', 'defectCode', 'supplierId', 'slaBreached', 'deadlineBreached', 'receivedFrom', 'receivedTo', 'q', 'cursor', 'limit', 'other'];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.string({ maxLength: 120 }), unsafeText, fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.integer().map(String))), roles, async (query, as) => {
        const res = await scenario.stack().http.request('GET', '/claims', { as, query });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });

  it.each([['GET', ''], ['GET', '/history']])('%s /claims/:id%s with any id: never 5xx', async (method, suffix) => {
    await fc.assert(
      fc.asyncProperty(id(), roles, async (claimId, as) => {
        const res = await scenario.stack().http.request(method, `/claims/${encodeURIComponent(claimId)}${suffix}`, { as });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });

  it('POST and DELETE /admin/api-keys with any input: never 5xx; a refused create adds no key', async () => {
    await fc.assert(
      fc.asyncProperty(anyBody({ name: 'k', role: 'agent' }), fc.string({ minLength: 1, maxLength: 60 }), fc.constantFrom<Role | undefined>('admin', 'agent', undefined), async (input, keyId, as) => {
        const { rows: before } = await sql.query(`SELECT count(*)::int AS n FROM api_keys`);
        const created = await scenario.stack().http.request('POST', '/admin/api-keys', { as, body: input.body, rawBody: input.raw, headers: input.contentType ? { 'Content-Type': input.contentType } : {} });
        expect(created.status).toBeLessThan(500);
        if (created.status >= 400) expect((await sql.query(`SELECT count(*)::int AS n FROM api_keys`)).rows).toEqual(before);
        const revoked = await scenario.stack().http.request('DELETE', `/admin/api-keys/${encodeURIComponent(keyId)}`, { as });
        expect(revoked.status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });

  it('every documented endpoint, with any path ids, query and body: never 5xx', async () => {
    const doc = (await scenario.stack().http.request('GET', '/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
    expect(operations.length).toBeGreaterThan(40);
    const pathValue = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...Object.values(claims)) },
      { weight: 2, arbitrary: fc.uuid() },
      { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 80 }) },
      { weight: 1, arbitrary: fc.constantFrom('fabrika-yug', 'CL-2026-000001', 'a.b', '..', '%00') },
    );
    const anyRole = fc.constantFrom<Role | undefined>('agent', 'supervisor', 'auditor', 'supplier', 'integration', 'admin', undefined);
    const query = fc.dictionary(
      fc.constantFrom('from', 'to', 'format', 'status', 'limit', 'cursor', 'claimId', 'actor', 'action', 'supplierId', 'disputes', 'q', 'x'),
      fc.oneof(fc.string({ maxLength: 60 }), unsafeText, fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.integer().map(String)),
    );
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(fc.array(pathValue, { minLength: 3, maxLength: 3 }), query, anyBody({ reason: 'x', text: 'y', amount: 1 }), anyRole, async (ids, q, input, as) => {
          let i = 0;
          const url = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(ids[i++] ?? 'x'));
          const res = await scenario.stack().http.request(op.method, url, {
            as,
            query: q,
            ...(op.method === 'GET' || op.method === 'DELETE' ? {} : { body: input.body, rawBody: input.raw }),
            headers: input.contentType && op.method !== 'GET' ? { 'Content-Type': input.contentType } : {},
          });
          tally(`${op.method} ${op.path}`, res.status);
          if (res.status >= 500) throw new Error(`${op.method} ${url} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
        }),
        { numRuns: Math.max(10, Math.round(RUNS / 4)) },
      );
    }
  });
});
