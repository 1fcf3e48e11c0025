import { ApiProperty } from '@nestjs/swagger';
import type { BrokenLink, BrokenLinkCheck } from '../audit-chain-verifier';

const CHECKS: BrokenLinkCheck[] = ['sequence', 'prev_hash', 'hash', 'global_prev_hash', 'global_hash', 'missing_events', 'unexpected_events', 'checkpoint'];

export class BrokenLinkDto implements BrokenLink {
  @ApiProperty({ format: 'uuid', example: '7f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f' }) claimId: string;
  @ApiProperty({ example: 2, description: 'where the chain breaks; for a missing event, the seq that should be there' }) seq: number;
  @ApiProperty({ enum: CHECKS, example: 'hash', description: 'which check failed' }) check: BrokenLinkCheck;
  @ApiProperty({ example: '9f2c…', description: 'what the chain says should be there' }) expected: string;
  @ApiProperty({ example: '41aa…', description: 'what is stored' }) found: string;
  @ApiProperty({ example: 'the event\'s content does not match its hash (altered)' }) detail: string;
}

export class ClaimVerificationDto {
  @ApiProperty({ format: 'uuid' }) claimId: string;
  @ApiProperty({ example: true, description: 'both chains hold for every event of the claim, and no event is missing' }) ok: boolean;
  @ApiProperty({ example: 7 }) eventsChecked: number;
  @ApiProperty({ type: BrokenLinkDto, nullable: true, description: 'the first broken link, or null' }) firstBroken: BrokenLinkDto | null;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) verifiedAt: string;
}

export class LogVerificationDto {
  @ApiProperty({ type: String, nullable: true, example: '2026-11-01T00:00:00.000Z', description: 'start of the range (events recorded at or after), or null for the start of the log' }) from: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-11-30T23:59:59.999Z', description: 'end of the range, or null for now' }) to: string | null;
  @ApiProperty({ example: true }) ok: boolean;
  @ApiProperty({ example: 12840 }) eventsChecked: number;
  @ApiProperty({ example: 1912, description: 'distinct claims among the events checked' }) claimsChecked: number;
  @ApiProperty({ type: BrokenLinkDto, nullable: true, description: 'the first broken link in log order, or null' }) firstBroken: BrokenLinkDto | null;
  @ApiProperty({ type: [BrokenLinkDto], description: `every broken link found, in log order, then claims missing events (at most ${100})` }) breaks: BrokenLinkDto[];
  @ApiProperty({ example: false, description: 'true when there were more broken links than listed' }) truncated: boolean;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) verifiedAt: string;
}

class ActionAtDto {
  @ApiProperty({ example: 2 }) seq: number;
  @ApiProperty({ example: 'claim.triaged' }) action: string;
}

class ComparisonMismatchDto {
  @ApiProperty({ example: 1, description: '0-based position in the claim\'s history' }) index: number;
  @ApiProperty({ type: ActionAtDto, nullable: true, description: 'the audit log\'s event there (null: none)' }) audit: ActionAtDto | null;
  @ApiProperty({ type: ActionAtDto, nullable: true, description: 'the workflow\'s event there (null: none)' }) workflow: ActionAtDto | null;
}

export class WorkflowComparisonDto {
  @ApiProperty({ format: 'uuid' }) claimId: string;
  @ApiProperty({ example: 'claim-7f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f' }) workflowId: string;
  @ApiProperty({ example: true, description: 'the audit log holds the workflow\'s events: same actions, same order' }) matches: boolean;
  @ApiProperty({ example: 7 }) auditEvents: number;
  @ApiProperty({ example: 7 }) workflowEvents: number;
  @ApiProperty({ example: 0, description: 'events handed to the record activity that has not completed yet' }) inFlight: number;
  @ApiProperty({ type: ComparisonMismatchDto, nullable: true }) firstMismatch: ComparisonMismatchDto | null;
}
