/**
 * Field rules shared by the claims DTOs: formats, limits, a few custom class-validator
 * decorators and class-transformer transforms. Pure functions plus decorators; no Nest.
 */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, DECORATORS } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { DEFECT_CODE_PATTERN } from '../../../domain/policy/policy.rules';
import {
  ArrayMaxSize,
  IsArray,
  IsNumber,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  buildMessage,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';

// ---------------------------------------------------------------------------
// Formats and limits
// ---------------------------------------------------------------------------

/** A lowercase code such as `upholstered` or `yandex_maps`. */
export const LOWERCASE_CODE = /^[a-z][a-z0-9_]*$/;
/** A defect / fault code: `group.code` or a bare `code` (the policy's rule; membership is checked against the policy later). */
export const DEFECT_CODE = DEFECT_CODE_PATTERN;
export const DEFECT_CODE_MESSAGE = 'defectCode must be a lowercase code such as upholstered.filler_shrinkage or other';
/** E.164: a plus, a country code and at most 15 digits in all. */
export const E164_PHONE = /^\+[1-9]\d{6,14}$/;
/** ISO 4217 alphabetic currency code. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;
/** A short BCP 47 language tag: `ru`, `en-GB`, `zh-Hant-TW`. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** A supplier id as the registry spells it, e.g. `fabrika-yug` (never personal data: it is a search attribute). */
export const SUPPLIER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** The refusal for a `field` that is no SUPPLIER_ID. */
export const supplierIdMessage = (field: string) => `${field} must be letters, digits, ".", "_" or "-", e.g. fabrika-yug`;
/** An identifier from another system: any visible text without control characters. */
export const EXTERNAL_ID = /^[^\u0000-\u001f\u007f]+$/;
/** The opaque paging cursor this API hands out (base64url). */
export const CURSOR = /^[A-Za-z0-9_-]+$/;

export const LIMITS = {
  name: 200,
  externalId: 200,
  productName: 300,
  code: 64,
  defectCode: 100,
  supplierId: 64,
  email: 254,
  language: 35,
  url: 2048,
  attachments: 20,
  description: 5000,
  noteText: 5000,
  reason: 2000,
  notes: 2000,
  search: 200,
  cursor: 512,
  /** price ceiling: well above any real order, low enough to stay an exact double with 2 decimals */
  price: 10_000_000_000,
  repairDays: 365,
  listLimit: 200,
} as const;

/** http(s) URLs with a real host name and no credentials in them. */
export const HTTP_URL_OPTIONS = {
  protocols: ['http', 'https'],
  require_protocol: true,
  require_valid_protocol: true,
  require_host: true,
  disallow_auth: true,
};

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, does not map years 0-99 to 19xx
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * An ISO 8601 date (`2026-11-01`) or date-time with an explicit offset
 * (`2026-11-01T08:30:00Z`, `2026-11-01T11:30+03:00`) as a UTC instant
 * `YYYY-MM-DDTHH:mm:ss.sssZ`; `undefined` when the text is neither.
 * A date alone means the first millisecond of that UTC day, or the last one with `endOfDay`.
 */
export function toUtcInstant(value: unknown, endOfDay = false): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (isIsoDate(value)) return `${value}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z`;
  const m = ISO_DATE_TIME.exec(value);
  if (!m || !isIsoDate(m[1])) return undefined;
  const [, date, hh, mm, ss = '00', fraction = '', offset] = m;
  const millis = (fraction.slice(1) + '000').slice(0, 3);
  const ms = Date.parse(`${date}T${hh}:${mm}:${ss}.${millis}${offset}`);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

// ---------------------------------------------------------------------------
// Decorators
// ---------------------------------------------------------------------------

/**
 * Skips the property's other rules when it is absent (`undefined`). Unlike @IsOptional,
 * `null` is not "absent": it is checked, and refused by the type rules, so that no
 * `null` reaches a workflow.
 */
export function OptionalField(): PropertyDecorator {
  return ValidateIf((_object: unknown, value: unknown) => value !== undefined);
}

/**
 * A supplier id (SUPPLIER_ID, at most LIMITS.supplierId), documented and validated in one
 * place: optional unless `required`; `trim` for values typed by people; `field` names it
 * in the refusal (default `supplierId`).
 */
export function SupplierIdField(options: { description: string; required?: boolean; trim?: boolean; field?: string }): PropertyDecorator {
  const doc = { description: options.description, example: 'fabrika-yug', pattern: SUPPLIER_ID.source, maxLength: LIMITS.supplierId };
  return applyDecorators(
    options.required ? ApiProperty(doc) : ApiPropertyOptional(doc),
    ...(options.required ? [] : [OptionalField()]),
    ...(options.trim ? [Trim()] : []),
    IsString(),
    MaxLength(LIMITS.supplierId),
    Matches(SUPPLIER_ID, { message: supplierIdMessage(options.field ?? 'supplierId') }),
  );
}

/**
 * Trims a string (other values pass unchanged, for the type rules to refuse). A string
 * longer than the field's documented `maxLength` is left as sent, so that the length rule
 * refuses it: the OpenAPI limit is on the value as sent, and whitespace around it must
 * not make an over-long value pass (Schemathesis found one).
 */
export function Trim(): PropertyDecorator {
  return (target, key) => {
    const documentedMax = () => (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, target, key) as { maxLength?: number } | undefined)?.maxLength;
    Transform(({ value }) => {
      if (typeof value !== 'string') return value;
      const max = documentedMax();
      return max !== undefined && value.length > max ? value : value.trim();
    })(target, key);
  };
}

