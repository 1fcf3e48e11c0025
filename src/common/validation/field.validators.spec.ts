import { plainToInstance } from 'class-transformer';
import 'reflect-metadata';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { validate } from 'class-validator';
import { isIsoDate, MoneyAmount, toUtcInstant, Trim } from './field.validators';

class Reasoned {
  @ApiProperty({ minLength: 1, maxLength: 5 })
  @Trim()
  @IsString()
  @Length(1, 5)
  reason: string;
}

describe('Trim', () => {
  const check = async (reason: unknown) => {
    const dto = plainToInstance(Reasoned, { reason });
    return { value: dto.reason, problems: (await validate(dto)).flatMap((e) => Object.values(e.constraints ?? {})) };
  };

  it('trims a value within the documented maxLength', async () => {
    expect(await check(' ok\n')).toEqual({ value: 'ok', problems: [] });
  });

  // Schemathesis: "\n" + 5 characters is 6 as sent, over maxLength 5, and passed once trimmed
  it('leaves a value over the documented maxLength as sent, so that the length rule refuses it', async () => {
    const { value, problems } = await check('\nabcde');
    expect(value).toBe('\nabcde');
    expect(problems).toEqual(['reason must be shorter than or equal to 5 characters']);
  });

  it('leaves other types for the type rule', async () => {
    expect((await check(42)).problems).toContain('reason must be a string');
  });
});

class Priced {
  @MoneyAmount('amount', 0)
  amount: number;
}

describe('MoneyAmount', () => {
  const problems = async (amount: unknown) => (await validate(plainToInstance(Priced, { amount }))).flatMap((e) => Object.values(e.constraints ?? {}));

  it.each([0, 0.01, 10, 12_499.99])('accepts %p', async (amount) => {
    expect(await problems(amount)).toEqual([]);
  });

  // 5e-324 made class-validator's maxDecimalPlaces throw (a 500 found by Schemathesis)
  it.each([5e-324, 1.5e-7, 0.001, 10.005])('refuses %p as more than 2 decimals, without throwing', async (amount) => {
    expect(await problems(amount)).toContain('amount must be a number with at most 2 decimal places');
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, '10'])('refuses %p', async (amount) => {
    expect((await problems(amount)).length).toBeGreaterThan(0);
  });
});

describe('isIsoDate', () => {
  it.each(['2026-05-10', '2024-02-29', '2026-12-31', '0099-01-01'])('accepts %s', (d) => {
    expect(isIsoDate(d)).toBe(true);
  });
  it.each(['2026-02-29', '2026-04-31', '2026-00-10', '2026-1-1', '20260510', ' 2026-05-10', 20260510, null])(
    'refuses %p',
    (d) => {
      expect(isIsoDate(d)).toBe(false);
    },
  );
});

describe('toUtcInstant', () => {
  it.each<[string, boolean, string]>([
    ['2026-11-01', false, '2026-11-01T00:00:00.000Z'],
    ['2026-11-01', true, '2026-11-01T23:59:59.999Z'],
    ['2026-11-01T08:30Z', false, '2026-11-01T08:30:00.000Z'],
    ['2026-11-01T08:30:15.5Z', true, '2026-11-01T08:30:15.500Z'],
    ['2026-11-01T08:30:15.123456789Z', false, '2026-11-01T08:30:15.123Z'],
    ['2026-11-01T02:00:00+03:00', false, '2026-10-31T23:00:00.000Z'],
  ])('reads %s (end of day: %s) as %s', (text, endOfDay, instant) => {
    expect(toUtcInstant(text, endOfDay)).toBe(instant);
  });

  it.each(['2026-11-31', '2026-11-01T24:00:00Z', '2026-11-01T08:30:00', '2026-11-01 08:30:00Z', '2026-W44', 'now', 5])(
    'refuses %p',
    (text) => {
      expect(toUtcInstant(text)).toBeUndefined();
    },
  );
});
