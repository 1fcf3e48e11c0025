/** Bodies of the lifecycle actions that carry only text. */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { LIMITS, OptionalField, Trim } from '../../common/validation/field.validators';

/** A required free-text `reason` (trimmed, 1 to LIMITS.reason characters), documented with `description` and `example`. */
export function ReasonField(description: string, example: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ description, example, minLength: 1, maxLength: LIMITS.reason }),
    Trim(),
    IsString(),
    Length(1, LIMITS.reason),
  );
}

/** POST /claims/{id}/survey/resend: nothing to say, an empty object (or no body). */
export class ResendSurveyDto {}

export class CompleteRemedyDto {
  @ApiPropertyOptional({
    description: 'What was done',
    example: 'new cushions fitted',
    minLength: 1,
    maxLength: LIMITS.notes,
  })
  @OptionalField()
  @Trim()
  @IsString()
  @Length(1, LIMITS.notes)
  notes?: string;
}

export class AddNoteDto {
  @ApiProperty({
    description: 'An internal note (never shown to the customer)',
    example: 'Customer asked to call after 18:00.',
    minLength: 1,
    maxLength: LIMITS.noteText,
  })
  @Trim()
  @IsString()
  @Length(1, LIMITS.noteText)
  text: string;
}

export class ReopenClaimDto {
  @ReasonField('Why the claim is reopened; a reopen is a new demand, so the statutory clock starts again', 'The new cushions sagged again within a week.')
  reason: string;
}

export class WithdrawClaimDto {
  @ReasonField('Why the claim is withdrawn', 'The customer withdrew the claim by phone.')
  reason: string;
}

export class WaitingOnCustomerDto {
  @ReasonField('What the customer is asked for; the company SLA clock pauses (the statutory one never does)', 'Asked for photos of the seat cushions.')
  reason: string;
}

export class CustomerRespondedDto {
  @ApiPropertyOptional({
    description: 'What the customer answered',
    example: 'Photos received by email.',
    minLength: 1,
    maxLength: LIMITS.notes,
  })
  @OptionalField()
  @Trim()
  @IsString()
  @Length(1, LIMITS.notes)
  notes?: string;
}

/** The DESIGN's remedy/complete example. */
export const COMPLETE_REMEDY_EXAMPLE = { notes: 'new cushions fitted' } as const;