/** Trims each string of an array. */
export function TrimEach(): PropertyDecorator {
  return Transform(({ value }) =>
    Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value,
  );
}

/** Query-string booleans: `'true'` / `'false'` become booleans; anything else is left for @IsBoolean to refuse. */
export function BooleanFromQuery(): PropertyDecorator {
  return Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));
}

/** Normalises a valid date or date-time to a UTC instant; other values are left for the validator to refuse. */
export function UtcInstantFromQuery(endOfDay: boolean): PropertyDecorator {
  return Transform(({ value }) => toUtcInstant(value, endOfDay) ?? value);
}

export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value: unknown) => isIsoDate(value),
        defaultMessage: buildMessage((each) => `${each}$property must be a real date written YYYY-MM-DD`, options),
      },
    },
    options,
  );
}

export function IsIsoDateOrDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDateOrDateTime',
      validator: {
        validate: (value: unknown) => toUtcInstant(value) !== undefined,
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be a real date (YYYY-MM-DD) or a date-time with an offset (e.g. 2026-11-01T08:30:00Z)`,
          options,
        ),
      },
    },
    options,
  );
}

function sibling(args: ValidationArguments | undefined, property: string): unknown {
  return args ? (args.object as Record<string, unknown>)[property] : undefined;
}

/**
 * A YYYY-MM-DD date not before the date in `otherProperty`. Passes when either is not a
 * valid date: their own format rules report that.
 */
export function IsDateNotBefore(otherProperty: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateNotBefore',
      constraints: [otherProperty],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const other = sibling(args, otherProperty);
          return !isIsoDate(value) || !isIsoDate(other) || value >= other;
        },
        defaultMessage: buildMessage(
          (each, args) =>
            `${each}$property (${String(args?.value)}) must not be before ${otherProperty} (${String(sibling(args, otherProperty))})`,
          options,
        ),
      },
    },
    options,
  );
}

/**
 * A day (YYYY-MM-DD) not after today: a purchase or a delivery cannot lie ahead of the
 * claim. "Today" is taken in the furthest time zone ahead (UTC+14), so no customer's
 * today is refused.
 */
export function IsDateNotInFuture(options?: ValidationOptions): PropertyDecorator {
  const latestToday = () => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
  return ValidateBy(
    {
      name: 'isDateNotInFuture',
      validator: {
        validate: (value: unknown) => !isIsoDate(value) || (value as string) <= latestToday(),
        defaultMessage: buildMessage((each, args) => `${each}$property (${String(args?.value)}) must not be after today`, options),
      },
    },
    options,
  );
}

/** A date or date-time not earlier than the one in `otherProperty` (same leniency as IsDateNotBefore). */
export function IsInstantNotBefore(otherProperty: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstantNotBefore',
      constraints: [otherProperty],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const mine = toUtcInstant(value);
          const other = toUtcInstant(sibling(args, otherProperty));
          return mine === undefined || other === undefined || Date.parse(mine) >= Date.parse(other);
        },
        defaultMessage: buildMessage((each) => `${each}$property must not be before ${otherProperty}`, options),
      },
    },
    options,
  );
}

/** Applies several property decorators as one. */
function composed(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** A list of at most `max` http(s) URLs, each trimmed and at most LIMITS.url long. */
export function HttpUrlList(field: string, max: number): PropertyDecorator {
  return composed(
    TrimEach(),
    IsArray(),
    ArrayMaxSize(max),
    IsString({ each: true }),
    MaxLength(LIMITS.url, { each: true }),
    IsUrl(HTTP_URL_OPTIONS, { each: true, message: `each value in ${field} must be an http(s) URL` }),
  );
}

/** A money amount: a finite number with at most 2 decimals, from `min` to LIMITS.price. */
/**
 * Whole cents: class-validator's maxDecimalPlaces counts the digits after a ".", so it
 * lets 1.5e-7 through and throws on 5e-324 (no "." at all: a 500); a sum of money must
 * round to itself at 2 places.
 */
const isWholeCents = (value: unknown): boolean => typeof value === 'number' && Math.round(value * 100) / 100 === value;

export function MoneyAmount(field: string, min: number): PropertyDecorator {
  const decimals = `${field} must be a number with at most 2 decimal places`;
  return composed(
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: decimals }),
    ValidateBy({ name: 'isWholeCents', validator: { validate: isWholeCents, defaultMessage: () => decimals } }),
    Min(min, { message: min > 0 ? `${field} must be greater than 0` : `${field} must not be negative` }),
    Max(LIMITS.price),
  );
}
