import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../domain/claim.types';
import type { ClaimView } from '../../domain/claim/claim-view';
import { durationMs } from '../../domain/time/duration';
import { checkWarranty } from '../../domain/warranty/warranty';
import { canonicalJson } from '../../domain/audit/audit-chain';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MetricsService } from '../metrics/metrics.service';
import { claimIdFor } from './claim-id';
import { registrationInputOf } from '../../domain/claim/claim-registration';
import { ClaimArchivedError, ClaimWorkflowGateway } from './claim-workflow.gateway';
import { ClaimsRepository } from './claims.repository';
import { toClaimIntake, type CreateClaimDto } from './dto';
import { IdempotencyKeysRepository } from './idempotency-keys.repository';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
/** how long a channel's external reference stays bound to the body it first came with: for good (100 years) */
const EXTERNAL_REF_TTL_MS = 100 * 365 * 86_400_000;

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
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new DomainError('validation_failed', 'Idempotency-Key must be 1 to 255 visible ASCII characters', {
        errors: [{ field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }],
      });
    }
    // an Idempotency-Key belongs to the API key that used it: another caller's same key is another claim
    const scopedKey = idempotencyKey === undefined ? undefined : `${actor.id}:${idempotencyKey}`;
    // without an external reference a fresh id: an Idempotency-Key's reservation (below) maps it to its claim
    let claimId = claimIdFor(intake);
    const requestHash = createHash('sha256').update(canonicalJson(intake)).digest('hex');
    if (intake.externalRef) {
      // the channel's own reference names one claim for good: a replay must carry the same body
      await this.reserve(`external:${intake.channel}:${intake.externalRef}`, requestHash, claimId, EXTERNAL_REF_TTL_MS, 'this channel and externalRef');
    }
    if (scopedKey !== undefined) {
      claimId = await this.reserve(`key:${scopedKey}`, requestHash, claimId, durationMs(this.config.policy.idempotencyKeyTtl), 'this Idempotency-Key');
    }

    const requestId = randomUUID();
    const now = new Date();
    // the number before the start: the workflow's first task then runs no registration activity
    // (a replayed intake gets its claim's number back and the running workflow ignores it)
    const { policy } = this.config;
    const warranty = checkWarranty(policy, intake.order, now);
    const registration = await this.claims.register(registrationInputOf(claimId, intake, policy, now));
    try {
      const result = await this.workflows.start({
        claimId,
        requestId,
        intake,
        warranty,
        policy,
        actor,
        registration,
        // each action's events written in the task that accepts it; the gateway promotes them
        actionsInTask: true,
        // and timers' batches in their own task, promoted by the worker's staged-batch relay
        timersInTask: true,
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

  /**
   * Holds `key` for this body, or finds who holds it: the claim id it names. Another body
   * under the same key is a 422 that says nothing about the claim (IETF Idempotency-Key
   * draft; a replay must not read someone else's claim).
   */
  private async reserve(key: string, requestHash: string, claimId: string, ttlMs: number, what: string): Promise<string> {
    const held = await this.idempotencyKeys.reserve(key, requestHash, claimId, ttlMs);
    if (held.requestHash !== requestHash) {
      throw new DomainError('idempotency_mismatch', `${what} was already used with a different request body; use a new one for a new claim`);
    }
    return held.claimId;
  }
}
