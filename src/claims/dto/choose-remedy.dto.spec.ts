import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { REMEDY_KINDS } from '../../../domain/claim.types';
import { flattenValidationErrors } from '../../common/validation/validation.pipe';
import { CHOOSE_REMEDY_EXAMPLES, ChooseRemedyDto } from './choose-remedy.dto';

async function fields(body: unknown): Promise<string[]> {
  const errors = await validate(plainToInstance(ChooseRemedyDto, body), { whitelist: true, forbidNonWhitelisted: true });
  return [...new Set(flattenValidationErrors(errors).map((e) => e.field))].sort();
}

describe('ChooseRemedyDto', () => {
  it.each(Object.entries(CHOOSE_REMEDY_EXAMPLES))('accepts the DESIGN example %s', async (_name, body) => {
    expect(await fields(body)).toEqual([]);
  });

  it.each(REMEDY_KINDS)('accepts the kind %s alone (per-kind rules are the domain\'s)', async (kind) => {
    expect(await fields({ kind })).toEqual([]);
  });

  it('accepts the range ends of agreedRepairDays', async () => {
    expect(await fields({ kind: 'repair', agreedRepairDays: 1 })).toEqual([]);
    expect(await fields({ kind: 'repair', agreedRepairDays: 365 })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing kind', {}, 'kind'],
    ['an unknown kind', { kind: 'apology' }, 'kind'],
    ['qualityCheck as a string', { kind: 'replacement', qualityCheck: 'true' }, 'qualityCheck'],
    ['outOfStock as a number', { kind: 'replacement', outOfStock: 1 }, 'outOfStock'],
    ['0 repair days', { kind: 'repair', agreedRepairDays: 0 }, 'agreedRepairDays'],
    ['366 repair days', { kind: 'repair', agreedRepairDays: 366 }, 'agreedRepairDays'],
    ['fractional repair days', { kind: 'repair', agreedRepairDays: 2.5 }, 'agreedRepairDays'],
    ['repair days as a string', { kind: 'repair', agreedRepairDays: '20' }, 'agreedRepairDays'],
    ['a blank reason', { kind: 'rejected', reason: ' ' }, 'reason'],
    ['a reason over 2000 characters', { kind: 'rejected', reason: 'r'.repeat(2001) }, 'reason'],
    ['a null reason', { kind: 'rejected', reason: null }, 'reason'],
    ['an unknown property', { kind: 'refund', amount: 100 }, 'amount'],
  ])('refuses %s', async (_name, body, field) => {
    expect(await fields(body)).toEqual([field]);
  });
});
