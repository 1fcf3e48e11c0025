/**
 * POST /claims: the intake body, validated at the edge, and its conversion to the
 * plain `ClaimIntake` the claim's workflow starts from.
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CHANNELS,
  REMEDY_KINDS,
  type Channel,
  type ClaimIntake,
  type Customer,
  type LinkedReview,
  type OrderInfo,
  type RemedyKind,
} from '../../../domain/claim.types';
import { CHANNEL_ENUM, REMEDY_KIND_ENUM } from './claim-enums.openapi';
import { CURRENCY_CODE, E164_PHONE, EXTERNAL_ID, HTTP_URL_OPTIONS, HttpUrlList, IsDateNotBefore, IsDateNotInFuture, IsIsoDate, LANGUAGE_TAG, LIMITS, LOWERCASE_CODE, MoneyAmount, OptionalField, SupplierIdField, Trim, TrimEach } from '../../common/validation/field.validators';

export const PHONE_OR_EMAIL_MESSAGE = 'a customer needs a phone or an email: give at least one of them';

/** The phone-or-email rule is checked on `phone`, and only when the email is absent. */
function hasNoEmail(customer: { email?: unknown }): boolean {
  return customer.email === undefined;
}

const present = (_object: unknown, value: unknown): boolean => value !== undefined;

export class CustomerDto implements Customer {
  @ApiProperty({ description: 'Full name as the customer gives it', example: 'Анна Петрова', minLength: 1, maxLength: LIMITS.name })
  @Trim()
  @IsString()
  @Length(1, LIMITS.name)
  name: string;

  @ApiPropertyOptional({
    description: 'Phone in E.164 form (plus, country code, digits). A customer needs a phone, an email or both.',
    example: '+79161234567',
    pattern: E164_PHONE.source,
  })
  @Trim()
  @IsDefined({ message: PHONE_OR_EMAIL_MESSAGE, validateIf: hasNoEmail })
  @IsString({ validateIf: present })
  @Matches(E164_PHONE, {
    validateIf: present,
    message: 'phone must be an E.164 number: a plus, the country code and 7 to 15 digits, e.g. +79161234567',
  })
  phone?: string;

  @ApiPropertyOptional({
    description: 'Email address; stored lower-cased. A customer needs a phone, an email or both.',
    example: 'anna@example.com',
    format: 'email',
    maxLength: LIMITS.email,
  })
  @OptionalField()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.email)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;

  @ApiPropertyOptional({
    description: 'Preferred language for messages to the customer, a short BCP 47 tag',
    example: 'ru',
    pattern: LANGUAGE_TAG.source,
    maxLength: LIMITS.language,
  })
  @OptionalField()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.language)
  @Matches(LANGUAGE_TAG, { message: 'language must be a short BCP 47 language tag such as ru or en-GB' })
  language?: string;
}

export class OrderDto implements OrderInfo {
  @ApiProperty({ description: 'The order number in the shop system', example: 'ORD-100234', minLength: 1, maxLength: LIMITS.externalId })
  @Trim()
  @IsString()
  @Length(1, LIMITS.externalId)
  @Matches(EXTERNAL_ID, { message: 'orderId must not contain control characters' })
  orderId: string;

  @ApiProperty({ description: 'Day of purchase (YYYY-MM-DD), not after today', example: '2026-05-10', format: 'date' })
  @IsIsoDate()
  @IsDateNotInFuture()
  purchasedAt: string;

  @ApiPropertyOptional({
    description: 'Day of delivery (YYYY-MM-DD), not before the purchase; leave out when the goods were not delivered. ' +
      'The warranty runs from delivery, else from purchase.',
    example: '2026-05-14',
    format: 'date',
  })
  @OptionalField()
  @IsIsoDate()
  @IsDateNotBefore('purchasedAt')
  @IsDateNotInFuture()
  deliveredAt?: string;

  @ApiProperty({ description: 'Stock keeping unit', example: 'SOFA-OSLO-3', minLength: 1, maxLength: LIMITS.externalId })
  @Trim()
  @IsString()
  @Length(1, LIMITS.externalId)
  @Matches(EXTERNAL_ID, { message: 'sku must not contain control characters' })
  sku: string;

