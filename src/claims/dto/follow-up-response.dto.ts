/** OpenAPI-only classes for the follow-up parts of the claim view. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FollowUpView, LinkedReviewState, ReviewCorrectionView, ReviewReplyView, SurveyStatus, SurveyView } from '../../../domain/claim/claim-view';
import type { ReviewOutcome } from '../../../domain/follow-up/review-correction';
import type { SurveyAlert, SurveyAnswer, SurveyLanguage } from '../../../domain/follow-up/survey';
import { ClaimActorDto } from './actor.dto';

export class SurveyAnswerDto implements SurveyAnswer {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, description: 'CSAT: satisfaction with the resolution (4–5 = satisfied)', example: 4 })
  csat: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10, description: 'NPS: likelihood to recommend (9–10 promoter, 0–6 detractor)', example: 9 })
  nps: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 7, description: 'CES: how easy it was (7 = very easy)', example: 6 })
  ces: number;
  @ApiPropertyOptional({ description: 'Free comment', example: 'Quick and polite, thank you.', maxLength: 2000 })
  comment?: string;
}

export class SurveyViewDto implements SurveyView {
  @ApiProperty({ description: 'Survey id (a reopened claim gets a new survey)', example: '3f6c1d2e-8b4a-8c2d-9e1f-0a1b2c3d4e5f:0' }) id: string;
  @ApiProperty({ enum: ['scheduled', 'sent', 'answered', 'expired'], description: 'Where the survey stands', example: 'sent' }) status: SurveyStatus;
  @ApiProperty({ enum: ['ru', 'en'], description: 'Language of the questions (the customer\'s)', example: 'ru' }) language: SurveyLanguage;
  @ApiProperty({ format: 'date-time', description: 'When the link goes out (the policy\'s delay after resolution)', example: '2026-11-25T09:00:00.000Z' }) sendAt: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the link went out', example: '2026-11-25T09:00:00.000Z' }) sentAt?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the one reminder goes out if unanswered', example: '2026-11-25T09:00:00.000Z' }) remindAt?: string;
  @ApiProperty({ description: 'The reminder went out', example: false }) reminded: boolean;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the link stops working', example: '2026-11-25T09:00:00.000Z' }) expiresAt?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the customer answered', example: '2026-11-25T09:00:00.000Z' }) answeredAt?: string;
  @ApiPropertyOptional({ type: () => SurveyAnswerDto, description: 'The answer' }) answer?: SurveyAnswerDto;
  @ApiProperty({ enum: ['detractor', 'unsatisfied'], isArray: true, description: 'Why the answer alerted supervisors (NPS 0–6, CSAT 1–3)', example: [] })
  alerts: SurveyAlert[];
  @ApiPropertyOptional({ type: 'integer', description: 'How many times staff sent a new link (POST /claims/{id}/survey/resend)', example: 1 })
  resends?: number;
  @ApiPropertyOptional({
    description: 'The customer\'s current survey link, while it is out and unanswered: in GET /claims/{id} for agents and supervisors only',
    example: 'https://claims.example.com/surveys/eyJjIjoi…IiwiZSI6MTc2NTA5NzIwMDAwMH0.3q2-7w',
  })
  link?: string;
}

export class ReviewCorrectionViewDto implements ReviewCorrectionView {
  @ApiProperty({ description: 'Review platform', example: 'yandex_maps' }) platform: string;
  @ApiProperty({ description: 'The platform\'s review id', example: 'r-981' }) reviewId: string;
  @ApiProperty({ type: 'integer', description: 'Rating when the claim was taken in', example: 2 }) originalRating: number;
  @ApiProperty({ description: 'The resolution notice said the review can be edited (only where the platform allows it)', example: true }) mayMentionEditing: boolean;
  @ApiProperty({ format: 'date-time', description: 'When the resolution notice went out', example: '2026-11-25T09:00:00.000Z' }) noticeSentAt: string;
  @ApiProperty({ format: 'date-time', description: 'The review feed is followed until then', example: '2026-11-25T09:00:00.000Z' }) monitorUntil: string;
  @ApiPropertyOptional({ enum: ['updated', 'unchanged', 'removed'], description: 'updated = the rating rose', example: 'updated' }) outcome?: ReviewOutcome;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the outcome was decided', example: '2026-11-25T09:00:00.000Z' }) endedAt?: string;
}

export class FollowUpViewDto implements FollowUpView {
  @ApiProperty({ format: 'date-time', description: 'When the claim entered follow-up (its resolution)', example: '2026-11-25T09:00:00.000Z' }) startedAt: string;
  @ApiProperty({ type: () => SurveyViewDto, description: 'The satisfaction survey' }) survey: SurveyViewDto;
  @ApiPropertyOptional({ type: () => ReviewCorrectionViewDto, description: 'Review correction, for a claim linked to a negative public review' })
  review?: ReviewCorrectionViewDto;
}

export class ReviewReplyViewDto implements ReviewReplyView {
  @ApiProperty({ description: 'The public reply as posted', example: 'We replaced the cushions under warranty; thank you for telling us.' }) text: string;
  @ApiProperty({ format: 'date-time', description: 'When it was posted on the platform', example: '2026-11-25T09:00:00.000Z' }) postedAt: string;
  @ApiProperty({ type: () => ClaimActorDto, description: 'Who recorded it' }) actor: ClaimActorDto;
}

export class LinkedReviewStateDto implements LinkedReviewState {
  @ApiProperty({ type: 'integer', description: 'Rating now', example: 4 }) rating: number;
  @ApiProperty({ description: 'The review was removed', example: false }) removed: boolean;
  @ApiProperty({ format: 'date-time', description: 'When the platform reported it', example: '2026-11-25T09:00:00.000Z' }) changedAt: string;
}
