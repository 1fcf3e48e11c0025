import { Module } from '@nestjs/common';
import { ClaimActionsService } from './claim-actions.service';
import { ClaimIntakeService } from './claim-intake.service';
import { ClaimQueriesService } from './claim-queries.service';
import { ClaimWorkflowGateway } from './claim-workflow.gateway';
import { ClaimsController } from './claims.controller';
import { ClaimsRepository } from './claims.repository';
import { IdempotencyKeysRepository } from './idempotency-keys.repository';

@Module({
  controllers: [ClaimsController],
  providers: [
    ClaimWorkflowGateway,
    ClaimsRepository,
    IdempotencyKeysRepository,
    ClaimIntakeService,
    ClaimActionsService,
    ClaimQueriesService,
  ],
  exports: [ClaimQueriesService, ClaimActionsService, ClaimWorkflowGateway, ClaimIntakeService],
})
export class ClaimsModule {}
