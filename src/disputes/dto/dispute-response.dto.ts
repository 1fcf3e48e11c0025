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
  @ApiProperty({ format: 'uuid', example: DISPUTE_ID , description: "Dispute id (also the supplier's task id)" }) id: string;
  @ApiProperty({ example: 'fabrika-yug' , description: 'The supplier disputed' }) supplierId: string;
  @ApiProperty({ ...DISPUTE_KIND_ENUM, example: 'manufacturing_defect' , description: 'What the supplier is held responsible for' }) kind: DisputeKind;
  @ApiProperty({ ...DISPUTE_STATUS_ENUM, example: 'awaiting_supplier' , description: 'Where the dispute stands' }) status: DisputeStatus;
  @ApiProperty({ example: 12500 , description: 'The cost claimed back' }) amountClaimed: number;
  @ApiProperty({ example: 'RUB' , description: 'ISO 4217 currency of the amounts' }) currency: string;
  @ApiProperty({ format: 'date-time', description: 'The supplier must answer before this instant (business days)', example: '2026-12-04T15:00:00.000Z' })
  deadlineAt: string;
  @ApiProperty({ description: 'The deadline passed without an answer', example: false }) overdue: boolean;
  @ApiProperty({ description: 'Escalated to supervisors (by staff, or when the deadline passed)', example: false }) escalated: boolean;
  @ApiPropertyOptional({ description: 'The agreed chargeback, once settled', example: 10000 }) settledAmount?: number;
  @ApiProperty({ ...DISPUTE_ACTION_ENUM, isArray: true, example: ['accept', 'reject', 'escalate', 'write_off'] , description: 'The dispute actions allowed now' }) allowedActions: DisputeAction[];
}

class SupplierProductDto {
  @ApiProperty({ example: 'SOFA-OSLO-3' , description: 'Product SKU' }) sku: string;
  @ApiProperty({ example: 'Sofa Oslo 3-seat' , description: 'Product name' }) productName: string;
  @ApiProperty({ example: 'upholstered' , description: 'Product category' }) category: string;
}

class SupplierOrderDto {
  @ApiProperty({ example: 'ORD-100234' , description: 'Order id' }) orderId: string;
  @ApiProperty({ format: 'date', example: '2026-05-10' , description: 'Purchase date' }) purchasedAt: string;
  @ApiPropertyOptional({ format: 'date', example: '2026-05-14' , description: 'Delivery date' }) deliveredAt?: string;
  @ApiProperty({ example: 84990 , description: 'Price paid by the customer' }) price: number;
  @ApiProperty({ example: 'RUB' , description: 'ISO 4217 currency' }) currency: string;
}

class SupplierDefectDto {
  @ApiPropertyOptional({ example: 'upholstered.filler_shrinkage' , description: 'Defect code set by triage' }) code?: string;
  @ApiProperty({ example: 'Seat cushions sagged after 5 months' , description: 'The complaint' }) description: string;
}

export class SupplierFactsDto implements SupplierFacts {
  @ApiProperty({ example: 'CL-2026-000123' , description: "The claim's readable number" }) claimNumber: string;
  @ApiProperty({ type: () => SupplierProductDto , description: 'The goods' }) product: SupplierProductDto;
  @ApiProperty({ type: () => SupplierOrderDto , description: 'The order' }) order: SupplierOrderDto;
  @ApiProperty({ type: () => SupplierDefectDto , description: 'The defect' }) defect: SupplierDefectDto;
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uri' }, example: ['https://files.example.com/claims/abc.jpg'] , description: 'Links to evidence' }) evidenceUrls: string[];
}

export class SupplierResponseDto implements Omit<SupplierResponseView, 'actor'> {
  @ApiProperty({ enum: ['accepted', 'rejected'], example: 'accepted' , description: 'accepted or rejected' }) outcome: 'accepted' | 'rejected';
  @ApiProperty({ format: 'date-time', example: '2026-11-24T10:00:00.000Z' , description: 'When' }) at: string;
  @ApiPropertyOptional({ ...SUPPLIER_REMEDY_ENUM, example: 'replacement_part' , description: 'What the supplier offered' }) remedy?: SupplierRemedy;
  @ApiPropertyOptional({ example: 12500 , description: 'Amount' }) amount?: number;
  @ApiPropertyOptional({ format: 'date', example: '2026-12-10' , description: 'When the supplier expects to deliver' }) expectedDate?: string;
  @ApiPropertyOptional({ example: 'New cushions ship on Monday.' , description: "The company's message to the supplier" }) message?: string;
  @ApiPropertyOptional({ example: 'The goods left our factory undamaged.' , description: 'Why' }) reason?: string;
  @ApiPropertyOptional({ type: 'array', items: { type: 'string', format: 'uri' } , description: 'Links to evidence' }) evidenceUrls?: string[];
  @ApiProperty({ description: 'It came after the deadline', example: false }) late: boolean;
}

