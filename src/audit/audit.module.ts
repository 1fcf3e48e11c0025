import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { AuditController } from './audit.controller';
import { AuditEventsRepository } from './audit-events.repository';

@Module({
  imports: [ClaimsModule],
  controllers: [AuditController],
  providers: [AuditEventsRepository],
})
export class AuditModule {}
