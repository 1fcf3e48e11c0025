import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { SuppliersRepository } from '../suppliers/suppliers.repository';
import { ClaimDisputesController } from './claim-disputes.controller';
import { DisputeWorkflowGateway } from './dispute-workflow.gateway';
import { DisputesService } from './disputes.service';
import { SupplierDisputesRepository } from './supplier-disputes.repository';
import { SupplierTasksController } from './supplier-tasks.controller';

@Module({
  imports: [ClaimsModule],
  controllers: [ClaimDisputesController, SupplierTasksController],
  providers: [DisputesService, DisputeWorkflowGateway, SupplierDisputesRepository, SuppliersRepository],
  exports: [SupplierDisputesRepository, SuppliersRepository],
})
export class DisputesModule {}
