/**
 * What every operation of the API has in common, said once for the whole OpenAPI
 * document instead of on each controller (rules the global pipes, guard and filter apply
 * to every route):
 *  - error answers are `application/problem+json` (the one exception filter);
 *  - a body the parsers cannot take is a 413 or 415; a backing service that does not
 *    answer is a 503 with Retry-After; a limited caller gets a 429 with Retry-After;
 *  - request bodies refuse unknown properties (`forbidNonWhitelisted`), so their schemas
 *    say `additionalProperties: false`;
 *  - a body none of whose members is required may be left out (it then counts as `{}`);
 *  - a parameter is declared once (the last declaration of a name wins, as Nest's own
 *    decorators override the class-level ones).
 * Pure: a document in, the same document changed.
 */
import type { OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_BASE } from '../errors/problem-types';

// the document is plain JSON here; the SDK's types are too narrow to walk it generically
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PROBLEM_SCHEMA = { $ref: '#/components/schemas/ProblemDetailsDto' };
const RETRY_AFTER = { description: 'Seconds to wait before trying again', schema: { type: 'integer', example: 5 } };
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;
/** Routes that answer without touching PostgreSQL or Temporal, or document their own 503. */
const NO_BACKING_SERVICE = new Set(['/metrics', '/health']);

function problem(status: number, slug: string, title: string, description: string, detail: string, headers?: Json): Json {
  return {
    description,
    ...(headers ? { headers } : {}),
    content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_SCHEMA, example: { type: `${PROBLEM_TYPE_BASE}${slug}`, title, status, detail, instance: '/claims' } } },
  };
}

const STANDARD = {
  413: problem(413, 'payload-too-large', 'Payload too large', 'The body is larger than BODY_LIMIT', 'The request body is larger than the 256kb limit.'),
  415: problem(415, 'unsupported-media-type', 'Unsupported media type', 'The body is not JSON (or a form, where one is taken)', 'Content-Type text/plain is not supported; send application/json.'),
  429: problem(429, 'rate-limited', 'Too many requests', 'Too many requests from this key or address; retry after `Retry-After` seconds', 'Too many requests with this API key; retry after the Retry-After delay.', {
    'Retry-After': RETRY_AFTER,
  }),
  503: problem(503, 'unavailable', 'Service unavailable', 'PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds', 'A backing service is not answering; try again shortly.', {
    'Retry-After': RETRY_AFTER,
  }),
};

/** The last declaration of each (in, name) pair, in first-seen order. */
function dedupeParameters(parameters: Json[]): Json[] {
  const byKey = new Map<string, Json>();
  for (const p of parameters) byKey.set(`${p.in}:${String(p.name).toLowerCase()}`, p);
  // a header declared optional anywhere is optional (Idempotency-Key)
  for (const p of parameters) {
    const kept = byKey.get(`${p.in}:${String(p.name).toLowerCase()}`) as Json;
    if (p.in === 'header' && p.required === false) kept.required = false;
  }
  return [...byKey.values()];
}

/** Marks the object schemas a request body uses, and those they nest, as closed. */
function closeSchemas(doc: OpenAPIObject, schema: Json | undefined, seen: Set<string>): void {
  if (!schema || typeof schema !== 'object') return;
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop() as string;
    if (seen.has(name)) return;
    seen.add(name);
    closeSchemas(doc, (doc.components?.schemas as Json | undefined)?.[name], seen);
    return;
  }
  if (schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
  for (const child of Object.values((schema.properties ?? {}) as Json)) closeSchemas(doc, child as Json, seen);
  closeSchemas(doc, schema.items, seen);
  for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) closeSchemas(doc, part, seen);
}

/** Whether a body schema names members that must be there. */
function hasRequiredMembers(doc: OpenAPIObject, schema: Json | undefined): boolean {
  if (!schema) return false;
  if (typeof schema.$ref === 'string') return hasRequiredMembers(doc, (doc.components?.schemas as Json | undefined)?.[schema.$ref.split('/').pop() as string]);
  return Array.isArray(schema.required) && schema.required.length > 0;
}

export function normalizeOpenApi(doc: OpenAPIObject): OpenAPIObject {
  const closed = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    for (const method of METHODS) {
      const op = (item as Json)[method] as Json | undefined;
      if (!op) continue;
      const responses = (op.responses ??= {}) as Json;
      for (const [code, response] of Object.entries(responses)) {
        const content = (response as Json).content as Json | undefined;
        if (Number(code) >= 400 && content?.['application/json'] && !content[PROBLEM_CONTENT_TYPE] && !NO_BACKING_SERVICE.has(path)) {
          content[PROBLEM_CONTENT_TYPE] = content['application/json'];
          delete content['application/json'];
        }
      }
      if (Array.isArray(op.parameters)) op.parameters = dedupeParameters(op.parameters);
      if (op.requestBody) {
        if (Object.values((op.requestBody.content ?? {}) as Json).every((media) => !hasRequiredMembers(doc, (media as Json).schema))) op.requestBody.required = false;
        responses['413'] ??= STANDARD[413];
        responses['415'] ??= STANDARD[415];
        for (const media of Object.values((op.requestBody.content ?? {}) as Json)) closeSchemas(doc, (media as Json).schema, closed);
      }
      if (!NO_BACKING_SERVICE.has(path)) {
        responses['429'] ??= STANDARD[429];
        responses['503'] ??= STANDARD[503];
      }
    }
  }
  return doc;
}
