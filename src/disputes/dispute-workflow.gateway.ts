import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { DisputeView } from '../../domain/dispute/dispute.types';
import type { Command } from '../../workflows/shared/commands';
import { disputeViewQuery, disputeWorkflowId } from '../../workflows/supplier-dispute/dispute.messages';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { boundedWait } from '../temporal/bounded-wait';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { translateWorkflowError } from '../temporal/workflow-errors';

const DISPUTE_WORDING = { notFound: 'no such dispute', completed: 'the dispute is closed' };

/** The API's door to the supplier-dispute workflows: Updates and the live view. */
@Injectable()
export class DisputeWorkflowGateway {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async act<P>(disputeId: string, update: UpdateDefinition<DisputeView, [Command<P>]>, command: Command<P>, updateId?: string): Promise<DisputeView> {
    try {
      const handle = this.client.workflow.getHandle(disputeWorkflowId(disputeId));
      return await boundedWait(this.client, this.config.actionWaitMs, 'the action', () => handle.executeUpdate(update, { args: [command], updateId }));
    } catch (err) {
      throw translateWorkflowError(err, DISPUTE_WORDING);
    }
  }

  async view(disputeId: string): Promise<DisputeView> {
    try {
      return await this.client.workflow.getHandle(disputeWorkflowId(disputeId)).query(disputeViewQuery);
    } catch (err) {
      throw translateWorkflowError(err, DISPUTE_WORDING);
    }
  }
}
