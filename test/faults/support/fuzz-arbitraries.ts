/**
 * fast-check arbitraries derived from the API's own OpenAPI document (as the running
 * API serves it at /docs-json): for each operation, request bodies and query strings
 * built from the schemas — object properties, `required`, enums, string formats,
 * lengths and patterns, number bounds, arrays, nested `$ref`s, the schemas' examples —
 * as valid values and as near-valid ones (one field wrong, a required one missing, an
 * extra property, a wrong type), so that most requests reach the deep validation and
 * the workflows behind it instead of stopping at the first check.
 *
 * A value valid by its schema is not always valid by the rules the schema cannot say
 * (a delivery not before the purchase, a phone or an e-mail): the schemas' examples,
 * which satisfy those, are mixed in with values generated from the constraints.
 */
import fc from 'fast-check';

// the document is plain JSON; a schema is walked generically
export type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema; examples?: Record<string, { value?: unknown }> }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface DocumentedOperation {
  method: string;
  /** the path template, e.g. `/claims/{id}/triage` */
  path: string;
  operation: OpenApiOperation;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch']);

export function operationsOf(doc: OpenApiDocument): DocumentedOperation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => HTTP_METHODS.has(method))
      .map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
}

/** The schema of an operation's JSON request body, if it takes one. */
export function jsonBodySchema(op: OpenApiOperation): Schema | undefined {
  return op.requestBody?.content['application/json']?.schema;
}

/** What a fuzzed request is meant to be, so that a run can say how many of each it sent. */
export type Intent = 'valid' | 'near-valid' | 'junk';

/** Values an array, a string or a nesting is kept within, so that requests stay small. */
const MAX_ITEMS = 3;
const MAX_TEXT = 40;
const MAX_DEPTH = 6;

const DAY_MS = 86_400_000;
/** A calendar day `days` before now, `YYYY-MM-DD` (relative, so that no run depends on the day). */
const dayBefore = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/);

/** An arbitrary of its values for each schema, and of near-valid values for object schemas. */
export class SchemaArbitraries {
  private readonly schemas: Record<string, Schema>;

  constructor(doc: OpenApiDocument) {
    this.schemas = doc.components?.schemas ?? {};
  }

  /** `$ref` followed; `allOf` of one schema merged with the members beside it (Nest's way of describing a referenced property). */
  resolve(schema: Schema | undefined): Schema {
    let current: Schema = schema ?? {};
    for (let i = 0; i < 10; i++) {
      if (typeof current.$ref === 'string') {
        const { $ref, ...rest } = current;
        const name = $ref.replace('#/components/schemas/', '');
        const target = this.schemas[name];
        if (!target) throw new Error(`the OpenAPI document has no schema ${name}`);
        current = { ...target, ...rest };
      } else if (Array.isArray(current.allOf) && current.allOf.length === 1) {
        const { allOf, ...rest } = current;
        current = { ...allOf[0], ...rest };
      } else return current;
    }
    return current;
  }

  /** Values valid by the schema: its example often, values generated from its constraints otherwise; `null` sometimes when nullable. */
  valid(input: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
    const schema = this.resolve(input);
    const generated = this.generated(schema, depth);
    const hasExample = schema.example !== undefined && !(schema.type === 'object' && schema.properties);
    const withExample = hasExample ? fc.oneof({ weight: 3, arbitrary: fc.constant(schema.example) }, { weight: 2, arbitrary: generated }) : generated;
    return schema.nullable ? fc.oneof({ weight: 6, arbitrary: withExample }, { weight: 1, arbitrary: fc.constant(null) }) : withExample;
  }

