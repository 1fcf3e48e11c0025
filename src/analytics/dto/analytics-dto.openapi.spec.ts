/**
 * The OpenAPI document of GET /analytics/summary: a description on every property of
 * every schema, an example on every leaf, the query parameters documented, and the
 * example answer made only of documented properties.
 */
import { openApiDocumentOf, type Schema } from '../../common/openapi/openapi-document.testing';
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AnalyticsController } from '../analytics.controller';
import { AnalyticsService } from '../analytics.service';
import { ANALYTICS_SUMMARY_EXAMPLE } from './analytics-summary.dto';

@Module({ controllers: [AnalyticsController], providers: [{ provide: AnalyticsService, useValue: {} }] })
class DocumentedModule {}

let doc: OpenAPIObject;
let schemas: Record<string, Schema>;

beforeAll(async () => {
  ({ doc, schemas } = await openApiDocumentOf(DocumentedModule));
});

const refName = (s: Schema | undefined): string | undefined => (s?.$ref ? String(s.$ref).split('/').pop() : undefined);

/** Paths of the value that its schema does not document (unknown or missing properties, wrong kinds). */
function undocumented(value: unknown, schema: Schema, path = '$'): string[] {
  const name = refName(schema) ?? refName(schema.allOf?.[0]);
  if (name) return undocumented(value, schemas[name], path);
  if (value === null) return schema.nullable ? [] : [`${path}: null`];
  if (schema.type === 'array') {
    return Array.isArray(value) ? value.flatMap((v, i) => undocumented(v, schema.items, `${path}[${i}]`)) : [`${path}: not an array`];
  }
  if (schema.type === 'object' || schema.properties) {
    const record = value as Record<string, unknown>;
    const out = (schema.required ?? []).filter((k: string) => !(k in record)).map((k: string) => `${path}: missing ${k}`);
    for (const [k, v] of Object.entries(record)) {
      if (!schema.properties?.[k]) out.push(`${path}: unknown property ${k}`);
      else out.push(...undocumented(v, schema.properties[k], `${path}.${k}`));
    }
    return out;
  }
  if (schema.type === 'integer' && !Number.isInteger(value)) return [`${path}: not an integer`];
  if (schema.type === 'number' && typeof value !== 'number') return [`${path}: not a number`];
  if (schema.type === 'string' && typeof value !== 'string') return [`${path}: not a string`];
  return [];
}

describe('the OpenAPI document of the analytics summary', () => {
  it('documents every property with a description, and an example on every leaf', () => {
    const ours = Object.keys(schemas).filter((n) => schemas[n].type === 'object' && !/^Problem|FieldError/.test(n));
    expect(ours).toEqual(expect.arrayContaining(['AnalyticsSummaryDto', 'KeyCountDto', 'SurveyDto', 'NpsDto', 'ReviewCorrectionDto']));
    const missing: string[] = [];
    for (const name of ours) {
      for (const [key, p] of Object.entries<Schema>(schemas[name].properties)) {
        const nested = p.$ref || p.allOf || p.items?.$ref;
        if (!p.description) missing.push(`${name}.${key}: description`);
        if (!nested && p.example === undefined) missing.push(`${name}.${key}: example`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('documents the query parameters, JSON and CSV answers and the problems', () => {
    const op = doc.paths['/analytics/summary'].get!;
    const params = (op.parameters as Schema[]).filter((p) => p.in === 'query');
    expect(params.map((p) => p.name).sort()).toEqual(['format', 'from', 'to']);
    expect(params.every((p) => p.required === false && p.description && p.schema.example !== undefined)).toBe(true);
    const ok = (op.responses as Schema)['200'];
    expect(Object.keys(ok.content).sort()).toEqual(['application/json', 'text/csv']);
    expect(Object.keys(op.responses).sort()).toEqual(['200', '400', '401', '403', '429']);
  });

  it('its example answer has exactly the documented shape, and the checker does catch a wrong one', () => {
    expect(undocumented(ANALYTICS_SUMMARY_EXAMPLE, { $ref: '#/components/schemas/AnalyticsSummaryDto' })).toEqual([]);
    const wrong = { ...ANALYTICS_SUMMARY_EXAMPLE, extra: 1, claims: { ...ANALYTICS_SUMMARY_EXAMPLE.claims, total: 1.5 } };
    expect(undocumented(wrong, { $ref: '#/components/schemas/AnalyticsSummaryDto' }).sort()).toEqual([
      '$.claims.total: not an integer',
      '$: unknown property extra',
    ]);
  });
});
