/** Bodies of the lifecycle actions that carry only text. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { LIMITS, OptionalField, Trim } from './field.validators';

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
  @ApiProperty({
    description: 'Why the claim is reopened; a reopen is a new demand, so the statutory clock starts again',
    example: 'The new cushions sagged again within a week.',
    minLength: 1,
    maxLength: LIMITS.reason,
  })
  @Trim()
  @IsString()
  @Length(1, LIMITS.reason)
  reason: string;
}

export class WithdrawClaimDto {
  @ApiProperty({
    description: 'Why the claim is withdrawn',
    example: 'The customer withdrew the claim by phone.',
    minLength: 1,
    maxLength: LIMITS.reason,
  })
  @Trim()
  @IsString()
  @Length(1, LIMITS.reason)
  reason: string;
}

export class WaitingOnCustomerDto {
  @ApiProperty({
    description: 'What the customer is asked for; the company SLA clock pauses (the statutory one never does)',
    example: 'Asked for photos of the seat cushions.',
    minLength: 1,
    maxLength: LIMITS.reason,
  })
  @Trim()
  @IsString()
  @Length(1, LIMITS.reason)
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