export class StaffSupplierResponseDto extends SupplierResponseDto implements SupplierResponseView {
  @ApiProperty({ type: () => ClaimActorDto, description: 'The supplier key that answered' }) actor: ClaimActorDto;
}

export class EscalationDto implements EscalationView {
  @ApiProperty({ format: 'date-time' , description: 'When' }) at: string;
  @ApiProperty({ type: () => ClaimActorDto , description: 'Who' }) actor: ClaimActorDto;
  @ApiProperty({ example: 'the supplier did not answer by the deadline' , description: 'Why' }) reason: string;
  @ApiProperty({ description: 'true when the deadline passed; false when staff escalated', example: true }) automatic: boolean;
}

class SettlementDto {
  @ApiProperty({ format: 'date-time' , description: 'When' }) at: string;
  @ApiProperty({ type: () => ClaimActorDto , description: 'Who' }) actor: ClaimActorDto;
  @ApiProperty({ example: 10000 , description: 'Amount' }) amount: number;
  @ApiProperty({ example: 'Supplier credits 10 000 RUB against the next invoice.' , description: 'Why' }) reason: string;
}

class WriteOffDto {
  @ApiProperty({ format: 'date-time' , description: 'When' }) at: string;
  @ApiProperty({ type: () => ClaimActorDto , description: 'Who' }) actor: ClaimActorDto;
  @ApiProperty({ example: 'Amount too small to pursue.' , description: 'Why' }) reason: string;
}

/** A dispute as care staff see it. */
export class DisputeViewDto implements DisputeView {
  @ApiProperty({ format: 'uuid', example: DISPUTE_ID , description: 'Id' }) id: string;
  @ApiProperty({ format: 'uuid' , description: "The claim's id" }) claimId: string;
  @ApiProperty({ example: 'CL-2026-000123' , description: "The claim's readable number" }) claimNumber: string;
  @ApiProperty({ example: 'fabrika-yug' , description: 'Supplier id' }) supplierId: string;
  @ApiProperty({ example: 'Fabrika Yug' , description: 'Supplier name (when the dispute was opened)' }) supplierName: string;
  @ApiProperty({ ...DISPUTE_KIND_ENUM, example: 'manufacturing_defect' , description: 'Dispute kind' }) kind: DisputeKind;
  @ApiProperty({ example: 12500 , description: 'Amount claimed from the supplier' }) amountClaimed: number;
  @ApiProperty({ example: 'RUB' , description: 'ISO 4217 currency' }) currency: string;
  @ApiProperty({ example: 'Filler of the seat cushions shrank within 5 months.' , description: "The company's message to the supplier" }) message: string;
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uri' } , description: 'Links to evidence' }) evidenceUrls: string[];
  @ApiProperty({ ...DISPUTE_STATUS_ENUM, example: 'awaiting_supplier' , description: 'Status' }) status: DisputeStatus;
  @ApiProperty({ format: 'date-time', example: '2026-11-20T07:00:00.000Z' , description: 'When the dispute was opened' }) openedAt: string;
  @ApiProperty({ type: () => ClaimActorDto , description: 'Who opened it' }) openedBy: ClaimActorDto;
  @ApiProperty({ type: 'integer', description: 'Business days the supplier was given', example: 10 }) responseBusinessDays: number;
  @ApiProperty({ format: 'date-time', description: 'End of the working day of the last business day', example: '2026-12-04T15:00:00.000Z' }) deadlineAt: string;
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'date-time' }, description: 'When reminders go to the supplier' }) remindersAt: string[];
  @ApiProperty({ type: 'integer', example: 0 , description: 'Reminders sent so far' }) remindersSent: number;
  @ApiProperty({ example: false , description: 'The deadline passed without an answer' }) overdue: boolean;
  @ApiProperty({ example: false , description: 'Escalated to supervisors' }) escalated: boolean;
  @ApiProperty({ type: () => [EscalationDto] , description: 'Escalations, oldest first' }) escalations: EscalationDto[];
  @ApiPropertyOptional({ type: () => StaffSupplierResponseDto , description: "The supplier's answer" }) response?: StaffSupplierResponseDto;
  @ApiPropertyOptional({ type: () => SettlementDto , description: 'The agreed chargeback' }) settlement?: SettlementDto;
  @ApiPropertyOptional({ type: () => WriteOffDto , description: 'Why it was written off' }) writeOff?: WriteOffDto;
  @ApiPropertyOptional({ format: 'date-time' , description: 'When it was settled or written off' }) closedAt?: string;
  @ApiProperty({ ...DISPUTE_ACTION_ENUM, isArray: true, example: ['escalate', 'write_off'] , description: 'Actions allowed now' }) allowedActions: DisputeAction[];
  @ApiProperty({ type: () => SupplierFactsDto, description: 'What the supplier sees of the claim' }) facts: SupplierFactsDto;
  @ApiProperty({ type: 'integer', example: 1 , description: 'Grows with every change' }) version: number;
}

