import { Body, Controller, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { actorOf, type AuthenticatedActor } from '../auth/auth.types';
import { ProblemDto } from '../common/openapi/problem-responses';
import { ReviewEventDto, ReviewEventResultDto } from './dto/review-event.dto';
import { ReviewsService } from './reviews.service';

@ApiTags('integrations')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ProblemDto, description: 'missing or invalid API key' })
@ApiForbiddenResponse({ type: ProblemDto, description: 'only `integration` keys send review events' })
@Controller('integrations/reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post()
  @Roles('integration')
  @ApiOperation({
    summary: 'A review-monitoring event',
    description:
      'A new review rated 3 or below (the policy\'s threshold) that no claim answers opens one (channel `online_review`), ' +
      'idempotent by platform + review id. A change of a linked review (rating, removal) goes to its claim, where review ' +
      'correction decides the outcome: `updated` when the rating rose, `removed`, or `unchanged` at the deadline.',
  })
  @ApiCreatedResponse({ type: ReviewEventResultDto, description: 'a claim was opened' })
  @ApiOkResponse({ type: ReviewEventResultDto, description: 'the claim this review opened already exists' })
  @ApiAcceptedResponse({ type: ReviewEventResultDto, description: 'passed on to the linked claim, or ignored (not negative, no claim)' })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'invalid event (field errors); nothing happens' })
  async receive(@Body() body: ReviewEventDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response): Promise<ReviewEventResultDto> {
    const { status, result } = await this.reviews.handle(body, actorOf(actor));
    res.status(status);
    return result;
  }
}
