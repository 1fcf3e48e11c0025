/**
 * The OpenAPI document these DTOs produce: named enums, required lists, a description
 * and an example on every property, and the DESIGN's example bodies accepted by it.
 */
import { openApiDocumentOf, type Schema } from '../../common/openapi/openapi-document.testing';
import 'reflect-metadata';
import { Body, Controller, Get, Module, Post, Query } from '@nestjs/common';
import { ApiOkResponse, type OpenAPIObject } from '@nestjs/swagger';
import {
  CHANNELS,
  CLAIM_ACTIONS,
  CLAIM_STATUSES,
  CLAIM_TYPES,
  REMEDY_KINDS,
  RESPONSIBLE_UNITS,
  SEVERITIES,
} from '../../../domain/claim.types';
import {
  AddNoteDto,
  CHOOSE_REMEDY_EXAMPLES,
  COMPLETE_REMEDY_EXAMPLE,
  CREATE_CLAIM_EXAMPLE,
  ChooseRemedyDto,
  ClaimListResponseDto,
  ClaimResponseDto,
  CompleteRemedyDto,
  CreateClaimDto,
  CustomerRespondedDto,
  ListClaimsQueryDto,
  PROBLEM_EXAMPLES,
  ReopenClaimDto,
  TRIAGE_CLAIM_EXAMPLE,
  TriageClaimDto,
  WaitingOnCustomerDto,
  WithdrawClaimDto,
} from './index';
import { ProblemDto } from '../../common/openapi/problem-responses';

@Controller('claims')
class DocumentedController {
  @Post() @ApiOkResponse({ type: ClaimResponseDto }) create(@Body() _b: CreateClaimDto) {}
  @Get() @ApiOkResponse({ type: ClaimListResponseDto }) list(@Query() _q: ListClaimsQueryDto) {}
  @Post('triage') @ApiOkResponse({ type: ProblemDto }) triage(@Body() _b: TriageClaimDto) {}
  @Post('remedy') remedy(@Body() _b: ChooseRemedyDto) {}
  @Post('complete') complete(@Body() _b: CompleteRemedyDto) {}
  @Post('notes') note(@Body() _b: AddNoteDto) {}
  @Post('reopen') reopen(@Body() _b: ReopenClaimDto) {}
  @Post('withdraw') withdraw(@Body() _b: WithdrawClaimDto) {}
  @Post('waiting') waiting(@Body() _b: WaitingOnCustomerDto) {}
  @Post('responded') responded(@Body() _b: CustomerRespondedDto) {}
}

@Module({ controllers: [DocumentedController] })
class DocumentedModule {}

let doc: OpenAPIObject;
let schemas: Record<string, Schema>;

beforeAll(async () => {
  ({ doc, schemas } = await openApiDocumentOf(DocumentedModule));
});

/**
 * A small checker for the subset of JSON Schema these DTOs use; an unknown property is
 * an error, as the ValidationPipe forbids them. Returns the paths that do not conform.
 */
function conformance(value: unknown, schema: Schema, path = '$'): string[] {
  if (schema.$ref) return conformance(value, schemas[String(schema.$ref).split('/').pop()!], path);
  if (schema.allOf) return schema.allOf.flatMap((s: Schema) => conformance(value, s, path));
  if (schema.oneOf && !schema.oneOf.some((s: Schema) => conformance(value, s, path).length === 0)) return [`${path}: oneOf`];
  if (value === null) return schema.nullable ? [] : [`${path}: null`];
  const out: string[] = [];
  const fail = (why: string) => out.push(`${path}: ${why}`);
  if (schema.enum && !schema.enum.includes(value)) fail(`not in enum`);
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return [`${path}: not a string`];
      if (schema.minLength !== undefined && value.length < schema.minLength) fail('too short');
      if (schema.maxLength !== undefined && value.length > schema.maxLength) fail('too long');
      if (schema.pattern && !new RegExp(schema.pattern).test(value)) fail('pattern');
      if (schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) fail('format date');
      if (schema.format === 'uri' && !/^https?:\/\/[^\s/]+\.[^\s/]+/.test(value)) fail('format uri');
      break;
    case 'number':
    case 'integer':
      if (typeof value !== 'number') return [`${path}: not a number`];
      if (schema.type === 'integer' && !Number.isInteger(value)) fail('not an integer');
      if (schema.minimum !== undefined && value < schema.minimum) fail('below minimum');
      if (schema.maximum !== undefined && value > schema.maximum) fail('above maximum');
      break;
    case 'boolean':
      if (typeof value !== 'boolean') fail('not a boolean');
      break;
    case 'array':
      if (!Array.isArray(value)) return [`${path}: not an array`];
      if (schema.maxItems !== undefined && value.length > schema.maxItems) fail('too many items');
      value.forEach((item, i) => out.push(...conformance(item, schema.items, `${path}[${i}]`)));
      break;
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return [`${path}: not an object`];
      const record = value as Record<string, unknown>;
      for (const key of schema.required ?? []) if (record[key] === undefined) fail(`missing ${key}`);
      for (const [key, v] of Object.entries(record)) {
        const property = schema.properties?.[key];
        if (!property) fail(`unknown property ${key}`);
        else if (v !== undefined) out.push(...conformance(v, property, `${path}.${key}`));
      }
      break;
    }
  }
  return out;
}

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