  private generated(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    if (Array.isArray(schema.enum) && schema.enum.length) return fc.constantFrom(...schema.enum);
    const alternatives = schema.oneOf ?? schema.anyOf;
    if (Array.isArray(alternatives) && alternatives.length) return fc.oneof(...alternatives.map((s: Schema) => this.valid(s, depth + 1)));
    switch (schema.type) {
      case 'string':
        return this.text(schema);
      case 'integer':
        // unbounded above: small numbers, as counts and days are
        return fc.integer({ min: Math.ceil(schema.minimum ?? 0), max: Math.floor(schema.maximum ?? (schema.minimum ?? 0) + 100) });
      case 'number':
        return this.number(schema);
      case 'boolean':
        return fc.boolean();
      case 'array': {
        const min = schema.minItems ?? 0;
        return fc.array(depth > MAX_DEPTH ? fc.constant('x') : this.valid(schema.items, depth + 1), { minLength: min, maxLength: Math.max(min, Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS)) });
      }
      case 'object':
      default:
        return this.object(schema, depth);
    }
  }

  private object(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    const properties: Record<string, Schema> = schema.properties ?? {};
    if (Object.keys(properties).length === 0) return schema.example !== undefined ? fc.constant(schema.example) : fc.constant({});
    if (depth > MAX_DEPTH) return fc.constant({});
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, property] of Object.entries(properties)) {
      if (property.readOnly) continue;
      model[name] = this.valid(property, depth + 1);
    }
    const required: string[] = (schema.required ?? []).filter((name: string) => name in model);
    const optional = Object.keys(model).filter((name) => !required.includes(name));
    // the documented examples, which fit together (a delivery after the purchase), with one or two fields
    // generated, and a few optional fields (those that apply to only some values of another are then seldom all there)
    const fromExamples = fc
      .tuple(fc.subarray(optional, { maxLength: Math.min(2, optional.length) }), fc.subarray(Object.keys(model), { maxLength: Math.min(2, Object.keys(model).length) }))
      .chain(([present, regenerated]) => {
        const fields: Record<string, fc.Arbitrary<unknown>> = {};
        for (const name of [...required, ...present]) {
          const example = this.exampleOf(properties[name]);
          fields[name] = example === undefined || regenerated.includes(name) ? this.valid(properties[name], depth + 1) : fc.constant(example);
        }
        return fc.record(fields);
      });
    return fc.oneof({ weight: 3, arbitrary: fromExamples }, { weight: 2, arbitrary: fc.record(model, { requiredKeys: required }) });
  }

  /** The documented example of a schema; for an object, its properties' examples put together (undefined when a required one has none). */
  exampleOf(input: Schema | undefined, depth = 0): unknown {
    const schema = this.resolve(input);
    if (schema.example !== undefined) return schema.example;
    if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
    if (depth > MAX_DEPTH || !schema.properties) return undefined;
    const required = new Set<string>(schema.required ?? []);
    const out: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(schema.properties as Record<string, Schema>)) {
      const example = this.exampleOf(property, depth + 1);
      if (example === undefined && required.has(name)) return undefined;
      if (example !== undefined) out[name] = example;
    }
    return out;
  }

  private text(schema: Schema): fc.Arbitrary<string> {
    const min: number = schema.minLength ?? 0;
    const max: number = schema.maxLength ?? Math.max(min, MAX_TEXT);
    const fits = (s: string) => s.length >= min && s.length <= max;
    switch (schema.format) {
      case 'date':
        return fc.integer({ min: 1, max: 400 }).map(dayBefore);
      case 'date-time':
        return fc.integer({ min: 0, max: 400 * 24 * 60 }).map((minutes) => new Date(Date.now() - minutes * 60_000).toISOString());
      case 'uri':
        return fc.tuple(word, word).map(([host, file]) => `https://${host}.example.com/${file}.jpg`).filter(fits);
      case 'email':
        return word.map((name) => `${name}@example.com`).filter(fits);
      case 'uuid':
        return fc.uuid();
      case 'byte':
        return fc.uint8Array({ maxLength: 24 }).map((bytes) => Buffer.from(bytes).toString('base64'));
      default:
        break;
    }
    if (typeof schema.pattern === 'string') {
      const pattern = new RegExp(schema.pattern);
      // a match repeated to the least length: still a match for the open-ended patterns a minimum goes with (`^\S+$`)
      return fc
        .stringMatching(pattern, { maxLength: Math.min(max, MAX_TEXT) })
        .map((s) => (s.length > 0 && s.length < min ? s.repeat(Math.ceil(min / s.length)) : s))
        .filter((s) => fits(s) && pattern.test(s));
    }
    // printable text without leading or trailing blanks (a blank-only value is refused where a text is required)
    return fc
      .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789.,-äöüабвгд'.split('')), minLength: Math.max(min, 1), maxLength: Math.max(Math.min(max, MAX_TEXT), 1) })
      .map((s) => s.trim() || 'x')
      .filter(fits);
  }

  private number(schema: Schema): fc.Arbitrary<number> {
    const min = schema.minimum ?? 0;
    const max = Math.min(schema.maximum ?? 1_000_000, 1_000_000);
    if (schema.multipleOf === 0.01 || (min > 0 && min < 1)) return fc.integer({ min: Math.ceil(min * 100), max: Math.floor(max * 100) }).map((cents) => cents / 100);
    return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  }

  /** A value of another type than the schema's. */
  wrongType(input: Schema | undefined): fc.Arbitrary<unknown> {
    const schema = this.resolve(input);
    const type = Array.isArray(schema.enum) ? 'string' : schema.type;
    const others: Record<string, fc.Arbitrary<unknown>> = {
      string: fc.oneof(fc.integer(), fc.boolean(), fc.constant({}), fc.constant(['x'])),
      integer: fc.oneof(fc.constant('12'), fc.constant(1.5), fc.boolean(), fc.constant([1])),
      number: fc.oneof(fc.constant('12.5'), fc.boolean(), fc.constant({ n: 1 })),
      boolean: fc.oneof(fc.constant('true'), fc.constant(1), fc.constant('yes')),
      array: fc.oneof(fc.constant('a,b'), fc.constant({ 0: 'a' }), fc.integer()),
      object: fc.oneof(fc.constant('{}'), fc.constant([]), fc.integer()),
    };
    return others[type ?? 'object'] ?? others.object;
  }

  /** Values that break one constraint of the schema (too long, too short, out of range, not in the enum, not matching its pattern or format). */
  outOfBounds(input: Schema | undefined): fc.Arbitrary<unknown> {
    const schema = this.resolve(input);
    const broken: fc.Arbitrary<unknown>[] = [];
    if (Array.isArray(schema.enum)) broken.push(fc.constantFrom('not_in_the_list', '', String(schema.enum[0]).toUpperCase()));
    if (typeof schema.maxLength === 'number') broken.push(fc.constant('x'.repeat(schema.maxLength + 1)));
    if (typeof schema.minLength === 'number' && schema.minLength > 0) broken.push(fc.constant(''));
    if (typeof schema.pattern === 'string') broken.push(fc.constantFrom('!!', ' has spaces ', 'ЖЖ'));
    if (schema.format === 'date') broken.push(fc.constantFrom('2026-13-45', '22.11.2026', dayBefore(-30)));
    if (schema.format === 'date-time') broken.push(fc.constantFrom('2026-11-22 10:15', 'yesterday'));
    if (schema.format === 'uri') broken.push(fc.constantFrom('not a url', 'ftp://example.com/x', 'javascript:alert(1)'));
    if (schema.format === 'email') broken.push(fc.constantFrom('no-at-sign', 'a@', '@b.c'));
    if (schema.format === 'uuid') broken.push(fc.constantFrom('not-a-uuid', '12345'));
    if (typeof schema.minimum === 'number') broken.push(fc.constant(schema.minimum - 1));
    if (typeof schema.maximum === 'number') broken.push(fc.constant(schema.maximum + 1));
    if (schema.type === 'integer') broken.push(fc.constant(1.5));
    if (schema.multipleOf === 0.01) broken.push(fc.constant(1.005));
    if (schema.type === 'array' && typeof schema.maxItems === 'number') broken.push(fc.constant(Array.from({ length: schema.maxItems + 1 }, () => 'https://example.com/x')));
    return broken.length ? fc.oneof(...broken) : this.wrongType(schema);
  }

  /** Every place in an object schema (nested objects included) where one field can be broken. */
  private sites(input: Schema | undefined, at: string[] = [], depth = 0): Array<{ path: string[]; schema: Schema; required: boolean }> {
    const schema = this.resolve(input);
    if (depth > MAX_DEPTH || !schema.properties) return [];
    const required = new Set<string>(schema.required ?? []);
    return Object.entries(schema.properties as Record<string, Schema>).flatMap(([name, property]) => [
      { path: [...at, name], schema: property, required: required.has(name) },
      ...this.sites(property, [...at, name], depth + 1),
    ]);
  }

  /**
   * A valid object with exactly one thing wrong: a required field missing, a field of the
   * wrong type, a field out of its bounds, or a property the schema does not have (at the
   * top or inside a nested object).
   */
  nearValid(input: Schema | undefined): fc.Arbitrary<unknown> {
    const schema = this.resolve(input);
    const sites = this.sites(schema);
    const extraAt = [[], ...sites.filter((s) => this.resolve(s.schema).properties).map((s) => s.path)];
    const required = sites.filter((s) => s.required);
    const mutations: fc.Arbitrary<(value: Record<string, unknown>) => void>[] = [
      fc.tuple(fc.constantFrom(...extraAt), word, fc.jsonValue({ maxDepth: 1 })).map(([path, key, extra]) => (value) => setAt(value, [...path, `${key}_extra`], extra)),
    ];
    if (sites.length) {
      mutations.push(
        fc.constantFrom(...sites).chain((site) => this.wrongType(site.schema).map((bad) => (value: Record<string, unknown>) => setAt(value, site.path, bad))),
        fc.constantFrom(...sites).chain((site) => this.outOfBounds(site.schema).map((bad) => (value: Record<string, unknown>) => setAt(value, site.path, bad))),
      );
    }
    if (required.length) mutations.push(fc.constantFrom(...required).map((site) => (value: Record<string, unknown>) => deleteAt(value, site.path)));
    return fc.tuple(this.valid(schema), fc.oneof(...mutations)).map(([value, mutate]) => {
      const copy = (value && typeof value === 'object' && !Array.isArray(value) ? structuredClone(value) : {}) as Record<string, unknown>;
      mutate(copy);
      return copy;
    });
  }

  /** A body for the operation: valid, near-valid or junk (any JSON), tagged. Undefined schema: no body at all, or junk. */
  body(schema: Schema | undefined, examples: unknown[] = []): fc.Arbitrary<{ intent: Intent; body: unknown }> {
    if (!schema) return fc.oneof({ weight: 4, arbitrary: fc.constant({ intent: 'valid' as Intent, body: undefined }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((body) => ({ intent: 'junk' as Intent, body })) });
    const valid = examples.length ? fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...examples) }, { weight: 4, arbitrary: this.valid(schema) }) : this.valid(schema);
    return fc.oneof(
      { weight: 7, arbitrary: valid.map((body) => ({ intent: 'valid' as Intent, body })) },
      { weight: 2, arbitrary: this.nearValid(schema).map((body) => ({ intent: 'near-valid' as Intent, body })) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((body) => ({ intent: 'junk' as Intent, body })) },
    );
  }

  /**
   * Query parameters from their schemas (or `known` real values for a name): each optional
   * one present or not, values valid; or one of them broken (wrong type or out of bounds), or an unknown parameter added.
   */
  query(parameters: OpenApiParameter[], known: Record<string, string[]> = {}): fc.Arbitrary<{ intent: Intent; query: Record<string, string> }> {
    const declared = parameters.filter((p) => p.in === 'query');
    if (!declared.length) {
      return fc.oneof(
        { weight: 7, arbitrary: fc.constant({ intent: 'valid' as Intent, query: {} }) },
        { weight: 1, arbitrary: fc.dictionary(word, fc.string({ maxLength: 20 }), { maxKeys: 2 }).map((query) => ({ intent: 'junk' as Intent, query })) },
      );
    }
    const model: Record<string, fc.Arbitrary<string>> = {};
    for (const p of declared) {
      const generated = this.valid(p.schema).map(queryText);
      // values the schema cannot describe (an opaque cursor the API gave out)
      model[p.name] = known[p.name]?.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known[p.name]) }, { weight: 1, arbitrary: generated }) : generated;
    }
    const required = declared.filter((p) => p.required).map((p) => p.name);
    const optional = declared.filter((p) => !p.required).map((p) => p.name);
    // a few filters at a time, as a client sets them (ranges and pairs then seldom contradict each other)
    const valid = fc
      .subarray(optional, { maxLength: Math.min(3, optional.length) })
      .chain((present) => fc.record(Object.fromEntries([...required, ...present].map((name) => [name, model[name]]))));
    const broken = fc.tuple(valid, fc.constantFrom(...declared)).chain(([query, p]) =>
      fc.oneof(this.outOfBounds(p.schema), this.wrongType(p.schema)).map((bad) => ({ ...query, [p.name]: queryText(bad) })),
    );
    const unknown = fc.tuple(valid, word, fc.string({ maxLength: 20 })).map(([query, key, value]) => ({ ...query, [`${key}_x`]: value }));
    return fc.oneof(
      { weight: 6, arbitrary: valid.map((query) => ({ intent: 'valid' as Intent, query })) },
      { weight: 2, arbitrary: broken.map((query) => ({ intent: 'near-valid' as Intent, query })) },
      { weight: 1, arbitrary: unknown.map((query) => ({ intent: 'near-valid' as Intent, query })) },
    );
  }
}

