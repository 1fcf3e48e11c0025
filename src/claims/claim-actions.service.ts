import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import type { Actor, ClaimAction } from '../../domain/claim.types';
import type { ClaimView } from '../../domain/claim/claim-view';
import { ACTION_UPDATES, type ActionInput } from '../../workflows/claim/claim.messages';
import type { Command } from '../../workflows/shared/commands';
import { DomainError } from '../common/errors/domain-error';
import { MetricsService } from '../metrics/metrics.service';
import { ClaimQueriesService } from './claim-queries.service';
import { ClaimWorkflowGateway } from './claim-workflow.gateway';

/** Use case: a care-staff lifecycle action, accepted or refused by the claim's workflow. */
@Injectable()
export class ClaimActionsService {
  constructor(
    private readonly workflows: ClaimWorkflowGateway,
    private readonly queries: ClaimQueriesService,
    private readonly metrics: MetricsService,
  ) {}

  /**
   * `requestKey` (the optional Idempotency-Key header) becomes the Update id, so a
   * retried request is not applied twice.
   */
  async act<A extends ClaimAction>(idOrNumber: string, action: A, payload: ActionInput<A>, actor: Actor, requestKey?: string): Promise<ClaimView> {
    const claimId = await this.queries.resolveId(idOrNumber);
    const update = ACTION_UPDATES[action] as UpdateDefinition<ClaimView, [Command<ActionInput<A>>]>;
    try {
      const view = await this.workflows.act(claimId, update, { actor, payload: { ...payload } }, requestKey);
      this.metrics.claimActions.inc({ action, outcome: 'accepted' });
      return view;
    } catch (err) {
      const outcome = err instanceof DomainError ? err.code : 'error';
      this.metrics.claimActions.inc({ action, outcome });
      throw err;
    }
  }
}
