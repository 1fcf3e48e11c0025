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
import { signSurveyToken } from '../../src/surveys/survey-token';
import { scenarioStack } from './support/fault-scenario';
import { fillPath, jsonBodySchema, operationsOf, pathParams, SchemaArbitraries, type Intent, type OpenApiDocument, type OpenApiParameter } from './support/fuzz-arbitraries';
import { FuzzTally } from './support/fuzz-tally';

const RUNS = Number(process.env.FAULT_FUZZ_RUNS || 100);
/** Runs per documented endpoint in the every-endpoint property (25 by default). */
const ENDPOINT_RUNS = Math.max(10, Math.round(RUNS / 4));
/** rounds of ENDPOINT_RUNS at most per endpoint, until MIN_PAST_VALIDATION of them got past validation */
const MAX_ROUNDS = 4;
/**
 * Requests each endpoint with a body or parameters must get past validation: an eighth
 * of its runs (3 of 25). A third to all of them get past with bodies and queries from the
 * schemas; with one body for every endpoint, next to none of those with a body do.
 */
const MIN_PAST_VALIDATION = Math.ceil(ENDPOINT_RUNS / 8);
/** A supplier of the fuzzer's own, which PATCH /suppliers/{id} may change at will (the stack's fabrika-yug stays as it is). */
const FUZZ_SUPPLIER = 'fuzz-supplier';

