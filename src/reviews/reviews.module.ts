import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { ReviewsController } from './reviews.controller';
import { LinkedClaimsRepository } from './linked-claims.repository';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [ClaimsModule],
  controllers: [ReviewsController],
  providers: [ReviewsService, LinkedClaimsRepository],
})
export class ReviewsModule {}
