import { ApiProperty } from '@nestjs/swagger';
import type { AuditEventRecord } from './audit-events.repository';

class AuditActorDto {
  @ApiProperty({ example: '5b0e…', description: 'API key id, or `system` for timers' }) id: string;
  @ApiProperty({ example: 'Maria (care desk)' }) name: string;
  @ApiProperty({ example: 'agent' }) role: string;
}

export class AuditEventDto implements AuditEventRecord {
  @ApiProperty({ format: 'uuid' }) claimId: string;
  @ApiProperty({ example: 2, description: 'position in the claim\'s history, from 1, without gaps' }) seq: number;
  @ApiProperty({ example: '2026-11-23T09:15:00.000Z', description: 'when the action was accepted or the timer fired' }) at: string;
  @ApiProperty({ example: '2026-11-23T09:15:00.041Z', description: 'when the event was written' }) recordedAt: string;
  @ApiProperty({ type: AuditActorDto }) actor: AuditActorDto;
  @ApiProperty({ example: 'claim.triaged' }) action: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { type: 'product_quality', unit: 'supplier' } }) data: Record<string, unknown>;
  @ApiProperty({ example: '9f2c…' }) prevHash: string;
  @ApiProperty({ example: '41aa…' }) hash: string;
  @ApiProperty({ example: '77c0…', description: 'globalHash of the event written just before this one, in the whole log' }) globalPrevHash: string;
  @ApiProperty({ example: 'e3b9…', description: 'sha256(globalPrevHash + "\\n" + hash)' }) globalHash: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '5d41…',
    description: 'signed checkpoint: HMAC-SHA256 of globalHash under a key the database does not hold; null for events written before checkpoints existed',
  })
  checkpoint: string | null;
}

export class AuditEventPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
  @ApiProperty({ type: String, nullable: true, example: 'MTIzNDU', description: 'pass back as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}

export class ClaimHistoryDto {
  @ApiProperty({ format: 'uuid' }) claimId: string;
  @ApiProperty({ type: [AuditEventDto] }) events: AuditEventDto[];
}
