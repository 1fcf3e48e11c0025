import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Scorecard } from '../../../domain/dispute/scorecard';
import { IsIsoDateOrDateTime, OptionalField, UtcInstantFromQuery } from '../../common/validation/field.validators';

export class ScorecardQueryDto {
  @ApiPropertyOptional({ description: 'Only disputes opened at or after: a date or a date-time with offset', example: '2026-01-01' })
  @OptionalField()
  @UtcInstantFromQuery(false)
  @IsIsoDateOrDateTime()
  from?: string;

  @ApiPropertyOptional({ description: 'Only disputes opened at or before (a date covers its whole UTC day)', example: '2026-12-31' })
  @OptionalField()
  @UtcInstantFromQuery(true)
  @IsIsoDateOrDateTime()
  to?: string;
}

class ScorecardCountsDto {
  @ApiProperty({ description: 'All disputes', example: 12 }) total: number;
  @ApiProperty({ description: 'Not yet settled or written off', example: 3 }) open: number;
  @ApiProperty({ description: 'Settled or written off', example: 9 }) closed: number;
  @ApiProperty({ description: 'Settled', example: 7 }) settled: number;
  @ApiProperty({ description: 'Written off', example: 2 }) writtenOff: number;
}

class ScorecardResponsesDto {
  @ApiProperty({ description: 'Accepted by the supplier', example: 8 }) accepted: number;
  @ApiProperty({ description: 'Rejected by the supplier', example: 2 }) rejected: number;
  @ApiProperty({ description: 'Not answered (yet)', example: 2 }) unanswered: number;
}

class ScorecardAmountDto {
  @ApiProperty({ description: 'ISO 4217 currency', example: 'RUB' }) currency: string;
  @ApiProperty({ description: 'Claimed from the supplier over all disputes', example: 150000 }) claimed: number;
  @ApiProperty({ description: 'Agreed chargebacks of settled disputes', example: 95000 }) recovered: number;
}

export class ScorecardDto implements Scorecard {
  @ApiProperty({ description: 'Supplier id', example: 'fabrika-yug' }) supplierId: string;
  @ApiProperty({ type: () => ScorecardCountsDto, description: 'Disputes by state' }) disputes: ScorecardCountsDto;
  @ApiProperty({ type: () => ScorecardResponsesDto, description: 'The supplier\'s answers' }) responses: ScorecardResponsesDto;
  @ApiProperty({ type: Number, nullable: true, description: 'accepted ÷ answered (0–1); null before the first answer', example: 0.8 }) acceptanceRate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Median time to answer, in business hours of the policy calendar', example: 6.5 })
  medianResponseBusinessHours: number | null;
  @ApiProperty({ description: 'Disputes whose deadline passed without an answer in time', example: 1 }) deadlineBreaches: number;
  @ApiProperty({ type: () => [ScorecardAmountDto], description: 'Amounts per currency' }) amounts: ScorecardAmountDto[];
}
