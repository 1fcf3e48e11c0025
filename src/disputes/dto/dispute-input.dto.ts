/** Bodies of the supplier-dispute endpoints, validated at the edge. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { DISPUTE_KINDS, SUPPLIER_REMEDIES, type DisputeKind, type SupplierRemedy } from '../../../domain/dispute/dispute.types';
import { CURRENCY_CODE, HttpUrlList, IsIsoDate, LIMITS, MoneyAmount, OptionalField, SupplierIdField, Trim } from '../../common/validation/field.validators';
import { DISPUTE_KIND_ENUM, SUPPLIER_REMEDY_ENUM } from './dispute-enums.openapi';

const EVIDENCE_MAX = 20;
const MESSAGE_MAX = 5000;

/** POST /claims/{id}/supplier-disputes */
export class OpenDisputeDto {
  @ApiProperty({ ...DISPUTE_KIND_ENUM, description: 'What the supplier is held responsible for', example: 'manufacturing_defect' })
  @IsIn(DISPUTE_KINDS, { message: `kind must be one of: ${DISPUTE_KINDS.join(', ')}` })
  kind: DisputeKind;

  @ApiProperty({ description: 'The cost claimed back from the supplier (more than 0, at most 2 decimals)', example: 12500, minimum: 0.01, maximum: LIMITS.price })
  @MoneyAmount('amountClaimed', 0.01)
  amountClaimed: number;

  @ApiProperty({ description: 'ISO 4217 currency of the amount', example: 'RUB', pattern: CURRENCY_CODE.source })
  @IsString()
  @Matches(CURRENCY_CODE, { message: 'currency must be an ISO 4217 code of 3 capital letters, e.g. RUB' })
  currency: string;

  @ApiProperty({ description: 'The message the supplier reads with its task', example: 'Filler of the seat cushions shrank within 5 months; photos attached.', minLength: 1, maxLength: MESSAGE_MAX })
  @Trim()
  @IsString()
  @Length(1, MESSAGE_MAX)
  message: string;

  @ApiPropertyOptional({
    description: `Links to evidence for the supplier (http or https), at most ${EVIDENCE_MAX}; the claim's attachments are added`,
    type: 'array',
    items: { type: 'string', format: 'uri' },
    example: ['https://files.example.com/claims/abc-closeup.jpg'],
  })
  @OptionalField()
  @HttpUrlList('evidenceUrls', EVIDENCE_MAX)
  evidenceUrls?: string[];

  @SupplierIdField({ description: "The supplier disputed; defaults to the supplier of the claim's order" })
  supplierId?: string;
}

/** POST /supplier/tasks/{id}/accept */
export class AcceptDisputeDto {
  @ApiProperty({ ...SUPPLIER_REMEDY_ENUM, description: 'What the supplier offers', example: 'replacement_part' })
  @IsIn(SUPPLIER_REMEDIES, { message: `remedy must be one of: ${SUPPLIER_REMEDIES.join(', ')}` })
  remedy: SupplierRemedy;

  @ApiPropertyOptional({ description: 'Amount offered, in the dispute currency; required for `compensation`', example: 12500, minimum: 0 })
  @OptionalField()
  @MoneyAmount('amount', 0)
  amount?: number;

  @ApiPropertyOptional({ format: 'date', description: 'When the supplier expects to deliver the remedy', example: '2026-12-10' })
  @OptionalField()
  @IsIsoDate()
  expectedDate?: string;

  @ApiPropertyOptional({ description: 'A note for the company', example: 'New cushions ship from our warehouse on Monday.', maxLength: MESSAGE_MAX })
  @OptionalField()
  @Trim()
  @IsString()
  @Length(1, MESSAGE_MAX)
  message?: string;
}

/** POST /supplier/tasks/{id}/reject */
export class RejectDisputeDto {
  @ApiProperty({ description: 'Why the supplier rejects the claim', example: 'The goods left our factory undamaged; see the signed delivery note.', minLength: 1, maxLength: LIMITS.reason })
  @Trim()
  @IsString()
  @Length(1, LIMITS.reason)
  reason: string;

  @ApiPropertyOptional({
    description: `Links to the supplier's evidence, at most ${EVIDENCE_MAX}`,
    type: 'array',
    items: { type: 'string', format: 'uri' },
    example: ['https://supplier.example.com/delivery-notes/7781.pdf'],
  })
  @OptionalField()
  @HttpUrlList('evidenceUrls', EVIDENCE_MAX)
  evidenceUrls?: string[];
}

/** POST /claims/{id}/supplier-disputes/{disputeId}/settle */
export class SettleDisputeDto {
  @ApiProperty({ description: 'The agreed chargeback, in the dispute currency; at most the amount claimed', example: 10000, minimum: 0 })
  @MoneyAmount('amount', 0)
  amount: number;

  @ApiProperty({ description: 'What was agreed, and why', example: 'Supplier credits 10 000 RUB against the next invoice.', minLength: 1, maxLength: LIMITS.reason })
  @Trim()
  @IsString()
  @Length(1, LIMITS.reason)
  reason: string;
}

/** POST …/escalate and …/write-off */
export class DisputeReasonDto {
  @ApiProperty({ description: 'Why', example: 'The supplier disputes the photos; a supervisor should call them.', minLength: 1, maxLength: LIMITS.reason })
  @Trim()
  @IsString()
  @Length(1, LIMITS.reason)
  reason: string;
}
