/**
 * POST /claims/{id}/remedy: the remedy staff chose. Only types and ranges are checked
 * here; the rules per kind (repair needs agreedRepairDays within the policy's maximum,
 * rejected needs a reason) belong to the claim's domain logic, which answers them.
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { REMEDY_KINDS, type RemedyInput, type RemedyKind } from '../../../domain/claim.types';
import { REMEDY_KIND_ENUM } from './claim-enums.openapi';
import { LIMITS, OptionalField, Trim } from '../../common/validation/field.validators';

export class ChooseRemedyDto implements RemedyInput {
  @ApiProperty({
    ...REMEDY_KIND_ENUM,
    description:
      'The remedy; it sets the statutory deadline (by default: refund, price_reduction, repair_cost_reimbursement 10 days; ' +
      'replacement 7, 20 with a quality check, 30 when out of stock; repair as agreed, at most 45; rejected 10)',
    example: 'replacement',
  })
  @IsIn(REMEDY_KINDS)
  kind: RemedyKind;

  @ApiPropertyOptional({ description: 'replacement: a quality check of the goods is needed', example: false })
  @OptionalField()
  @IsBoolean()
  qualityCheck?: boolean;

  @ApiPropertyOptional({ description: 'replacement: the goods are out of stock', example: false })
  @OptionalField()
  @IsBoolean()
  outOfStock?: boolean;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'repair (required for it): the repair time agreed in writing with the customer, in days; the policy caps it',
    example: 20,
    minimum: 1,
    maximum: LIMITS.repairDays,
  })
  @OptionalField()
  @IsInt()
  @Min(1)
  @Max(LIMITS.repairDays)
  agreedRepairDays?: number;

  @ApiPropertyOptional({
    description: 'rejected (required for it): the written reason the claim is unfounded',
    example: 'The damage was caused by improper use, see the technician\'s report.',
    minLength: 1,
    maxLength: LIMITS.reason,
  })
  @OptionalField()
  @Trim()
  @IsString()
  @Length(1, LIMITS.reason)
  reason?: string;
}

/** The DESIGN's remedy examples, by name. */
export const CHOOSE_REMEDY_EXAMPLES = {
  replacement: { kind: 'replacement', qualityCheck: false, outOfStock: false },
  repair: { kind: 'repair', agreedRepairDays: 20 },
  refund: { kind: 'refund' },
  rejected: { kind: 'rejected', reason: 'The damage was caused by improper use, see the technician\'s report.' },
} as const;
