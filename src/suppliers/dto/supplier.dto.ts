/** Bodies and answers of the supplier registry. */
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsInt, IsObject, IsString, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { E164_PHONE, LIMITS, OptionalField, SupplierIdField, Trim } from '../../common/validation/field.validators';

const MAX_BUSINESS_DAYS = 365;
const SECRET_MIN = 16;
const SECRET_MAX = 256;

/** Webhook endpoints may live on an intranet host without a public domain. */
const WEBHOOK_URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_host: true, require_tld: false, disallow_auth: true };

export class SupplierContactDto {
  @ApiPropertyOptional({ description: 'Contact person', example: 'Ivan Sidorov', maxLength: LIMITS.name })
  @OptionalField()
  @Trim()
  @IsString()
  @Length(1, LIMITS.name)
  person?: string;

  @ApiPropertyOptional({ description: 'Contact e-mail for claims', example: 'claims@fabrika-yug.example', maxLength: LIMITS.email })
  @OptionalField()
  @Trim()
  @IsEmail({}, { message: 'contact.email must be an e-mail address' })
  @MaxLength(LIMITS.email)
  email?: string;

  @ApiPropertyOptional({ description: 'Contact phone, E.164', example: '+78612000000', pattern: E164_PHONE.source })
  @OptionalField()
  @IsString()
  @Matches(E164_PHONE, { message: 'contact.phone must be an E.164 number like +78612000000' })
  phone?: string;
}

/** PATCH /suppliers/{id}: every field optional; `null` clears the optional ones. */
export class UpdateSupplierDto {
  @ApiPropertyOptional({ description: 'Company name', example: 'Fabrika Yug LLC', maxLength: LIMITS.name })
  @OptionalField()
  @Trim()
  @IsString()
  @Length(1, LIMITS.name)
  name?: string;

  @ApiPropertyOptional({ type: () => SupplierContactDto, description: 'Who handles claims at the supplier' })
  @OptionalField()
  @IsObject()
  @ValidateNested()
  @Type(() => SupplierContactDto)
  contact?: SupplierContactDto;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    description: 'Business days the supplier has to answer a dispute; null = the policy default',
    example: 10,
    minimum: 1,
    maximum: MAX_BUSINESS_DAYS,
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_BUSINESS_DAYS)
  responseBusinessDays?: number | null;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'integer', minimum: 1 },
    nullable: true,
    description: 'Reminders this many business days before the deadline; null = the policy default',
    example: [3, 1],
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_BUSINESS_DAYS, { each: true })
  reminderBusinessDaysBefore?: number[] | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uri',
    nullable: true,
    description: 'Where task events are POSTed (an http or https URL; each delivery signed with the webhookSecret, which it needs unless one is set already); null = tasks through the API only',
    example: 'https://api.fabrika-yug.example/claims-webhook',
    maxLength: LIMITS.url,
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @MaxLength(LIMITS.url)
  @IsUrl(WEBHOOK_URL_OPTIONS, { message: 'webhookUrl must be an http(s) URL' })
  webhookUrl?: string | null;

  @ApiPropertyOptional({
    description: `Shared secret for the X-Signature HMAC (${SECRET_MIN}–${SECRET_MAX} characters); required with a webhookUrl; never shown again`,
    example: 'whsec_9f2c4e7a1b3d5f60',
    minLength: SECRET_MIN,
    maxLength: SECRET_MAX,
    pattern: '^\\S+$',
    writeOnly: true,
  })
  @OptionalField()
  @IsString()
  @Length(SECRET_MIN, SECRET_MAX)
  @Matches(/^\S+$/, { message: 'webhookSecret must not contain whitespace' })
  webhookSecret?: string;

  @ApiPropertyOptional({ description: 'An inactive supplier gets no new disputes and no webhooks', example: true })
  @OptionalField()
  @IsBoolean()
  active?: boolean;
}

/** POST /suppliers */
export class CreateSupplierDto extends OmitType(UpdateSupplierDto, ['name'] as const) {
  @SupplierIdField({ description: "Id used everywhere else (claims' order.supplierId, supplier API keys); letters, digits, dots, dashes, underscores", required: true, field: 'id' })
  id: string;

  @ApiProperty({ description: 'Company name', example: 'Fabrika Yug LLC', maxLength: LIMITS.name })
  @Trim()
  @IsString()
  @Length(1, LIMITS.name)
  name: string;
}

export class SupplierDto {
  @ApiProperty({ description: 'Supplier id', example: 'fabrika-yug' }) id: string;
  @ApiProperty({ description: 'Company name', example: 'Fabrika Yug LLC' }) name: string;
  @ApiProperty({ type: () => SupplierContactDto, description: 'Who handles claims' }) contact: SupplierContactDto;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Own answer deadline in business days; null = policy default', example: 10 })
  responseBusinessDays: number | null;
  @ApiProperty({ type: 'array', items: { type: 'integer' }, nullable: true, description: 'Own reminder offsets; null = policy default', example: [3, 1] })
  reminderBusinessDaysBefore: number[] | null;
  @ApiProperty({ type: 'integer', description: 'The deadline new disputes get', example: 10 }) effectiveResponseBusinessDays: number;
  @ApiProperty({ type: 'array', items: { type: 'integer' }, description: 'The reminders new disputes get', example: [3, 1] })
  effectiveReminderBusinessDaysBefore: number[];
  @ApiProperty({ type: String, nullable: true, description: 'Webhook endpoint, if any', example: 'https://api.fabrika-yug.example/claims-webhook' })
  webhookUrl: string | null;
  @ApiProperty({ description: 'Whether a webhook secret is set (the secret itself is never shown)', example: true }) webhookSecretSet: boolean;
  @ApiProperty({ description: 'Active suppliers get disputes and webhooks', example: true }) active: boolean;
  @ApiProperty({ format: 'date-time', description: 'Registered at' }) createdAt: string;
  @ApiProperty({ format: 'date-time', description: 'Last changed at' }) updatedAt: string;
}

export class SupplierListDto {
  @ApiProperty({ type: () => [SupplierDto], description: 'This page, by id' }) items: SupplierDto[];
  @ApiPropertyOptional({ description: 'Pass as `cursor` for the next page; absent on the last page' }) nextCursor?: string;
}

