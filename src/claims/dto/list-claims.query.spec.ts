import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { createValidationPipe, flattenValidationErrors } from '../../common/validation/validation.pipe';
import { DEFAULT_LIST_LIMIT, ListClaimsQueryDto } from './list-claims.query';

/** Query strings arrive as strings, as Express parses them. */
async function check(query: Record<string, unknown>) {
  const dto = plainToInstance(ListClaimsQueryDto, query);
  const errors = flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
  return { dto, fields: [...new Set(errors.map((e) => e.field))].sort() };
}

describe('ListClaimsQueryDto', () => {
  it('accepts no filters, with the default limit', async () => {
    const { dto, fields } = await check({});
    expect(fields).toEqual([]);
    expect(dto.limit).toBe(DEFAULT_LIST_LIMIT);
  });

  it('accepts every filter at once', async () => {
    const { dto, fields } = await check({
      status: 'remedy_in_progress',
      channel: 'online_review',
      type: 'product_quality',
      unit: 'supplier',
      defectCode: 'upholstered.filler_shrinkage',
      supplierId: 'fabrika-yug',
      slaBreached: 'true',
      deadlineBreached: 'false',
      receivedFrom: '2026-11-01',
      receivedTo: '2026-11-30T18:00:00+03:00',
      q: ' Oslo ',
      cursor: 'WyIyMDI2LTExLTIyVDA5OjE1OjAwLjAwMFoiLCI3ZjFjIl0',
      limit: '200',
    });
    expect(fields).toEqual([]);
    expect(dto).toMatchObject({
      slaBreached: true,
      deadlineBreached: false,
      receivedFrom: '2026-11-01T00:00:00.000Z',
      receivedTo: '2026-11-30T15:00:00.000Z',
      q: 'Oslo',
      limit: 200,
    });
  });

  it('makes a date-only receivedTo cover its whole UTC day', async () => {
    const { dto } = await check({ receivedFrom: '2026-11-23', receivedTo: '2026-11-23' });
    expect(dto.receivedFrom).toBe('2026-11-23T00:00:00.000Z');
    expect(dto.receivedTo).toBe('2026-11-23T23:59:59.999Z');
  });

  it('converts "false" to false, not to a truthy string', async () => {
    const { dto } = await check({ slaBreached: 'false' });
    expect(dto.slaBreached).toBe(false);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown status', { status: 'open' }, 'status'],
    ['an unknown channel', { channel: 'fax' }, 'channel'],
    ['an unknown type', { type: 'other' }, 'type'],
    ['an unknown unit', { unit: 'warehouse' }, 'unit'],
    ['a repeated status (array)', { status: ['received', 'triaged'] }, 'status'],
    ['a bad defect code', { defectCode: 'Delivery Late' }, 'defectCode'],
    ['a bad supplier id', { supplierId: 'a b' }, 'supplierId'],
    ['slaBreached=yes', { slaBreached: 'yes' }, 'slaBreached'],
    ['deadlineBreached=1', { deadlineBreached: '1' }, 'deadlineBreached'],
    ['an impossible date', { receivedFrom: '2026-02-30' }, 'receivedFrom'],
    ['a date-time without offset', { receivedFrom: '2026-11-01T10:00:00' }, 'receivedFrom'],
    ['a word for a date', { receivedTo: 'yesterday' }, 'receivedTo'],
    ['receivedTo before receivedFrom', { receivedFrom: '2026-11-10', receivedTo: '2026-11-09' }, 'receivedTo'],
    ['an empty search', { q: '  ' }, 'q'],
    ['a search over 200 characters', { q: 'q'.repeat(201) }, 'q'],
    ['a cursor with foreign characters', { cursor: 'abc$%' }, 'cursor'],
    ['limit=0', { limit: '0' }, 'limit'],
    ['limit=201', { limit: '201' }, 'limit'],
    ['limit=ten', { limit: 'ten' }, 'limit'],
    ['limit=2.5', { limit: '2.5' }, 'limit'],
    ['an unknown parameter', { sort: 'asc' }, 'sort'],
  ])('refuses %s', async (_name, query, field) => {
    expect((await check(query)).fields).toEqual([field]);
  });

  it('is converted by the app\'s ValidationPipe as a query', async () => {
    const query = await createValidationPipe().transform(
      { limit: '10', slaBreached: 'false', receivedTo: '2026-11-30' },
      { type: 'query', metatype: ListClaimsQueryDto },
    );
    expect(query).toBeInstanceOf(ListClaimsQueryDto);
    expect(query).toMatchObject({ limit: 10, slaBreached: false, receivedTo: '2026-11-30T23:59:59.999Z' });
  });
});
