import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WithStartWorkflowOperation, WorkflowNotFoundError, type Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError, type SignalDefinition, type UpdateDefinition } from '@temporalio/common';
import type { ClaimView } from '../../domain/claim/claim-view';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { claimViewQuery, intakeUpdate, type ClaimWorkflowInput, type IntakeResult } from '../../workflows/claim/claim.messages';
import { ClaimEventLog } from '../../activities/claim-records/claim-event-log';
import { type Command } from '../../workflows/shared/commands';
import { startSearchAttributes } from '../../workflows/claim/search-attributes';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { boundedWait } from '../temporal/bounded-wait';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { translateWorkflowError } from '../temporal/workflow-errors';

/** Workflow type name; the API never imports workflow code itself. */
export const CLAIM_WORKFLOW_TYPE = 'claimWorkflow';

/** Thrown when a claim's workflow has ended for good (its reopen window is over). */
export class ClaimArchivedError extends Error {}

/** The API's only door to the claim workflows: start, act (Updates) and read (Query). */
@Injectable()
export class ClaimWorkflowGateway {
  private readonly eventLog: ClaimEventLog;

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() db: DataSource,
  ) {
    this.eventLog = new ClaimEventLog(db, { checkpointKey: config.auditCheckpointKey });
  }

  /**
   * Starts the claim's workflow, or joins the one already running with that id, and
   * waits until the intake is durable. Throws ClaimArchivedError when a workflow with
   * that id has already completed.
   */
  async start(input: ClaimWorkflowInput): Promise<IntakeResult> {
    const startWorkflowOperation = new WithStartWorkflowOperation(CLAIM_WORKFLOW_TYPE, {
      workflowId: claimWorkflowId(input.claimId),
      taskQueue: this.config.temporal.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      typedSearchAttributes: startSearchAttributes(input),
    });
    try {
      return await boundedWait(this.client, this.config.actionWaitMs, 'the intake', () => this.client.workflow.executeUpdateWithStart(intakeUpdate, { startWorkflowOperation }));
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) throw new ClaimArchivedError(err.message);
      throw translate(err);
    }
  }

  /**
   * Runs a care-staff action; refusals become 409 / 400 domain errors with the reason.
   * Answers once the action's audit events are in the log: a claim that records actions
   * in their task answers with the batches it staged (claim.messages.ts), promoted here.
   */
  async act<P>(claimId: string, update: UpdateDefinition<ClaimView, [Command<P>]>, command: Command<P>, updateId?: string): Promise<ClaimView> {
    const handle = this.client.workflow.getHandle(claimWorkflowId(claimId));
    let answer: ClaimView;
    try {
      answer = await boundedWait(this.client, this.config.actionWaitMs, 'the action', () => handle.executeUpdate(update, { args: [command], updateId }));
    } catch (err) {
      throw translate(err);
    }
    return this.eventLog.settle(claimId, answer);
  }

  /** Sends a signal (an external fact, e.g. from the review feed) to a claim's workflow. */
  async signal<A>(claimId: string, signal: SignalDefinition<[A]>, arg: A): Promise<void> {
    try {
      await this.client.workflow.getHandle(claimWorkflowId(claimId)).signal(signal, arg);
    } catch (err) {
      throw translate(err);
    }
  }

  /** Live state by Query; null when there is no such workflow. */
  async view(claimId: string): Promise<ClaimView | null> {
    try {
      return await this.client.workflow.getHandle(claimWorkflowId(claimId)).query(claimViewQuery);
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return null;
      throw translate(err);
    }
  }
}

const CLAIM_WORDING = { notFound: 'no such claim', completed: 'the claim is archived: its reopen window has ended' };

function translate(err: unknown): unknown {
  return translateWorkflowError(err, CLAIM_WORDING);
}
