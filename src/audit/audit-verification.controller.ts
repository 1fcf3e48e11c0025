import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { ClaimQueriesService } from '../claims/claim-queries.service';
import { ApiAuthProblemResponses, ApiProblemResponse, ApiValidationProblemResponse } from '../common/openapi/problem-responses';
import { AuditVerificationService } from './audit-verification.service';
import { ClaimVerificationDto, LogVerificationDto, WorkflowComparisonDto } from './dto/audit-verification.dto';
import { TimeRangeQueryDto } from './dto/audit-query.dto';
import { WorkflowComparisonService } from './workflow-comparison.service';

const ID_PARAM = { name: 'id', description: 'claim id or number', example: 'CL-2026-000123' };
const BROKEN = {
  claimId: '7f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f',
  seq: 2,
  check: 'hash',
  expected: 'c0ffee…',
  found: '41aa…',
  detail: "the event's content does not match its hash (altered)",
};
const NO_CLAIM = { type: 'not-found', detail: 'no claim CL-2026-000999', instance: '/audit/claims/CL-2026-000999/verify' };

@ApiTags('audit')
@ApiBearerAuth()
@ApiAuthProblemResponses('/audit/verify')
@Roles('auditor', 'supervisor')
@Controller('audit')
export class AuditVerificationController {
  constructor(
    private readonly claims: ClaimQueriesService,
    private readonly verification: AuditVerificationService,
    private readonly comparison: WorkflowComparisonService,
  ) {}

  @Get('claims/:id/verify')
  @ApiOperation({
    summary: "Verify a claim's audit chain",
    description:
      "Recomputes the claim's hash chain from its first event: sequence without gaps, each `prevHash` the previous " +
      "event's `hash`, each `hash` the hash of the event's content, each `globalHash` consistent; and checks that the " +
      "claim's read model is not ahead of its log (events deleted). Reports the first broken link.",
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({
    type: ClaimVerificationDto,
    description: 'The verdict (200 whether or not the chain holds)',
    example: { claimId: BROKEN.claimId, ok: false, eventsChecked: 7, firstBroken: BROKEN, verifiedAt: '2026-11-23T10:00:00.000Z' },
  })
  @ApiProblemResponse(404, 'No such claim', NO_CLAIM)
  async verifyClaim(@Param('id') id: string): Promise<ClaimVerificationDto> {
    return this.verification.verifyClaim(await this.claims.resolveId(id));
  }

  @Get('verify')
  @ApiOperation({
    summary: 'Verify the whole audit log, or a time range of it',
    description:
      'Walks the events recorded in [`from`, `to`] (default: the whole log) in insertion order and recomputes the global ' +
      'chain (an event deleted anywhere — even a whole claim\'s history — breaks it at the next event) and every claim ' +
      'chain; then lists claims whose read model is ahead of their log. Reports the first broken link and up to 100.',
  })
  @ApiOkResponse({
    type: LogVerificationDto,
    example: {
      from: '2026-11-01T00:00:00.000Z',
      to: null,
      ok: false,
      eventsChecked: 12840,
      claimsChecked: 1912,
      firstBroken: BROKEN,
      breaks: [BROKEN],
      truncated: false,
      verifiedAt: '2026-11-23T10:00:00.000Z',
    },
  })
  @ApiValidationProblemResponse({ field: 'to', message: 'to must not be before from' }, '/audit/verify?from=2026-11-30&to=2026-11-01')
  verifyLog(@Query() query: TimeRangeQueryDto): Promise<LogVerificationDto> {
    return this.verification.verifyLog(query.from, query.to);
  }

  @Get('claims/:id/compare-workflow')
  @ApiOperation({
    summary: "Compare a claim's audit log with its Temporal workflow history",
    description:
      'Reads the workflow history from Temporal (decoded with the payload codec) and checks that the audit log holds ' +
      'the events the workflow recorded: same actions, same order. A record batch still in flight is allowed.',
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({
    type: WorkflowComparisonDto,
    example: {
      claimId: BROKEN.claimId,
      workflowId: `claim-${BROKEN.claimId}`,
      matches: false,
      auditEvents: 6,
      workflowEvents: 7,
      inFlight: 0,
      firstMismatch: { index: 1, audit: { seq: 3, action: 'claim.noted' }, workflow: { seq: 2, action: 'claim.triaged' } },
    },
  })
  @ApiProblemResponse(404, 'No such claim, or its workflow history is gone (retention)', { ...NO_CLAIM, instance: '/audit/claims/CL-2026-000999/compare-workflow' })
  async compareWorkflow(@Param('id') id: string): Promise<WorkflowComparisonDto> {
    return this.comparison.compare(await this.claims.resolveId(id));
  }
}