describe('the OpenAPI document of the claims DTOs', () => {
  it.each<[string, readonly string[]]>([
    ['Channel', CHANNELS],
    ['ClaimType', CLAIM_TYPES],
    ['ResponsibleUnit', RESPONSIBLE_UNITS],
    ['Severity', SEVERITIES],
    ['RemedyKind', REMEDY_KINDS],
    ['ClaimStatus', CLAIM_STATUSES],
    ['ClaimAction', CLAIM_ACTIONS],
  ])('has the named enum %s with the domain\'s list and its own description', (name, values) => {
    expect(schemas[name]).toMatchObject({ type: 'string', enum: [...values] });
    expect(schemas[name].description).toEqual(expect.any(String));
  });

  it('refers to the named enums instead of repeating them', () => {
    expect(schemas.CreateClaimDto.properties.channel.allOf).toEqual([ref('Channel')]);
    expect(schemas.ClaimResponseDto.properties.allowedActions).toMatchObject({ type: 'array', items: ref('ClaimAction') });
    // a refusal may come from a claim, a dispute or a supplier task: any action name
    expect(schemas.ProblemDto.properties.allowedActions).toMatchObject({ type: 'array', items: { type: 'string' } });
  });

  it('lists exactly the required members of the intake body', () => {
    expect(schemas.CreateClaimDto.required).toEqual(['channel', 'customer', 'order', 'description']);
    expect(schemas.CustomerDto.required).toEqual(['name']);
    expect(schemas.OrderDto.required.sort()).toEqual(
      ['category', 'currency', 'orderId', 'price', 'productName', 'purchasedAt', 'sku'].sort(),
    );
    expect(schemas.LinkedReviewDto.required.sort()).toEqual(['platform', 'rating', 'reviewId']);
  });

  it('documents every property of every claims schema with a description, and an example on every leaf', () => {
    const ours = Object.keys(schemas).filter((name) => schemas[name].type === 'object' && name !== 'FieldErrorDto');
    expect(ours.length).toBeGreaterThan(15);
    const undocumented: string[] = [];
    for (const name of ours) {
      for (const [key, property] of Object.entries<Schema>(schemas[name].properties)) {
        const nested = property.$ref || property.allOf?.some((s: Schema) => schemas[String(s.$ref).split('/').pop()!].type === 'object') ||
          property.items?.$ref && schemas[String(property.items.$ref).split('/').pop()!].type === 'object';
        if (!property.description) undocumented.push(`${name}.${key}: description`);
        if (!nested && property.example === undefined) undocumented.push(`${name}.${key}: example`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('documents the list query: named enums, limits and the default page size', () => {
    const parameters = doc.paths['/claims'].get!.parameters as Schema[];
    const byName = Object.fromEntries(parameters.map((p) => [p.name, p]));
    expect(Object.keys(byName).sort()).toEqual(
      ['channel', 'cursor', 'deadlineBreached', 'defectCode', 'disputes', 'limit', 'q', 'receivedFrom', 'receivedTo', 'slaBreached', 'sort', 'status', 'supplierId', 'type', 'unit'].sort(),
    );
    expect(byName.sort.schema).toMatchObject({ type: 'string', enum: ['received', 'due'] });
    expect(parameters.every((p) => p.in === 'query' && p.required === false && p.description)).toBe(true);
    expect(byName.status.schema).toEqual(ref('ClaimStatus'));
    expect(byName.limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 200, default: 50 });
    expect(byName.slaBreached.schema).toMatchObject({ type: 'boolean' });
  });

  describe('accepts the DESIGN example bodies', () => {
    it.each<[string, string, unknown]>([
      ['POST /claims', 'CreateClaimDto', CREATE_CLAIM_EXAMPLE],
      ['POST /claims/{id}/triage', 'TriageClaimDto', TRIAGE_CLAIM_EXAMPLE],
      ...Object.entries(CHOOSE_REMEDY_EXAMPLES).map(
        ([name, body]): [string, string, unknown] => [`POST /claims/{id}/remedy (${name})`, 'ChooseRemedyDto', body],
      ),
      ['POST /claims/{id}/remedy/complete', 'CompleteRemedyDto', COMPLETE_REMEDY_EXAMPLE],
      ...Object.entries(PROBLEM_EXAMPLES).map(([status, body]): [string, string, unknown] => [`the ${status} problem`, 'ProblemDto', body]),
    ])('%s', (_name, schema, body) => {
      expect(conformance(body, schemas[schema])).toEqual([]);
    });
  });

  it('and the checker used for that does refuse a wrong body', () => {
    const wrong = {
      ...CREATE_CLAIM_EXAMPLE,
      channel: 'fax',
      extra: 1,
      order: { ...CREATE_CLAIM_EXAMPLE.order, currency: 'rub' },
      review: { ...CREATE_CLAIM_EXAMPLE.review, rating: 2.5 },
    };
    expect(conformance(wrong, schemas.CreateClaimDto).sort()).toEqual([
      '$.channel: not in enum',
      '$.order.currency: pattern',
      '$.review.rating: not an integer',
      '$: unknown property extra',
    ]);
  });
});
