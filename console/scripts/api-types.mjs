#!/usr/bin/env node
/**
 * The console's API types, generated from the OpenAPI document the API serves
 * (`/docs-json`) by openapi-typescript: console/src/api/schema.d.ts. The typed client
 * (openapi-fetch, console/src/api/client.ts) takes every path, parameter and body from
 * it, so a change of the API that the console does not follow fails its type check; and
 * console/src/api/request-rules.json, the request bodies' validation rules the forms check.
 *
 *   node console/scripts/api-types.mjs <openapi.json | http://host/docs-json>          writes schema.d.ts
 *   node console/scripts/api-types.mjs <openapi.json | http://host/docs-json> --check  exit 1 when stale
 *
 * The staleness check runs inside the tests (test/browser/console-client.test.ts) on the
 * document of the real app; `npm run console:api-types` regenerates from a running app.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const API_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'api');
const TYPES = join(API_DIR, 'schema.d.ts');
const RULES = join(API_DIR, 'request-rules.json');
const HEADER = '/**\n * GENERATED from the API\'s OpenAPI document by console/scripts/api-types.mjs: do not edit.\n */\n\n';

export async function generateTypes(document) {
  const ast = await openapiTS(document, { alphabetize: true, exportType: true });
  return HEADER + astToString(ast);
}

const RULE_KEYS = ['type', 'required', 'properties', 'items', 'enum', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'maxItems', 'multipleOf'];

/**
 * The validation rules of every request body, as the document states them: for each
 * operation (`POST /claims/{id}/triage`) its body schema, `$ref`s and `allOf`s inlined,
 * descriptions and examples dropped. The console's forms validate against these, so a
 * form checks what the API checks (console/src/forms/validate.ts).
 */
export function generateRules(document) {
  const schemas = document.components?.schemas ?? {};
  const inline = (schema, depth = 0) => {
    if (depth > 8) throw new Error('request schemas nest too deep');
    if (schema.$ref) return inline(schemas[schema.$ref.split('/').pop()], depth + 1);
    if (schema.allOf?.length === 1) return inline(schema.allOf[0], depth + 1);
    const out = {};
    for (const k of RULE_KEYS) if (schema[k] !== undefined) out[k] = schema[k];
    if (out.properties) out.properties = Object.fromEntries(Object.entries(out.properties).map(([k, v]) => [k, inline(v, depth + 1)]));
    if (out.items) out.items = inline(out.items, depth + 1);
    if (schema.enum && !out.type) out.type = 'string';
    return out;
  };
  const rules = {};
  for (const [path, item] of Object.entries(document.paths).sort(([a], [b]) => a.localeCompare(b))) {
    for (const [method, op] of Object.entries(item)) {
      const body = op.requestBody?.content?.['application/json']?.schema;
      if (body) rules[`${method.toUpperCase()} ${path}`] = inline(body);
    }
  }
  return `${JSON.stringify(rules, null, 1)}\n`;
}

async function load(source) {
  if (/^https?:\/\//.test(source)) {
    const res = await fetch(source);
    if (!res.ok) throw new Error(`${source}: HTTP ${res.status}`);
    return res.json();
  }
  return JSON.parse(readFileSync(source, 'utf8'));
}

const [source, flag] = process.argv.slice(2);
if (!source) {
  console.error('usage: api-types.mjs <openapi.json | url> [--check]');
  process.exit(2);
}
const document = await load(source);
const outputs = [
  [TYPES, await generateTypes(document)],
  [RULES, generateRules(document)],
];
const readOrNull = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};
const stale = outputs.filter(([file, text]) => readOrNull(file) !== text);
if (flag === '--check') {
  if (stale.length) {
    const names = stale.map(([file]) => `console/src/api/${basename(file)}`).join(', ');
    console.error(`${names} stale: the API changed. Regenerate: npm run console:api-types, then fix the console where its type check fails.`);
    process.exit(1);
  }
  console.log('console/src/api: generated files up to date');
} else {
  for (const [file, text] of stale) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
  if (!stale.length) console.log('console/src/api: generated files up to date');
}
