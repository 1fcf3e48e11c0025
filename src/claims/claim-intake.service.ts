import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../domain/claim.types';
import type { ClaimView } from '../../domain/claim/claim-view';
import { durationMs } from '../../domain/time/duration';
import { checkWarranty } from '../../domain/warranty/warranty';
import { canonicalJson } from '../audit/audit-chain';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MetricsService } from '../metrics/metrics.service';
import { claimIdFor } from './claim-id';
import { ClaimArchivedError, ClaimWorkflowGateway } from './claim-workflow.gateway';
import { ClaimsRepository } from './claims.repository';
import { toClaimIntake, type CreateClaimDto } from './dto';
import { IdempotencyKeysRepository } from './idempotency-keys.repository';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

export interface IntakeOutcome {
  /** false when the request replayed an earlier intake (same key, or same channel + external reference) */
  created: boolean;
  claim: ClaimView;
}

/** Use case: take in a claim from any channel, exactly once. */
@Injectable()
export class ClaimIntakeService {
  constructor(
    private readonly workflows: ClaimWorkflowGateway,
    private readonly idempotencyKeys: IdempotencyKeysRepository,
    private readonly claims: ClaimsRepository,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async intake(dto: CreateClaimDto, actor: Actor, idempotencyKey?: string): Promise<IntakeOutcome> {
    const intake = toClaimIntake(dto);
    let claimId = claimIdFor(intake, idempotencyKey);
    if (idempotencyKey !== undefined) {
      if (!IDEMPOTENCY_KEY.test(idempotencyKey)) {
        throw new DomainError('validation_failed', 'Idempotency-Key must be 1 to 255 visible ASCII characters', {
          errors: [{ field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }],
        });
      }
      const requestHash = createHash('sha256').update(canonicalJson(intake)).digest('hex');
      const held = await this.idempotencyKeys.reserve(
        idempotencyKey,
        requestHash,
        claimId,
        durationMs(this.config.policy.idempotencyKeyTtl),
      );
      if (held.requestHash !== requestHash) {
        throw new DomainError(
          'idempotency_mismatch',
          'this Idempotency-Key was already used with a different request body; use a new key for a new claim',
          { claimId: held.claimId },
        );
      }
      claimId = held.claimId;
    }

    const requestId = randomUUID();
    try {
      const result = await this.workflows.start({
        claimId,
        requestId,
        intake,
        warranty: checkWarranty(this.config.policy, intake.order, new Date()),
        policy: this.config.policy,
        actor,
      });
      const created = result.createdByRequestId === requestId;
      if (created) this.metrics.claimsCreated.inc({ channel: intake.channel });
      return { created, claim: result.claim };
    } catch (err) {
      if (!(err instanceof ClaimArchivedError)) throw err;
      const archived = await this.claims.lastView(claimId);
      if (!archived) throw err;
      return { created: false, claim: archived };
    }
  }
}
