import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../domain/claim.types';
import { isNegativeReview, reviewKey } from '../../domain/follow-up/review-correction';
import { DEFAULT_FOLLOW_UP } from '../../domain/policy/policy.rules';
import { reviewChangedSignal } from '../../workflows/claim/claim.messages';
import { claimIdFor } from '../claims/claim-id';
import { ClaimIntakeService } from '../claims/claim-intake.service';
import { ClaimWorkflowGateway } from '../claims/claim-workflow.gateway';
import type { CreateClaimDto } from '../claims/dto';
import { toUtcInstant } from '../common/validation/field.validators';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { ReviewEventDto, ReviewEventResultDto } from './dto/review-event.dto';
import { LinkedClaimsRepository } from './linked-claims.repository';

/** ISO 4217 "no currency": a claim opened from a review whose order is not known. */
const NO_CURRENCY = 'XXX';

/**
 * Events of the review-monitoring system. A new negative review with no claim opens one
 * (channel `online_review`, idempotent by platform + review id); a change of a linked
 * review is passed on to its claim, where review correction follows it.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly linkedClaims: LinkedClaimsRepository,
    private readonly intake: ClaimIntakeService,
    private readonly workflows: ClaimWorkflowGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(event: ReviewEventDto, actor: Actor): Promise<{ status: number; result: ReviewEventResultDto }> {
    const key = reviewKey(event.platform, event.reviewId);
    const linked = await this.linkedClaims.find(key, claimIdFor({ channel: 'online_review', externalRef: key }));
    const at = toUtcInstant(event.at) ?? new Date().toISOString();
    if (linked) {
      await this.workflows.signal(linked.id, reviewChangedSignal, { rating: event.rating, removed: event.removed ?? false, at, text: event.text });
      return { status: 202, result: { outcome: 'forwarded', claimId: linked.id, number: linked.number } };
    }
    const threshold = (this.config.policy.followUp ?? DEFAULT_FOLLOW_UP).negativeReviewMaxRating;
    if (event.removed || !isNegativeReview(event.rating, threshold)) {
      return { status: 202, result: { outcome: 'ignored' } };
    }
    const outcome = await this.intake.intake(this.claimFrom(event, key, at), actor);
    return {
      status: outcome.created ? 201 : 200,
      result: { outcome: outcome.created ? 'claim_opened' : 'claim_exists', claimId: outcome.claim.id, number: outcome.claim.number },
    };
  }

  /** An intake from the review: the order when the monitoring system knows it, else marked unknown. */
  private claimFrom(event: ReviewEventDto, key: string, at: string): CreateClaimDto {
    const day = at.slice(0, 10);
    return {
      channel: 'online_review',
      externalRef: key,
      customer: { name: event.author ?? `Reviewer on ${event.platform}` },
      order: event.order ?? {
        orderId: `unknown:${key}`,
        purchasedAt: day,
        sku: 'unknown',
        productName: 'unknown (claim opened from a review)',
        category: 'unknown',
        price: 0,
        currency: NO_CURRENCY,
      },
      description: event.text ?? `A ${event.rating}-star review on ${event.platform} without text`,
      attachments: [],
      review: { platform: event.platform, reviewId: event.reviewId, url: event.url, rating: event.rating },
    } as CreateClaimDto;
  }
}