  @ApiProperty({ description: 'Product name as sold', example: 'Sofa Oslo 3-seat', minLength: 1, maxLength: LIMITS.productName })
  @Trim()
  @IsString()
  @Length(1, LIMITS.productName)
  productName: string;

  @ApiProperty({
    description: 'Product category, a lowercase code; picks the warranty period from the policy',
    example: 'upholstered',
    pattern: LOWERCASE_CODE.source,
    maxLength: LIMITS.code,
  })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.code)
  @Matches(LOWERCASE_CODE, { message: 'category must be a lowercase code (letters, digits, _), e.g. upholstered' })
  category: string;

  @ApiProperty({
    description: 'Price paid for the goods (more than 0, at most 2 decimals); the statutory penalty is 1% of it per day',
    example: 84990,
    minimum: 0.01,
    maximum: LIMITS.price,
    multipleOf: 0.01,
  })
  @MoneyAmount('price', 0.01)
  price: number;

  @ApiProperty({ description: 'ISO 4217 currency code of the price', example: 'RUB', pattern: CURRENCY_CODE.source })
  @IsString()
  @Matches(CURRENCY_CODE, { message: 'currency must be an ISO 4217 code of 3 capital letters, e.g. RUB' })
  currency: string;

  @SupplierIdField({ description: 'Supplier (factory) of the goods, as in the supplier registry; leave out for own production', trim: true })
  supplierId?: string;
}

