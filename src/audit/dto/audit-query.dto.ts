/**
 * Query strings of the auditor endpoints. Dates: a date alone covers its whole UTC day
 * (`from` from its first millisecond, `to` to its last); date-times need an offset.
 */
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ROLES } from '../../auth/auth.types';
import { CURSOR, IsInstantNotBefore, IsIsoDateOrDateTime, LIMITS, OptionalField, SupplierIdField, UtcInstantFromQuery } from '../../common/validation/field.validators';
import { EXPORT_FORMATS, type ExportFormat } from '../audit-export.format';
import { UUID_TEXT } from '../../common/validation/uuid';

export const DEFAULT_EVENTS_LIMIT = 100;
export const MAX_EVENTS_LIMIT = 1000;
/** Actor roles in the log: the API key roles, and `system` for timers. */
export const ACTOR_ROLES = [...ROLES, 'system'] as const;
const ACTION = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;
const ACTOR_ID = /^[A-Za-z0-9._:-]+$/;
const CLAIM_REF = new RegExp(`^(${UUID_TEXT}|CL-\\d{4}-\\d{6,})$`);

const DATE_DOC = { oneOf: [{ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }] };

/** `from` / `to` of a time range. */
export class TimeRangeQueryDto {
  @ApiPropertyOptional({ ...DATE_DOC, description: 'At or after: a date (from the start of that UTC day) or a date-time with an offset', example: '2026-11-01' })
  @OptionalField()
  @UtcInstantFromQuery(false)
  @IsIsoDateOrDateTime()
  from?: string;

  @ApiPropertyOptional({ ...DATE_DOC, description: 'At or before: a date (to the end of that UTC day) or a date-time with an offset; not before `from`', example: '2026-11-30' })
  @OptionalField()
  @UtcInstantFromQuery(true)
  @IsIsoDateOrDateTime()
  @IsInstantNotBefore('from')
  to?: string;
}

export class AuditEventsQueryDto extends TimeRangeQueryDto {
  @ApiPropertyOptional({ description: 'Only this claim (id or number)', example: 'CL-2026-000123' })
  @OptionalField()
  @IsString()
  @Matches(CLAIM_REF, { message: 'claimId must be a claim id (UUID) or number such as CL-2026-000123' })
  claimId?: string;

  @ApiPropertyOptional({ description: 'Only events of this actor (API key id, or `system`)', example: '3b241101-e2bb-4255-8caf-4136c566a962', maxLength: 100 })
  @OptionalField()
  @IsString()
  @MaxLength(100)
  @Matches(ACTOR_ID, { message: 'actor must be an API key id or system' })
  actor?: string;

  @ApiPropertyOptional({ enum: ACTOR_ROLES, description: 'Only events by actors of this role', example: 'agent' })
  @OptionalField()
  @IsIn(ACTOR_ROLES)
  role?: string;

  @ApiPropertyOptional({ description: 'Only this action', example: 'claim.triaged', maxLength: 100 })
  @OptionalField()
  @IsString()
  @MaxLength(100)
  @Matches(ACTION, { message: 'action must be an action name such as claim.triaged' })
  action?: string;

  @SupplierIdField({ description: 'Only events of claims about goods of this supplier' })
  supplierId?: string;

  @ApiPropertyOptional({ enum: EXPORT_FORMATS, description: 'Answer format; overrides Accept. `ndjson` and `csv` stream every matching event (from `cursor` on), ignoring `limit`', example: 'ndjson' })
  @OptionalField()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;

  @ApiPropertyOptional({ description: 'Opaque paging cursor: the `nextCursor` of the previous page', example: 'MTIzNDU', pattern: CURSOR.source, maxLength: LIMITS.cursor })
  @OptionalField()
  @IsString()
  @MaxLength(LIMITS.cursor)
  @Matches(CURSOR, { message: 'cursor must be a nextCursor value this API returned' })
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'Page size (JSON only)', minimum: 1, maximum: MAX_EVENTS_LIMIT, default: DEFAULT_EVENTS_LIMIT })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_EVENTS_LIMIT)
  limit?: number = DEFAULT_EVENTS_LIMIT;
}