class SupplierSettlementDto {
  @ApiProperty({ format: 'date-time' , description: 'When' }) at: string;
  @ApiProperty({ example: 10000 , description: 'Amount' }) amount: number;
  @ApiProperty({ example: 'Credit against the next invoice.' , description: 'Why' }) reason: string;
}

/** A dispute as its supplier sees it. */
export class SupplierTaskDto implements SupplierTaskView {
  @ApiProperty({ format: 'uuid', example: DISPUTE_ID , description: 'Id' }) id: string;
  @ApiProperty({ example: 'CL-2026-000123' , description: "The claim's readable number" }) claimNumber: string;
  @ApiProperty({ ...DISPUTE_KIND_ENUM, example: 'manufacturing_defect' , description: 'Dispute kind' }) kind: DisputeKind;
  @ApiProperty({ example: 12500 , description: 'Amount claimed from the supplier' }) amountClaimed: number;
  @ApiProperty({ example: 'RUB' , description: 'ISO 4217 currency' }) currency: string;
  @ApiProperty({ example: 'Filler of the seat cushions shrank within 5 months.' , description: "The company's message to the supplier" }) message: string;
  @ApiProperty({ ...DISPUTE_STATUS_ENUM, example: 'awaiting_supplier' , description: 'Status' }) status: DisputeStatus;
  @ApiProperty({ format: 'date-time' , description: 'When the dispute was opened' }) openedAt: string;
  @ApiProperty({ format: 'date-time', description: 'Answer before this instant', example: '2026-12-04T15:00:00.000Z' }) deadlineAt: string;
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'date-time' } , description: 'remindersAt' }) remindersAt: string[];
  @ApiProperty({ example: false , description: 'The deadline passed without an answer' }) overdue: boolean;
  @ApiProperty({ example: false , description: 'Escalated to supervisors' }) escalated: boolean;
  @ApiPropertyOptional({ type: () => SupplierResponseDto , description: "The supplier's answer" }) response?: SupplierResponseDto;
  @ApiPropertyOptional({ type: () => SupplierSettlementDto , description: 'The agreed chargeback' }) settlement?: SupplierSettlementDto;
  @ApiPropertyOptional({ format: 'date-time' , description: 'When it was written off' }) writtenOffAt?: string;
  @ApiPropertyOptional({ format: 'date-time' , description: 'When it was settled or written off' }) closedAt?: string;
  @ApiProperty({ ...DISPUTE_ACTION_ENUM, isArray: true, description: 'accept and reject, while the task awaits you', example: ['accept', 'reject'] })
  allowedActions: DisputeAction[];
  @ApiProperty({ type: () => SupplierFactsDto , description: 'The claim facts the supplier may see' }) facts: SupplierFactsDto;
}

export class SupplierTaskListDto {
  @ApiProperty({ type: () => [SupplierTaskDto] , description: 'This page' }) items: SupplierTaskDto[];
  @ApiPropertyOptional({ description: 'Pass as `cursor` for the next page; absent on the last page' }) nextCursor?: string;
}
