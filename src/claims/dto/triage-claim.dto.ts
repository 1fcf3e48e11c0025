/** POST /claims/{id}/triage: classify the claim. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches, MaxLength } from 'class-validator';
import {
  CLAIM_TYPES,
  RESPONSIBLE_UNITS,
  SEVERITIES,
  type ClaimType,
  type ResponsibleUnit,
  type Severity,
  type TriageInput,
} from '../../../domain/claim.types';
import { CLAIM_TYPE_ENUM, RESPONSIBLE_UNIT_ENUM, SEVERITY_ENUM } from './claim-enums.openapi';
import { DEFECT_CODE, DEFECT_CODE_MESSAGE, LIMITS, OptionalField, Trim } from '../../common/validation/field.validators';

export class TriageClaimDto implements TriageInput {
  @ApiProperty({ ...CLAIM_TYPE_ENUM, description: 'What the claim is about', example: 'product_quality' })
  @IsIn(CLAIM_TYPES)
  type: ClaimType;

  @ApiProperty({ ...RESPONSIBLE_UNIT_ENUM, description: 'Who is responsible; `supplier` can open a supplier dispute', example: 'supplier' })
  @IsIn(RESPONSIBLE_UNITS)
  unit: ResponsibleUnit;

  @ApiProperty({
    description:
      'Defect / fault code, `group.code` or `code`; it must be one of the policy\'s defect codes ' +
      '(by default e.g. upholstered.filler_shrinkage, delivery.late, manufacturing_defect, other), else the claim refuses it',
    example: 'upholstered.filler_shrinkage',
    pattern: DEFECT_CODE.source,
    maxLength: LIMITS.defectCode,
  })
  @IsString()
  @MaxLength(LIMITS.defectCode)
  @Matches(DEFECT_CODE, { message: DEFECT_CODE_MESSAGE })
  defectCode: string;

  @ApiProperty({ ...SEVERITY_ENUM, description: 'How bad it is', example: 'medium' })
  @IsIn(SEVERITIES)
  severity: Severity;

  @ApiPropertyOptional({
    description: 'An internal note kept with the claim',
    example: 'photos confirm',
    minLength: 1,
    maxLength: LIMITS.notes,
  })
  @OptionalField()
  @Trim()
  @IsString()
  @Length(1, LIMITS.notes)
  notes?: string;
}

/** The DESIGN's triage example. */
export const TRIAGE_CLAIM_EXAMPLE = {
  type: 'product_quality',
  unit: 'supplier',
  defectCode: 'upholstered.filler_shrinkage',
  severity: 'medium',
  notes: 'photos confirm',
} as const;
