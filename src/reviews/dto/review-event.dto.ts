/** POST /integrations/reviews: one event of the review-monitoring system. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsObject, IsString, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { OrderDto } from '../../claims/dto/create-claim.dto';
import { EXTERNAL_ID, HTTP_URL_OPTIONS, IsIsoDateOrDateTime, LIMITS, LOWERCASE_CODE, OptionalField, Trim } from '../../common/validation/field.validators';

export class ReviewEventDto {
  @ApiProperty({ description: 'Review platform, a lowercase code', example: 'yandex_maps', maxLength: LIMITS.code })
  @IsString()
  @MaxLength(LIMITS.code)
  @Matches(LOWERCASE_CODE, { message: 'platform must be a lowercase code (letters, digits, _), e.g. yandex_maps' })
  platform: string;

  @ApiProperty({ description: 'The review\'s id on the platform; with the platform, identifies the review', example: 'r-981', maxLength: LIMITS.externalId })
  @IsString()
  @Length(1, LIMITS.externalId)
  @Matches(EXTERNAL_ID, { message: 'reviewId must be visible text' })
  reviewId: string;

  @ApiPropertyOptional({ description: 'Link to the review', example: 'https://yandex.ru/maps/org/1234567890/reviews?reviewId=r-981' })
  @OptionalField()
  @IsString()
  @MaxLength(LIMITS.url)
  @IsUrl(HTTP_URL_OPTIONS, { message: 'url must be an http(s) URL' })
  url?: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, description: 'Star rating now', example: 2 })
  @IsInt({ message: 'rating must be a whole number from 1 to 5' })
  @Min(1, { message: 'rating must be a whole number from 1 to 5' })
  @Max(5, { message: 'rating must be a whole number from 1 to 5' })
  rating: number;

  @ApiPropertyOptional({ description: 'The review\'s text now', example: 'The sofa cushions sagged after five months.', maxLength: LIMITS.description })
  @OptionalField()
  @Trim()
  @IsString()
  @Length(1, LIMITS.description)
  text?: string;

  @ApiPropertyOptional({ description: 'The author\'s name as the platform shows it', example: 'Anna P.', maxLength: LIMITS.name })
  @OptionalField()
  @Trim()
  @IsString()
  @Length(1, LIMITS.name)
  author?: string;

  @ApiPropertyOptional({ type: () => OrderDto, description: 'The order, when the monitoring system matched the review to one' })
  @OptionalField()
  @IsObject()
  @ValidateNested()
  @Type(() => OrderDto)
  order?: OrderDto;

  @ApiProperty({ description: 'When the platform published or changed the review: a date-time with offset', example: '2026-11-22T10:15:00Z' })
  @IsIsoDateOrDateTime()
  at: string;

  @ApiPropertyOptional({ description: 'The review was removed from the platform', example: false })
  @OptionalField()
  @IsBoolean()
  removed?: boolean;
}

export class ReviewEventResultDto {
  @ApiProperty({
    enum: ['claim_opened', 'claim_exists', 'forwarded', 'ignored'],
    description: 'claim_opened: a new negative review opened a claim; claim_exists: that claim was already opened; forwarded: the linked claim was told of the change; ignored: not negative and linked to no claim',
    example: 'claim_opened',
  })
  outcome: 'claim_opened' | 'claim_exists' | 'forwarded' | 'ignored';
  @ApiPropertyOptional({ format: 'uuid', description: 'The claim', example: '3f6c1d2e-8b4a-8c2d-9e1f-0a1b2c3d4e5f' }) claimId?: string;
  @ApiPropertyOptional({ description: 'Its readable number', example: 'CL-2026-000123' }) number?: string;
}

/** POST /claims/{id}/review/reply */
export class ReviewReplyDto {
  @ApiProperty({ description: 'The public reply as posted on the platform; it states the resolution', example: 'We replaced the cushions under warranty. Thank you for telling us.', minLength: 1, maxLength: LIMITS.noteText })
  @Trim()
  @IsString()
  @Length(1, LIMITS.noteText)
  text: string;

  @ApiPropertyOptional({ description: 'When it was posted (default: now), a date-time with offset', example: '2026-11-24T12:00:00Z' })
  @OptionalField()
  @IsIsoDateOrDateTime()
  postedAt?: string;
}