export class LinkedReviewDto implements LinkedReview {
  @ApiProperty({
    description: 'Review platform, a lowercase code; its rules (policy file) decide what the company may ask',
    example: 'yandex_maps',
    pattern: LOWERCASE_CODE.source,
    maxLength: LIMITS.code,
  })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.code)
  @Matches(LOWERCASE_CODE, { message: 'platform must be a lowercase code (letters, digits, _), e.g. yandex_maps' })
  platform: string;

  @ApiProperty({ description: 'The review\'s id on the platform', example: 'r-981', minLength: 1, maxLength: LIMITS.externalId })
  @Trim()
  @IsString()
  @Length(1, LIMITS.externalId)
  @Matches(EXTERNAL_ID, { message: 'reviewId must not contain control characters' })
  reviewId: string;

  @ApiPropertyOptional({
    description: 'Public link to the review (http or https)',
    example: 'https://yandex.ru/maps/org/1234567890/reviews?reviewId=r-981',
    format: 'uri',
    maxLength: LIMITS.url,
  })
  @OptionalField()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.url)
  @IsUrl(HTTP_URL_OPTIONS, { message: 'url must be an http(s) URL' })
  url?: string;

  @ApiProperty({ type: 'integer', description: 'Star rating of the review, 1 to 5; 3 or less is negative', example: 2, minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  rating: number;
}

export class CreateClaimDto {
  @ApiProperty({ ...CHANNEL_ENUM, description: 'The channel the claim came in by', example: 'hotline' })
  @IsIn(CHANNELS)
  channel: Channel;

  @ApiPropertyOptional({
    description:
      'The channel\'s own id of this claim (call id, message id, …). The same channel + externalRef always yields ' +
      'the same claim, so a channel gateway can resend safely.',
    example: 'call-2026-11-22-0042',
    minLength: 1,
    maxLength: LIMITS.externalId,
  })
  @OptionalField()
  @Trim()
  @IsString()
  @Length(1, LIMITS.externalId)
  @Matches(EXTERNAL_ID, { message: 'externalRef must not contain control characters' })
  externalRef?: string;

  @ApiProperty({ type: () => CustomerDto, description: 'Who complains; at least one of phone and email' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CustomerDto)
  customer: CustomerDto;

  @ApiProperty({ type: () => OrderDto, description: 'The order and the goods complained about' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => OrderDto)
  order: OrderDto;

  @ApiProperty({
    description: 'The complaint in the customer\'s words',
    example: 'Seat cushions sagged after 5 months',
    minLength: 1,
    maxLength: LIMITS.description,
  })
  @Trim()
  @IsString()
  @Length(1, LIMITS.description)
  description: string;

  @ApiPropertyOptional({
    description: `Links to photos, videos or documents (http or https), at most ${LIMITS.attachments}`,
    type: 'array',
    items: { type: 'string', format: 'uri', maxLength: LIMITS.url },
    maxItems: LIMITS.attachments,
    example: ['https://files.example.com/claims/abc.jpg'],
  })
  @OptionalField()
  @HttpUrlList('attachments', LIMITS.attachments)
  attachments?: string[];

  @ApiPropertyOptional({
    type: () => LinkedReviewDto,
    description: 'The public review this claim answers, when there is one; a negative one (rating ≤ 3) starts review correction after the remedy',
  })
  @OptionalField()
  @IsObject()
  @ValidateNested()
  @Type(() => LinkedReviewDto)
  review?: LinkedReviewDto;

  @ApiPropertyOptional({
    ...REMEDY_KIND_ENUM,
    description: 'The remedy the customer asks for, if they said; staff choose the remedy at /remedy',
    example: 'repair',
  })
  @OptionalField()
  @IsIn(REMEDY_KINDS)
  demandedRemedy?: RemedyKind;
}

/** The DESIGN's POST /claims example (with a real review URL in place of the elided one). */
export const CREATE_CLAIM_EXAMPLE = {
  channel: 'hotline',
  externalRef: 'call-2026-11-22-0042',
  customer: { name: 'Анна Петрова', phone: '+79161234567', email: 'anna@example.com', language: 'ru' },
  order: {
    orderId: 'ORD-100234',
    purchasedAt: '2026-05-10',
    deliveredAt: '2026-05-14',
    sku: 'SOFA-OSLO-3',
    productName: 'Sofa Oslo 3-seat',
    category: 'upholstered',
    price: 84990,
    currency: 'RUB',
    supplierId: 'fabrika-yug',
  },
  description: 'Seat cushions sagged after 5 months',
  attachments: ['https://files.example.com/claims/abc.jpg'],
  review: {
    platform: 'yandex_maps',
    reviewId: 'r-981',
    url: 'https://yandex.ru/maps/org/1234567890/reviews?reviewId=r-981',
    rating: 2,
  },
  demandedRemedy: 'repair',
} as const;

/** Drops the keys whose value is undefined, so the result holds only what was given. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const trimmed = (s: string | undefined): string | undefined => (s === undefined ? undefined : s.trim());

/**
 * The workflow input built from a validated body: plain objects and arrays only (it is
 * recorded in the workflow history), strings trimmed, the email lower-cased, absent
 * optional fields left out (never `undefined` or `null` members).
 */
export function toClaimIntake(dto: CreateClaimDto): ClaimIntake {
  const { customer, order, review } = dto;
  return withoutUndefined<ClaimIntake>({
    channel: dto.channel,
    externalRef: trimmed(dto.externalRef),
    customer: withoutUndefined<Customer>({
      name: customer.name.trim(),
      phone: trimmed(customer.phone),
      email: trimmed(customer.email)?.toLowerCase(),
      language: trimmed(customer.language),
    }),
    order: withoutUndefined<OrderInfo>({
      orderId: order.orderId.trim(),
      purchasedAt: order.purchasedAt,
      deliveredAt: order.deliveredAt,
      sku: order.sku.trim(),
      productName: order.productName.trim(),
      category: order.category.trim(),
      price: order.price,
      currency: order.currency,
      supplierId: trimmed(order.supplierId),
    }),
    description: dto.description.trim(),
    attachments: dto.attachments?.map((url) => url.trim()),
    review:
      review === undefined
        ? undefined
        : withoutUndefined<LinkedReview>({
            platform: review.platform.trim(),
            reviewId: review.reviewId.trim(),
            url: trimmed(review.url),
            rating: review.rating,
          }),
    demandedRemedy: dto.demandedRemedy,
  });
}
