/**
 * GET /claims query string. Values arrive as strings: booleans and the limit are
 * converted here, dates are normalised to UTC instants (a date alone covers its whole
 * UTC day: `receivedFrom` from its first millisecond, `receivedTo` to its last).
 */
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_LIST_LIMIT, PageQueryDto } from '../../common/http/page.query';
import {
  CHANNELS,
  CLAIM_STATUSES,
  CLAIM_TYPES,
  RESPONSIBLE_UNITS,
  type Channel,
  type ClaimStatus,
  type ClaimType,
  type ResponsibleUnit,
} from '../../../domain/claim.types';
import { CHANNEL_ENUM, CLAIM_STATUS_ENUM, CLAIM_TYPE_ENUM, RESPONSIBLE_UNIT_ENUM } from './claim-enums.openapi';
import { BooleanFromQuery, CURSOR, DEFECT_CODE, DEFECT_CODE_MESSAGE, IsInstantNotBefore, IsIsoDateOrDateTime, LIMITS, OptionalField, SupplierIdField, Trim, UtcInstantFromQuery } from '../../common/validation/field.validators';

export { DEFAULT_LIST_LIMIT };

export const DISPUTE_FILTERS = ['open', 'overdue', 'escalated'] as const;
/** `received`: newest first; `due`: what is due first (the care queue) */
export const CLAIM_SORTS = ['received', 'due'] as const;

const BOOLEAN_MESSAGE = (name: string) => `${name} must be true or false`;

export class ListClaimsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ ...CLAIM_STATUS_ENUM, description: 'Only claims in this status', example: 'received' })
  @OptionalField()
  @IsIn(CLAIM_STATUSES)
  status?: ClaimStatus;

  @ApiPropertyOptional({ ...CHANNEL_ENUM, description: 'Only claims from this channel', example: 'hotline' })
  @OptionalField()
  @IsIn(CHANNELS)
  channel?: Channel;

  @ApiPropertyOptional({ ...CLAIM_TYPE_ENUM, description: 'Only claims of this type (triaged ones)', example: 'product_quality' })
  @OptionalField()
  @IsIn(CLAIM_TYPES)
  type?: ClaimType;

  @ApiPropertyOptional({ ...RESPONSIBLE_UNIT_ENUM, description: 'Only claims of this responsible unit', example: 'supplier' })
  @OptionalField()
  @IsIn(RESPONSIBLE_UNITS)
  unit?: ResponsibleUnit;

  @ApiPropertyOptional({
    description: 'Only claims with this defect code',
    example: 'upholstered.filler_shrinkage',
    pattern: DEFECT_CODE.source,
    maxLength: LIMITS.defectCode,
  })
  @OptionalField()
  @IsString()
  @MaxLength(LIMITS.defectCode)
  @Matches(DEFECT_CODE, { message: DEFECT_CODE_MESSAGE })
  defectCode?: string;

  @SupplierIdField({ description: 'Only claims about goods of this supplier' })
  supplierId?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Only claims whose first-response SLA was (true) or was not (false) breached', example: true })
  @OptionalField()
  @BooleanFromQuery()
  @IsBoolean({ message: BOOLEAN_MESSAGE('slaBreached') })
  slaBreached?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'Only claims past (true) or not past (false) their statutory deadline', example: false })
  @OptionalField()
  @BooleanFromQuery()
  @IsBoolean({ message: BOOLEAN_MESSAGE('deadlineBreached') })
  deadlineBreached?: boolean;

  @ApiPropertyOptional({
    enum: DISPUTE_FILTERS,
    description: 'Only claims with supplier disputes that are open, open and overdue (deadline passed without an answer), or open and escalated',
    example: 'overdue',
  })
  @OptionalField()
  @IsIn(DISPUTE_FILTERS, { message: `disputes must be one of: ${DISPUTE_FILTERS.join(', ')}` })
  disputes?: (typeof DISPUTE_FILTERS)[number];

  @ApiPropertyOptional({
    enum: CLAIM_SORTS,
    description:
      'Order of the list: `received` (default), newest first; `due`, what is due first — open claims by the earlier of their ' +
      'first-response SLA (until someone responded) and their statutory deadline, overdue ones on top, then the claims with nothing due. ' +
      'A cursor pages in the order it was made in.',
    example: 'due',
  })
  @OptionalField()
  @IsIn(CLAIM_SORTS, { message: `sort must be one of: ${CLAIM_SORTS.join(', ')}` })
  sort?: (typeof CLAIM_SORTS)[number];

  @ApiPropertyOptional({
    description: 'Received at or after: a date (from the start of that UTC day) or a date-time with an offset',
    example: '2026-11-01',
    oneOf: [{ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }],
  })
  @OptionalField()
  @UtcInstantFromQuery(false)
  @IsIsoDateOrDateTime()
  receivedFrom?: string;

  @ApiPropertyOptional({
    description: 'Received at or before: a date (to the end of that UTC day) or a date-time with an offset; not before receivedFrom',
    example: '2026-11-30',
    oneOf: [{ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }],
  })
  @OptionalField()
  @UtcInstantFromQuery(true)
  @IsIsoDateOrDateTime()
  @IsInstantNotBefore('receivedFrom')
  receivedTo?: string;

  @ApiPropertyOptional({
    description:
      'Case-insensitive text search in the claim number, customer name, phone and email, order id, SKU, product name, description and external reference. ' +
      'Roles that see personal data masked (auditors) search only the number, order id, SKU, product name and external reference.',
    example: 'Oslo',
    minLength: 1,
    maxLength: LIMITS.search,
  })
  @OptionalField()
  @Trim()
  @IsString()
  @Length(1, LIMITS.search)
  q?: string;
}

