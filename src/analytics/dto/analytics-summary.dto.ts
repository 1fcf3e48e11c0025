/**
 * OpenAPI-only classes describing the analytics summary. Never instantiated; `implements`
 * keeps them in step with the domain's AnalyticsSummary. Percentages are 0–100 with
 * one decimal and `null` when there is nothing to measure.
 */
import { ApiProperty } from '@nestjs/swagger';
import type { AnalyticsSummary, KeyCount, ReviewOutcome } from '../../../domain/analytics/metrics';

type Summary = AnalyticsSummary;
type ClaimCounts = Summary['claims'];
type FirstResponseSla = Summary['firstResponseSla'];
type StatutoryDeadline = Summary['statutoryDeadline'];
type Csat = Summary['survey']['csat'];
type Nps = Summary['survey']['nps'];
type Ces = Summary['survey']['ces'];
type Survey = Summary['survey'];
type ReviewCorrection = Summary['reviewCorrection'];
const NULLABLE_NUMBER = { type: Number, nullable: true } as const;

export class KeyCountDto implements KeyCount {
  @ApiProperty({ description: 'The group: a code, or `unknown` for claims without a value yet (not triaged, no supplier)', example: 'hotline' })
  key: string;

  @ApiProperty({ type: 'integer', description: 'Claims in the group', example: 27 })
  count: number;
}

export class ClaimCountsDto implements ClaimCounts {
  @ApiProperty({ type: 'integer', description: 'Claims received in the period', example: 100 })
  total: number;

  @ApiProperty({ type: [KeyCountDto], description: 'Claims per intake channel, largest first (ties by key)' })
  byChannel: KeyCountDto[];

  @ApiProperty({ type: [KeyCountDto], description: 'Claims per claim type; `unknown` = not triaged yet' })
  byType: KeyCountDto[];

  @ApiProperty({ type: [KeyCountDto], description: 'Claims per responsible unit; `unknown` = not triaged yet' })
  byUnit: KeyCountDto[];

  @ApiProperty({ type: [KeyCountDto], description: 'Claims per defect / fault code; `unknown` = not triaged yet' })
  byDefect: KeyCountDto[];

  @ApiProperty({ type: [KeyCountDto], description: 'Claims per supplier of the goods; `unknown` = own goods or supplier not given' })
  bySupplier: KeyCountDto[];
}

export class FirstResponseSlaDto implements FirstResponseSla {
  @ApiProperty({ type: 'integer', description: 'Claims that got a first response or breached the first-response SLA', example: 80 })
  measured: number;

  @ApiProperty({ type: 'integer', description: 'Of those, answered within the SLA', example: 72 })
  met: number;

  @ApiProperty({ type: 'integer', description: 'Of those, SLA breached', example: 8 })
  breached: number;

  @ApiProperty({ ...NULLABLE_NUMBER, description: 'met ÷ measured, in %; null when nothing was measured', example: 90 })
  compliancePercent: number | null;
}

export class PenaltyTotalDto {
  @ApiProperty({ description: 'ISO 4217 currency of the goods', example: 'RUB' })
  currency: string;

  @ApiProperty({ description: 'Penalties accrued (art. 23) over the period\'s claims, in that currency', example: 16998 })
  amount: number;
}

export class StatutoryDeadlineDto implements StatutoryDeadline {
  @ApiProperty({ type: 'integer', description: 'Claims with a statutory deadline set (a remedy was chosen)', example: 50 })
  measured: number;

  @ApiProperty({ type: 'integer', description: 'Of those, not past their deadline', example: 48 })
  met: number;

  @ApiProperty({ type: 'integer', description: 'Of those, past their deadline', example: 2 })
  breached: number;

  @ApiProperty({ ...NULLABLE_NUMBER, description: 'met ÷ measured, in %; null when no deadline was set', example: 96 })
  compliancePercent: number | null;

  @ApiProperty({ type: [PenaltyTotalDto], description: 'Penalties accrued, summed per currency (currencies with none are left out)' })
  penalties: PenaltyTotalDto[];
}

export class MedianDurationDto {
  @ApiProperty({ type: 'integer', description: 'Claims measured (that reached the step)', example: 90 })
  measured: number;

  @ApiProperty({ ...NULLABLE_NUMBER, description: 'Median hours from receipt to the step (percentile_cont 0.5), 2 decimals; null when none reached it', example: 5.25 })
  medianHours: number | null;
}

export class CsatDto implements Csat {
  @ApiProperty({ type: 'integer', description: 'Survey answers with a CSAT score (1–5)', example: 40 })
  answers: number;

  @ApiProperty({ type: 'integer', description: 'Of those, satisfied (4 or 5)', example: 34 })
  satisfied: number;

  @ApiProperty({ ...NULLABLE_NUMBER, description: 'CSAT: satisfied ÷ answers, in %; null without answers', example: 85 })
  percent: number | null;
}

export class NpsDto implements Nps {
  @ApiProperty({ type: 'integer', description: 'Survey answers with an NPS score (0–10)', example: 40 })
  answers: number;

  @ApiProperty({ type: 'integer', description: 'Promoters (9–10)', example: 22 })
  promoters: number;

  @ApiProperty({ type: 'integer', description: 'Passives (7–8)', example: 12 })
  passives: number;

  @ApiProperty({ type: 'integer', description: 'Detractors (0–6)', example: 6 })
  detractors: number;

  @ApiProperty({ ...NULLABLE_NUMBER, description: 'NPS: % promoters − % detractors (−100 to 100, 1 decimal, rounded once from the counts); null without answers', example: 40 })
  score: number | null;
}