/** A value as a query string carries it. */
function queryText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  let parent = target;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (!next || typeof next !== 'object' || Array.isArray(next)) parent[key] = {};
    parent = parent[key] as Record<string, unknown>;
  }
  parent[path[path.length - 1]] = value;
}

function deleteAt(target: Record<string, unknown>, path: string[]): void {
  let parent: unknown = target;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string, unknown> | undefined)?.[key];
  if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[path[path.length - 1]];
}

/** The `{name}`s of a path template, in order. */
export function pathParamNames(template: string): string[] {
  return [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
}

/** The template with its parameters filled in (each URI-encoded). */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? 'x'));
}

/**
 * Path parameters for a template: mostly one of the real assignments given (ids of
 * claims, disputes, suppliers, keys that exist, so that the request reaches the
 * workflow or row behind it), otherwise random — a UUID, any text, or a real id of
 * another kind.
 */
export function pathParams(template: string, real: Array<Record<string, string>>, otherIds: string[] = []): fc.Arbitrary<Record<string, string>> {
  const names = pathParamNames(template);
  if (!names.length) return fc.constant({});
  const randomId = fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 80 }), ...(otherIds.length ? [fc.constantFrom(...otherIds)] : []));
  const random = fc.tuple(...names.map(() => randomId)).map((ids) => Object.fromEntries(names.map((n, i) => [n, ids[i]])));
  if (!real.length) return random;
  // one real parameter and one random one (a real claim with an unknown dispute)
  const mixed = fc.tuple(fc.constantFrom(...real), fc.constantFrom(...names), randomId).map(([params, name, id]) => ({ ...params, [name]: id }));
  return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...real) }, { weight: 1, arbitrary: mixed }, { weight: 2, arbitrary: random });
}
