import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditExportService } from './audit-export.service';
import { AuditVerificationController } from './audit-verification.controller';
import { AuditVerificationService } from './audit-verification.service';
import { AuditController } from './audit.controller';
import { WorkflowComparisonService } from './workflow-comparison.service';

@Module({
  imports: [ClaimsModule],
  controllers: [AuditController, AuditEventsController, AuditVerificationController],
  providers: [AuditEventsRepository, AuditExportService, AuditVerificationService, WorkflowComparisonService],
})
export class AuditModule {}
