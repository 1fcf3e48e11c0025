import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { SurveysController } from './surveys.controller';
import { SurveysService } from './surveys.service';

@Module({
  imports: [ClaimsModule],
  controllers: [SurveysController],
  providers: [SurveysService],
})
export class SurveysModule {}
