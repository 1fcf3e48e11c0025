import 'reflect-metadata';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import { flattenValidationErrors } from '../../common/validation/validation.pipe';
import {
  AddNoteDto,
  COMPLETE_REMEDY_EXAMPLE,
  CompleteRemedyDto,
  CustomerRespondedDto,
  ReopenClaimDto,
  WaitingOnCustomerDto,
  WithdrawClaimDto,
} from './claim-actions.dto';

async function check<T extends object>(cls: ClassConstructor<T>, body: unknown) {
  const dto = plainToInstance(cls, body);
  const errors = flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
  return { dto, fields: [...new Set(errors.map((e) => e.field))].sort() };
}

describe('lifecycle action bodies', () => {
  it('accept the DESIGN remedy/complete example', async () => {
    expect((await check(CompleteRemedyDto, COMPLETE_REMEDY_EXAMPLE)).fields).toEqual([]);
  });

  describe.each<[string, ClassConstructor<object>]>([
    ['CompleteRemedyDto', CompleteRemedyDto],
    ['CustomerRespondedDto', CustomerRespondedDto],
  ])('%s (optional notes, up to 2000)', (_name, cls) => {
    it('accepts an empty body and notes', async () => {
      expect((await check(cls, {})).fields).toEqual([]);
      expect((await check(cls, { notes: 'n'.repeat(2000) })).fields).toEqual([]);
    });
    it.each<[string, unknown]>([
      ['blank', '   '],
      ['too long', 'n'.repeat(2001)],
      ['not a string', 5],
      ['null', null],
    ])('refuses notes that are %s', async (_label, notes) => {
      expect((await check(cls, { notes })).fields).toEqual(['notes']);
    });
    it('refuses an unknown property', async () => {
      expect((await check(cls, { note: 'typo' })).fields).toEqual(['note']);
    });
  });

  describe.each<[string, ClassConstructor<object>]>([
    ['ReopenClaimDto', ReopenClaimDto],
    ['WithdrawClaimDto', WithdrawClaimDto],
    ['WaitingOnCustomerDto', WaitingOnCustomerDto],
  ])('%s (reason 1..2000)', (_name, cls) => {
    it('accepts a reason, trimmed', async () => {
      const { dto, fields } = await check(cls, { reason: '  asked for photos ' });
      expect(fields).toEqual([]);
      expect(dto).toEqual(expect.objectContaining({ reason: 'asked for photos' }));
    });
    it.each<[string, Record<string, unknown>]>([
      ['missing', {}],
      ['blank', { reason: '\n ' }],
      ['too long', { reason: 'r'.repeat(2001) }],
      ['not a string', { reason: ['a'] }],
    ])('refuses a reason that is %s', async (_label, body) => {
      expect((await check(cls, body)).fields).toEqual(['reason']);
    });
  });

  describe('AddNoteDto (text 1..5000)', () => {
    it('accepts text up to 5000 characters', async () => {
      expect((await check(AddNoteDto, { text: 't'.repeat(5000) })).fields).toEqual([]);
    });
    it.each<[string, Record<string, unknown>]>([
      ['missing', {}],
      ['empty', { text: '' }],
      ['too long', { text: 't'.repeat(5001) }],
    ])('refuses text that is %s', async (_label, body) => {
      expect((await check(AddNoteDto, body)).fields).toEqual(['text']);
    });
  });
});
