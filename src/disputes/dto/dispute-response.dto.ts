/**
 * OpenAPI-only classes for what the dispute endpoints answer; `implements` keeps them in
 * step with the domain types. Never instantiated.
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  DisputeAction,
  DisputeKind,
  DisputeStatus,
  DisputeSummary,
  DisputeView,
  EscalationView,
  SupplierFacts,
  SupplierRemedy,
  SupplierResponseView,
  SupplierTaskView,
} from '../../../domain/dispute/dispute.types';
import { ClaimActorDto } from '../../claims/dto/actor.dto';
import { DISPUTE_ACTION_ENUM, DISPUTE_KIND_ENUM, DISPUTE_STATUS_ENUM, SUPPLIER_REMEDY_ENUM } from './dispute-enums.openapi';

const DISPUTE_ID = '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

export class DisputeSummaryDto implements DisputeSummary {
  @ApiProperty({ format: 'uuid', example: DISPUTE_ID }) id: string;
  @ApiProperty({ example: 'fabrika-yug' }) supplierId: string;
  @ApiProperty({ ...DISPUTE_KIND_ENUM, example: 'manufacturing_defect' }) kind: DisputeKind;
  @ApiProperty({ ...DISPUTE_STATUS_ENUM, example: 'awaiting_supplier' }) status: DisputeStatus;
  @ApiProperty({ example: 12500 }) amountClaimed: number;
  @ApiProperty({ example: 'RUB' }) currency: string;
  @ApiProperty({ format: 'date-time', description: 'The supplier must answer before this instant (business days)', example: '2026-12-04T15:00:00.000Z' })
  deadlineAt: string;
  @ApiProperty({ description: 'The deadline passed without an answer', example: false }) overdue: boolean;
  @ApiProperty({ description: 'Escalated to supervisors (by staff, or when the deadline passed)', example: false }) escalated: boolean;
  @ApiPropertyOptional({ description: 'The agreed chargeback, once settled', example: 10000 }) settledAmount?: number;
  @ApiProperty({ ...DISPUTE_ACTION_ENUM, isArray: true, example: ['accept', 'reject', 'escalate', 'write_off'] }) allowedActions: DisputeAction[];
}

class SupplierProductDto {
  @ApiProperty({ example: 'SOFA-OSLO-3' }) sku: string;
  @ApiProperty({ example: 'Sofa Oslo 3-seat' }) productName: string;
  @ApiProperty({ example: 'upholstered' }) category: string;
}

class SupplierOrderDto {
  @ApiProperty({ example: 'ORD-100234' }) orderId: string;
  @ApiProperty({ format: 'date', example: '2026-05-10' }) purchasedAt: string;
  @ApiPropertyOptional({ format: 'date', example: '2026-05-14' }) deliveredAt?: string;
  @ApiProperty({ example: 84990 }) price: number;
  @ApiProperty({ example: 'RUB' }) currency: string;
}

class SupplierDefectDto {
  @ApiPropertyOptional({ example: 'upholstered.filler_shrinkage' }) code?: string;
  @ApiProperty({ example: 'Seat cushions sagged after 5 months' }) description: string;
}

export class SupplierFactsDto implements SupplierFacts {
  @ApiProperty({ example: 'CL-2026-000123' }) claimNumber: string;
  @ApiProperty({ type: () => SupplierProductDto }) product: SupplierProductDto;
  @ApiProperty({ type: () => SupplierOrderDto }) order: SupplierOrderDto;
  @ApiProperty({ type: () => SupplierDefectDto }) defect: SupplierDefectDto;
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uri' }, example: ['https://files.example.com/claims/abc.jpg'] }) evidenceUrls: string[];
}

export class SupplierResponseDto implements Omit<SupplierResponseView, 'actor'> {
  @ApiProperty({ enum: ['accepted', 'rejected'], example: 'accepted' }) outcome: 'accepted' | 'rejected';
  @ApiProperty({ format: 'date-time', example: '2026-11-24T10:00:00.000Z' }) at: string;
  @ApiPropertyOptional({ ...SUPPLIER_REMEDY_ENUM, example: 'replacement_part' }) remedy?: SupplierRemedy;
  @ApiPropertyOptional({ example: 12500 }) amount?: number;
  @ApiPropertyOptional({ format: 'date', example: '2026-12-10' }) expectedDate?: string;
  @ApiPropertyOptional({ example: 'New cushions ship on Monday.' }) message?: string;
  @ApiPropertyOptional({ example: 'The goods left our factory undamaged.' }) reason?: string;
  @ApiPropertyOptional({ type: 'array', items: { type: 'string', format: 'uri' } }) evidenceUrls?: string[];
  @ApiProperty({ description: 'It came after the deadline', example: false }) late: boolean;
}

export class StaffSupplierResponseDto extends SupplierResponseDto implements SupplierResponseView {
  @ApiProperty({ type: () => ClaimActorDto, description: 'The supplier key that answered' }) actor: ClaimActorDto;
}

export class EscalationDto implements EscalationView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: () => ClaimActorDto }) actor: ClaimActorDto;
  @ApiProperty({ example: 'the supplier did not answer by the deadline' }) reason: string;
  @ApiProperty({ description: 'true when the deadline passed; false when staff escalated', example: true }) automatic: boolean;
}

class SettlementDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: () => ClaimActorDto }) actor: ClaimActorDto;
  @ApiProperty({ example: 10000 }) amount: number;
  @ApiProperty({ example: 'Supplier credits 10 000 RUB against the next invoice.' }) reason: string;
}

class WriteOffDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: () => ClaimActorDto }) actor: ClaimActorDto;
  @ApiProperty({ example: 'Amount too small to pursue.' }) reason: string;
}

/** A dispute as care staff see it. */
export class DisputeViewDto implements DisputeView {
  @ApiProperty({ format: 'uuid', example: DISPUTE_ID }) id: string;
  @ApiProperty({ format: 'uuid' }) claimId: string;
  @ApiProperty({ example: 'CL-2026-000123' }) claimNumber: string;
  @ApiProperty({ example: 'fabrika-yug' }) supplierId: string;
  @ApiProperty({ example: 'Fabrika Yug' }) supplierName: string;
  @ApiProperty({ ...DISPUTE_KIND_ENUM, example: 'manufacturing_defect' }) kind: DisputeKind;
  @ApiProperty({ example: 12500 }) amountClaimed: number;
  @ApiProperty({ example: 'RUB' }) currency: string;
  @ApiProperty({ example: 'Filler of the seat cushions shrank within 5 months.' }) message: string;
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uri' } }) evidenceUrls: string[];
  @ApiProperty({ ...DISPUTE_STATUS_ENUM, example: 'awaiting_supplier' }) status: DisputeStatus;
  @ApiProperty({ format: 'date-time', example: '2026-11-20T07:00:00.000Z' }) openedAt: string;
  @ApiProperty({ type: () => ClaimActorDto }) openedBy: ClaimActorDto;
  @ApiProperty({ type: 'integer', description: 'Business days the supplier was given', example: 10 }) responseBusinessDays: number;
  @ApiProperty({ format: 'date-time', description: 'End of the working day of the last business day', example: '2026-12-04T15:00:00.000Z' }) deadlineAt: string;
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'date-time' }, description: 'When reminders go to the supplier' }) remindersAt: string[];
  @ApiProperty({ type: 'integer', example: 0 }) remindersSent: number;
  @ApiProperty({ example: false }) overdue: boolean;
  @ApiProperty({ example: false }) escalated: boolean;
  @ApiProperty({ type: () => [EscalationDto] }) escalations: EscalationDto[];
  @ApiPropertyOptional({ type: () => StaffSupplierResponseDto }) response?: StaffSupplierResponseDto;
  @ApiPropertyOptional({ type: () => SettlementDto }) settlement?: SettlementDto;
  @ApiPropertyOptional({ type: () => WriteOffDto }) writeOff?: WriteOffDto;
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
  @ApiProperty({ ...DISPUTE_ACTION_ENUM, isArray: true, example: ['escalate', 'write_off'] }) allowedActions: DisputeAction[];
  @ApiProperty({ type: () => SupplierFactsDto, description: 'What the supplier sees of the claim' }) facts: SupplierFactsDto;
  @ApiProperty({ type: 'integer', example: 1 }) version: number;
}

class SupplierSettlementDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 10000 }) amount: number;
  @ApiProperty({ example: 'Credit against the next invoice.' }) reason: string;
}

/** A dispute as its supplier sees it. */
export class SupplierTaskDto implements SupplierTaskView {
  @ApiProperty({ format: 'uuid', example: DISPUTE_ID }) id: string;
  @ApiProperty({ example: 'CL-2026-000123' }) claimNumber: string;
  @ApiProperty({ ...DISPUTE_KIND_ENUM, example: 'manufacturing_defect' }) kind: DisputeKind;
  @ApiProperty({ example: 12500 }) amountClaimed: number;
  @ApiProperty({ example: 'RUB' }) currency: string;
  @ApiProperty({ example: 'Filler of the seat cushions shrank within 5 months.' }) message: string;
  @ApiProperty({ ...DISPUTE_STATUS_ENUM, example: 'awaiting_supplier' }) status: DisputeStatus;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ format: 'date-time', description: 'Answer before this instant', example: '2026-12-04T15:00:00.000Z' }) deadlineAt: string;
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'date-time' } }) remindersAt: string[];
  @ApiProperty({ example: false }) overdue: boolean;
  @ApiProperty({ example: false }) escalated: boolean;
  @ApiPropertyOptional({ type: () => SupplierResponseDto }) response?: SupplierResponseDto;
  @ApiPropertyOptional({ type: () => SupplierSettlementDto }) settlement?: SupplierSettlementDto;
  @ApiPropertyOptional({ format: 'date-time' }) writtenOffAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
  @ApiProperty({ ...DISPUTE_ACTION_ENUM, isArray: true, description: 'accept and reject, while the task awaits you', example: ['accept', 'reject'] })
  allowedActions: DisputeAction[];
  @ApiProperty({ type: () => SupplierFactsDto }) facts: SupplierFactsDto;
}

export class SupplierTaskListDto {
  @ApiProperty({ type: () => [SupplierTaskDto] }) items: SupplierTaskDto[];
  @ApiPropertyOptional({ description: 'Pass as `cursor` for the next page; absent on the last page' }) nextCursor?: string;
}
