import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import type { SurveyForm, SurveyQuestion } from '../../../domain/follow-up/survey';
import { OptionalField, Trim } from '../../common/validation/field.validators';

/** A browser form posts `csat=4` as text: whole-number text becomes a number, anything else stays for @IsInt to refuse. */
const WholeNumberFromForm = () => Transform(({ value }) => (typeof value === 'string' && /^\d{1,2}$/.test(value) ? Number(value) : value));

/** POST /surveys/{token} */
export class SurveyAnswerBodyDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, description: 'How satisfied with the resolution: 1 very dissatisfied … 5 very satisfied', example: 4 })
  @WholeNumberFromForm()
  @IsInt({ message: 'csat must be a whole number from 1 to 5' })
  @Min(1, { message: 'csat must be a whole number from 1 to 5' })
  @Max(5, { message: 'csat must be a whole number from 1 to 5' })
  csat: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10, description: 'How likely to recommend us: 0 not at all … 10 extremely', example: 9 })
  @WholeNumberFromForm()
  @IsInt({ message: 'nps must be a whole number from 0 to 10' })
  @Min(0, { message: 'nps must be a whole number from 0 to 10' })
  @Max(10, { message: 'nps must be a whole number from 0 to 10' })
  nps: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 7, description: 'How easy it was: 1 very difficult … 7 very easy', example: 6 })
  @WholeNumberFromForm()
  @IsInt({ message: 'ces must be a whole number from 1 to 7' })
  @Min(1, { message: 'ces must be a whole number from 1 to 7' })
  @Max(7, { message: 'ces must be a whole number from 1 to 7' })
  ces: number;

  @ApiPropertyOptional({ description: 'Anything else', example: 'Quick and polite, thank you.', maxLength: 2000 })
  @OptionalField()
  @Trim()
  @IsString()
  @Length(1, 2000)
  comment?: string;
}

class SurveyQuestionDto implements SurveyQuestion {
  @ApiProperty({ enum: ['csat', 'nps', 'ces'], description: 'The answer field this question fills', example: 'csat' }) id: 'csat' | 'nps' | 'ces';
  @ApiProperty({ description: 'The question, in the customer\'s language', example: 'How satisfied are you with how your claim was resolved?' }) text: string;
  @ApiProperty({ type: 'integer', description: 'Lowest answer', example: 1 }) min: number;
  @ApiProperty({ type: 'integer', description: 'Highest answer', example: 5 }) max: number;
  @ApiProperty({ description: 'What the lowest answer means', example: 'very dissatisfied' }) minLabel: string;
  @ApiProperty({ description: 'What the highest answer means', example: 'very satisfied' }) maxLabel: string;
}

export class SurveyFormDto implements SurveyForm {
  @ApiProperty({ enum: ['ru', 'en'], description: 'Language of the questions', example: 'en' }) language: 'ru' | 'en';
  @ApiProperty({ description: 'Title of the form', example: 'How did we handle your claim?' }) title: string;
  @ApiProperty({ type: () => [SurveyQuestionDto], description: 'CSAT, NPS and CES, in this order' }) questions: SurveyQuestionDto[];
  @ApiProperty({ description: 'Prompt for the optional comment', example: 'Anything else you would like to tell us? (optional)' }) commentPrompt: string;
  @ApiProperty({ description: 'The claim the survey is about', example: 'CL-2026-000123' }) claimNumber: string;
  @ApiProperty({ format: 'date-time', description: 'The link works until then', example: '2026-12-07T09:00:00.000Z' }) expiresAt: string;
}

export class SurveyThanksDto {
  @ApiProperty({ description: 'Acknowledgement in the customer\'s language', example: 'Thank you for your answer.' }) message: string;
}
