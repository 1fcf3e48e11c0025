import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import type { Actor, ClaimAction } from '../../domain/claim.types';
import type { ClaimView } from '../../domain/claim/claim-view';
import { completeRemedyUpdate, correctOrderUpdate, customerRespondedUpdate, noteUpdate, openSupplierDisputeUpdate, remedyUpdate, reopenUpdate, resendSurveyUpdate, reviewReplyUpdate, triageUpdate, waitingOnCustomerUpdate, withdrawUpdate } from '../../workflows/claim/claim.messages';
import { type Command } from '../../workflows/shared/commands';
import { DomainError } from '../common/errors/domain-error';
import { MetricsService } from '../metrics/metrics.service';
import { ClaimQueriesService } from './claim-queries.service';
import { ClaimWorkflowGateway } from './claim-workflow.gateway';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const UPDATES: { readonly [A in ClaimAction]: UpdateDefinition<ClaimView, [Command<any>]> } = {
  triage: triageUpdate,
  remedy: remedyUpdate,
  complete_remedy: completeRemedyUpdate,
  notes: noteUpdate,
  reopen: reopenUpdate,
  withdraw: withdrawUpdate,
  waiting_on_customer: waitingOnCustomerUpdate,
  customer_responded: customerRespondedUpdate,
  open_supplier_dispute: openSupplierDisputeUpdate,
  review_reply: reviewReplyUpdate,
  correct_order: correctOrderUpdate,
  resend_survey: resendSurveyUpdate,
};

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
  async act<P extends object>(idOrNumber: string, action: ClaimAction, payload: P, actor: Actor, requestKey?: string): Promise<ClaimView> {
    const claimId = await this.queries.resolveId(idOrNumber);
    try {
      const view = await this.workflows.act(claimId, UPDATES[action], { actor, payload: { ...payload } }, requestKey);
      this.metrics.claimActions.inc({ action, outcome: 'accepted' });
      return view;
    } catch (err) {
      const outcome = err instanceof DomainError ? err.code : 'error';
      this.metrics.claimActions.inc({ action, outcome });
      throw err;
    }
  }
}