export class CesDto implements Ces {
  @ApiProperty({ type: 'integer', description: 'Survey answers with a CES score (1–7, 7 = very easy)', example: 38 })
  answers: number;

  @ApiProperty({ ...NULLABLE_NUMBER, description: 'Mean CES, 2 decimals; null without answers', example: 5.82 })
  mean: number | null;
}

export class SurveyDto implements Survey {
  @ApiProperty({ type: 'integer', description: 'Surveys sent', example: 60 })
  sent: number;

  @ApiProperty({ type: 'integer', description: 'Of those, answered', example: 40 })
  answered: number;

  @ApiProperty({ ...NULLABLE_NUMBER, description: 'Response rate: answered ÷ sent, in %; null when none was sent', example: 66.7 })
  responseRatePercent: number | null;

  @ApiProperty({ type: () => CsatDto, description: 'Customer satisfaction' })
  csat: CsatDto;

  @ApiProperty({ type: () => NpsDto, description: 'Net Promoter Score' })
  nps: NpsDto;

  @ApiProperty({ type: () => CesDto, description: 'Customer effort score' })
  ces: CesDto;
}

export class ReviewOutcomeCountsDto implements Record<ReviewOutcome, number> {
  @ApiProperty({ type: 'integer', description: 'The rating rose after the correction', example: 5 })
  updated: number;

  @ApiProperty({ type: 'integer', description: 'The rating stayed as it was until the watch deadline', example: 3 })
  unchanged: number;

  @ApiProperty({ type: 'integer', description: 'The review was removed', example: 1 })
  removed: number;
}

export class ReviewCorrectionDto implements ReviewCorrection {
  @ApiProperty({ type: 'integer', description: 'Claims linked to a negative review (rating ≤ 3) whose correction has an outcome', example: 9 })
  measured: number;

  @ApiProperty({ type: () => ReviewOutcomeCountsDto, description: 'Those claims per outcome' })
  outcomes: ReviewOutcomeCountsDto;

  @ApiProperty({ ...NULLABLE_NUMBER, description: 'Review-correction rate: updated ÷ measured, in %; null when none has an outcome', example: 55.6 })
  updatedPercent: number | null;
}

export class AnalyticsPeriodDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Start of the period (UTC, inclusive); null = from the first claim', example: '2026-11-01T00:00:00.000Z' })
  from: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'End of the period (UTC, inclusive); null = up to now', example: '2026-11-30T23:59:59.999Z' })
  to: string | null;
}

export class AnalyticsSummaryDto implements Summary {
  @ApiProperty({ type: () => AnalyticsPeriodDto, description: 'The period asked for, on when claims were received' })
  period: AnalyticsPeriodDto;

  @ApiProperty({ type: () => ClaimCountsDto, description: 'Claim counts, in all and per group' })
  claims: ClaimCountsDto;

  @ApiProperty({ type: () => FirstResponseSlaDto, description: 'First-response SLA compliance' })
  firstResponseSla: FirstResponseSlaDto;

  @ApiProperty({ type: () => StatutoryDeadlineDto, description: 'Statutory-deadline compliance and penalties' })
  statutoryDeadline: StatutoryDeadlineDto;

  @ApiProperty({ type: () => MedianDurationDto, description: 'Time from receipt to triage' })
  timeToTriage: MedianDurationDto;

  @ApiProperty({ type: () => MedianDurationDto, description: 'Time from receipt to resolution' })
  timeToResolve: MedianDurationDto;

  @ApiProperty({ type: () => SurveyDto, description: 'Follow-up survey: response rate, CSAT, NPS, CES' })
  survey: SurveyDto;

  @ApiProperty({ type: () => ReviewCorrectionDto, description: 'Review correction of negative public reviews' })
  reviewCorrection: ReviewCorrectionDto;
}

/** The example answer of the OpenAPI document (consistent with itself). */
export const ANALYTICS_SUMMARY_EXAMPLE: AnalyticsSummaryDto = {
  period: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-30T23:59:59.999Z' },
  claims: {
    total: 4,
    byChannel: [
      { key: 'hotline', count: 3 },
      { key: 'email', count: 1 },
    ],
    byType: [
      { key: 'product_quality', count: 3 },
      { key: 'unknown', count: 1 },
    ],
    byUnit: [
      { key: 'supplier', count: 2 },
      { key: 'logistics', count: 1 },
      { key: 'unknown', count: 1 },
    ],
    byDefect: [
      { key: 'upholstered.filler_shrinkage', count: 2 },
      { key: 'delivery.late', count: 1 },
      { key: 'unknown', count: 1 },
    ],
    bySupplier: [
      { key: 'fabrika-yug', count: 2 },
      { key: 'unknown', count: 2 },
    ],
  },
  firstResponseSla: { measured: 4, met: 3, breached: 1, compliancePercent: 75 },
  statutoryDeadline: { measured: 3, met: 2, breached: 1, compliancePercent: 66.7, penalties: [{ currency: 'RUB', amount: 2549.7 }] },
  timeToTriage: { measured: 3, medianHours: 5.25 },
  timeToResolve: { measured: 2, medianHours: 170.5 },
  survey: {
    sent: 2,
    answered: 1,
    responseRatePercent: 50,
    csat: { answers: 1, satisfied: 1, percent: 100 },
    nps: { answers: 1, promoters: 1, passives: 0, detractors: 0, score: 100 },
    ces: { answers: 1, mean: 6 },
  },
  reviewCorrection: { measured: 1, outcomes: { updated: 1, unchanged: 0, removed: 0 }, updatedPercent: 100 },
};
