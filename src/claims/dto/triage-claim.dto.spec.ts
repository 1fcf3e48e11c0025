import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DEFAULT_DEFECT_CODES } from '../../../domain/claim.types';
import { flattenValidationErrors } from '../../common/validation/validation.pipe';
import { TRIAGE_CLAIM_EXAMPLE, TriageClaimDto } from './triage-claim.dto';

async function fields(body: unknown): Promise<string[]> {
  const errors = await validate(plainToInstance(TriageClaimDto, body), { whitelist: true, forbidNonWhitelisted: true });
  return [...new Set(flattenValidationErrors(errors).map((e) => e.field))].sort();
}

const example = (patch: Record<string, unknown> = {}) => ({ ...TRIAGE_CLAIM_EXAMPLE, ...patch });

describe('TriageClaimDto', () => {
  it('accepts the DESIGN example, and the example without notes', async () => {
    expect(await fields(example())).toEqual([]);
    expect(await fields(example({ notes: undefined }))).toEqual([]);
  });

  it.each(DEFAULT_DEFECT_CODES)('accepts the default defect code %s', async (defectCode) => {
    expect(await fields(example({ defectCode }))).toEqual([]);
  });

  it('accepts a code the policy may add (membership is the service\'s check)', async () => {
    expect(await fields(example({ defectCode: 'mattress.spring_broken' }))).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing type', { type: undefined }, 'type'],
    ['a missing defect code', { defectCode: undefined }, 'defectCode'],
    ['an unknown type', { type: 'quality' }, 'type'],
    ['an unknown unit', { unit: 'warehouse' }, 'unit'],
    ['an unknown severity', { severity: 'urgent' }, 'severity'],
    ['a defect code with capitals', { defectCode: 'Upholstered.seam_defect' }, 'defectCode'],
    ['a defect code with three parts', { defectCode: 'a.b.c' }, 'defectCode'],
    ['a defect code with digits', { defectCode: 'cabinet.panel2' }, 'defectCode'],
    ['a defect code as a number', { defectCode: 7 }, 'defectCode'],
    ['blank notes', { notes: '  ' }, 'notes'],
    ['notes over 2000 characters', { notes: 'n'.repeat(2001) }, 'notes'],
    ['an unknown property', { priority: 'high' }, 'priority'],
  ])('refuses %s', async (_name, patch, field) => {
    expect(await fields(example(patch))).toEqual([field]);
  });
});