/** A fuzzed body: JSON (`body`) or raw text, and what it is meant to be. */
interface Body {
  intent: Intent;
  body?: unknown;
  raw?: string;
  contentType?: string;
}

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
  // thousands of requests a minute on one key: the per-key limit (tested on its own) would answer most of them 429
  const scenario = scenarioStack('fuzz', { RATE_LIMIT_PER_MINUTE: '0' });
  let sql: Client;
  const claims: Record<string, string> = {};
  /** API keys made for the fuzzer to rotate and revoke (never the stack's own) */
  const throwawayKeys: string[] = [];

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
    // open supplier disputes (fabrika-yug, whose key the stack holds), so that supplier tasks are fuzzed past authentication and lookup
    for (const name of ['disputedA', 'disputedB', 'disputedC']) {
      claims[name] = (await create()).id;
      const triaged = await http.request('POST', `/claims/${claims[name]}/triage`, { as: 'agent', body: { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' } });
      expect(triaged.status).toBe(200);
      const opened = await http.request('POST', `/claims/${claims[name]}/supplier-disputes`, { as: 'agent', body: { kind: 'manufacturing_defect', amountClaimed: 12500, currency: 'RUB', message: 'Filler shrank within 5 months' } });
      expect(opened).toMatchObject({ status: 201, body: { status: 'awaiting_supplier', supplierId: 'fabrika-yug' } });
    }
    const tasks = await http.request('GET', '/supplier/tasks', { as: 'supplier' });
    expect((tasks.body as { items: unknown[] }).items).toHaveLength(3);
    const supplier = await http.request('POST', '/suppliers', { as: 'admin', body: { id: FUZZ_SUPPLIER, name: 'Fuzz Supplier' } });
    expect(supplier.status).toBe(201);
    for (let i = 0; i < 3; i++) {
      const key = await http.request('POST', '/admin/api-keys', { as: 'admin', body: { name: `fuzz throwaway ${i}`, role: 'auditor' } });
      throwawayKeys.push((key.body as { id: string }).id);
    }
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

  /** Roles that may call an endpoint (no key for the public ones): most requests carry one of them, so they pass authentication. */
  function rolesFor(method: string, path: string): Array<Role | undefined> {
    if (path.startsWith('/admin/')) return ['admin'];
    if (path === '/health' || path === '/metrics' || path.startsWith('/surveys/')) return [undefined];
    if (path.startsWith('/supplier/')) return ['supplier'];
    if (path.startsWith('/codec/')) return ['agent', 'supervisor'];
    if (path.startsWith('/audit/') || path.startsWith('/analytics/')) return ['auditor', 'supervisor'];
    if (path.startsWith('/suppliers')) return method === 'GET' ? ['supervisor', 'admin'] : ['admin', 'supervisor'];
    if (path === '/integrations/reviews') return ['integration'];
    if (path === '/claims' && method === 'POST') return ['agent', 'integration'];
    return method === 'GET' ? ['agent', 'supervisor', 'auditor'] : ['agent', 'supervisor'];
  }

  /** The real values of a template's path parameters: claims, disputes (with their claim), suppliers, throwaway keys, signed survey links. */
  async function realParams(method: string, path: string): Promise<Array<Record<string, string>>> {
    const disputes = (await sql.query<{ id: string; claim_id: string }>(`SELECT id, claim_id FROM supplier_disputes ORDER BY opened_at`)).rows;
    const claimIds = Object.values(claims);
    if (path.includes('{disputeId}')) return disputes.map((d) => ({ id: d.claim_id, disputeId: d.id }));
    if (path.startsWith('/supplier/tasks/')) return disputes.map((d) => ({ id: d.id }));
    if (path.startsWith('/suppliers/')) return (method === 'GET' ? ['fabrika-yug', FUZZ_SUPPLIER] : [FUZZ_SUPPLIER]).map((id) => ({ id }));
    if (path.startsWith('/admin/api-keys/')) return throwawayKeys.map((id) => ({ id }));
    if (path.startsWith('/surveys/')) {
      const expiresAt = Date.now() + 3_600_000;
      return claimIds.map((claimId) => ({ token: signSurveyToken({ claimId, surveyId: `${claimId}:0`, expiresAt }, scenario.stack().surveyTokenSecret) }));
    }
    return claimIds.map((id) => ({ id }));
  }

  /** A real paging cursor of a list endpoint (its first page of one item), which no schema can describe. */
  async function knownQueryValues(method: string, path: string, parameters: OpenApiParameter[], real: Array<Record<string, string>>): Promise<Record<string, string[]>> {
    if (method !== 'GET' || !parameters.some((p) => p.in === 'query' && p.name === 'cursor')) return {};
    const url = fillPath(path, real[0] ?? {});
    const page = await scenario.stack().http.request('GET', url, { as: rolesFor(method, path)[0], query: { limit: '1' } });
    const cursor = (page.body as { nextCursor?: string } | undefined)?.nextCursor;
    return cursor ? { cursor: [cursor] } : {};
  }

  /** What a refused request must leave as it was: the rows requests create or change, and the claim's request-made events. */
  async function stateOf(claimId?: string): Promise<Record<string, unknown>> {
    const { rows } = await sql.query(
      `SELECT (SELECT count(*) FROM claims)::int AS claims, (SELECT count(*) FROM claim_numbers)::int AS numbers,
              (SELECT count(*) FROM supplier_disputes)::int AS disputes,
              (SELECT md5(coalesce(string_agg(key_hash || coalesce(revoked_at::text, ''), ',' ORDER BY id), '')) FROM api_keys) AS keys,
              (SELECT md5(coalesce(string_agg(s::text, ',' ORDER BY id), '')) FROM suppliers s) AS suppliers,
              (SELECT count(*) FROM audit_events WHERE claim_id = $1 AND actor_role <> 'system')::int AS events`,
      [claimId ?? ''],
    );
    return rows[0];
  }

  it('the schema arbitraries agree with the API: valid samples of AddNoteDto are taken, near-valid ones refused at validation', async () => {
    const doc = (await scenario.stack().http.request('GET', '/docs-json')).body as OpenApiDocument;
    const schemas = new SchemaArbitraries(doc);
    const note = doc.components!.schemas!.AddNoteDto;
    const http = scenario.stack().http;
    // a claim of its own: the others may have been withdrawn and ended by the fuzzing before
    const created = await http.request('POST', '/claims', { as: 'agent', body: claimBody() });
    expect(created.status).toBe(201);
    const claimId = (created.body as { id: string }).id;
    await fc.assert(
      fc.asyncProperty(schemas.valid(note), async (body) => {
        const res = await http.request('POST', `/claims/${claimId}/notes`, { as: 'agent', body });
        expect([res.status, res.body]).toEqual([200, expect.anything()]);
      }),
      { numRuns: 15 },
    );
    await fc.assert(
      fc.asyncProperty(schemas.nearValid(note), async (body) => {
        const res = await http.request('POST', `/claims/${claimId}/notes`, { as: 'agent', body });
        expect(res).toMatchObject({ status: 400, body: { type: expect.stringMatching(/validation-failed$/) } });
      }),
      { numRuns: 15 },
    );
  });

  it('every documented endpoint, with arbitraries from its OpenAPI schemas: never 5xx; a refused request changes nothing; each gets past validation', async () => {
    const doc = (await scenario.stack().http.request('GET', '/docs-json')).body as OpenApiDocument;
    // the supplier's answers first, so that staff can then settle what was answered
    const operations = operationsOf(doc).sort((a, b) => Number(!a.path.startsWith('/supplier/')) - Number(!b.path.startsWith('/supplier/')));
    expect(operations.length).toBeGreaterThan(40);
    const schemas = new SchemaArbitraries(doc);
    const anyRole = fc.constantFrom<Role | undefined>('agent', 'supervisor', 'auditor', 'supplier', 'integration', 'admin', undefined);
    const tally = new FuzzTally();
    const fuzzed: string[] = [];
    for (const op of operations) {
      const endpoint = `${op.method} ${op.path}`;
      const parameters = op.operation.parameters ?? [];
      const bodySchema = jsonBodySchema(op.operation);
      const examples = Object.values(op.operation.requestBody?.content['application/json']?.examples ?? {}).map((e) => e.value);
      const real = await realParams(op.method, op.path);
      const known = await knownQueryValues(op.method, op.path, parameters, real);
      if (bodySchema || parameters.some((p) => p.in === 'path' || p.in === 'query')) fuzzed.push(endpoint);
      const sendsBody = op.method !== 'GET' && op.method !== 'DELETE';
      const takesKey = parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key');
      // a request meant as valid or near-valid, now and then with hostile text or nesting, or a body that is not JSON
      const body = schemas.body(bodySchema, examples).chain((b) =>
        b.body && typeof b.body === 'object' && !Array.isArray(b.body)
          ? fc.oneof(
              { weight: 30, arbitrary: fc.constant<Body>(b) },
              { weight: 1, arbitrary: withUnsafeText(b.body as Record<string, unknown>).map((u): Body => ({ intent: 'junk', body: u })) },
              { weight: 1, arbitrary: deeplyNested(b.body as Record<string, unknown>).map((d): Body => ({ intent: 'junk', raw: d.raw })) },
              { weight: 1, arbitrary: fc.string({ maxLength: 100 }).map((raw): Body => ({ intent: 'junk', raw, contentType: 'text/plain' })) },
            )
          : fc.constant<Body>(b),
      );
      // without fast-check's bias towards the first and last alternatives (here: junk), so that the mix is as weighted
      const request = fc.noBias(fc.record({
        params: pathParams(op.path, real, Object.values(claims)),
        query: schemas.query(parameters, known),
        body,
        as: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...rolesFor(op.method, op.path)) }, { weight: 1, arbitrary: anyRole }),
        key: takesKey ? fc.option(fc.oneof(fc.uuid(), headerText), { freq: 2 }) : fc.constant(null),
      }));
      const started = Date.now();
      // more rounds while too few requests got past validation: the mix is random, and a
      // 25-run round can fall short by chance; an endpoint that never gets past still fails
      for (let round = 0; round < MAX_ROUNDS && (round === 0 || tally.passed(endpoint) < MIN_PAST_VALIDATION); round++) {
        await fc.assert(
          fc.asyncProperty(request, async ({ params, query, body: input, as, key }) => {
            const url = fillPath(op.path, params);
            // a claim the request names: its request-made events must not change when refused
            const claimId = op.path.startsWith('/claims/{id}/') && !op.path.includes('{disputeId}') && Object.values(claims).includes(params.id) ? params.id : undefined;
            const before = op.method === 'GET' ? undefined : await stateOf(claimId);
            const res = await scenario.stack().http.request(op.method, url, {
              as,
              query: query.query,
              ...(sendsBody ? { body: input.body, rawBody: input.raw } : {}),
              headers: { ...(input.contentType && sendsBody ? { 'Content-Type': input.contentType } : {}), ...(key !== null ? { 'Idempotency-Key': key } : {}) },
            });
            const intent: Intent = !sendsBody || (input.intent === 'valid' && query.intent !== 'valid') ? query.intent : input.intent;
            tally.record(endpoint, intent, res);
            if (res.status >= 500) throw new Error(`${op.method} ${url} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
            if (before && res.status >= 400) expect(await stateOf(claimId)).toEqual(before);
          }),
          { numRuns: ENDPOINT_RUNS },
        );
      }
      tally.took(endpoint, Date.now() - started);
    }
    process.stderr.write(`input-fuzz: requests past validation per endpoint (${ENDPOINT_RUNS} runs each)\n${tally.table()}\n`);
    // every endpoint that takes a body or parameters is fuzzed past its validation, not only at its edge
    expect(tally.below(fuzzed, MIN_PAST_VALIDATION)).toEqual({});
  });
});
