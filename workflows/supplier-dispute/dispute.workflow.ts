/**
 * One supplier dispute: a child of its claim's workflow, with its own id and history.
 *
 * - Supplier answers (accept / reject) and staff decisions (settle / escalate / write off)
 *   are Updates whose validators refuse what the dispute's transition table forbids.
 * - Reminders and the deadline (in business days, computed at opening) come from one
 *   scheduler loop; a passed deadline escalates the dispute.
 * - Each change is published in order: the supplier-task read model first, then the
 *   claim (which records the audit events in its own log), then the supplier's webhooks,
 *   delivered by retried activities that never hold the dispute up.
 * The workflow ends once the dispute is settled or written off and its webhooks are out.
 */
import {
  ActivityFailure,
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  log,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { DisputeAction, DisputeView } from '../../domain/dispute/dispute.types';
import { isOpenDispute } from '../../domain/dispute/dispute.types';
import type { SupplierDisputeActivities } from '../../activities/supplier-disputes/supplier-disputes.contract';
import type { Command } from '../shared/commands';
import { untilDue } from '../shared/due-timer';
import { refusalFailure } from '../shared/refusal';
import { SYSTEM_ACTOR } from '../../domain/claim/audit-event';
import {
  DISPUTE_ACTION_UPDATES,
  disputeChangedSignal,
  disputeViewQuery,
  type DisputeCommand,
  type DisputeEventDraft,
  type DisputeInput,
  type DisputeWorkflowInput,
} from './dispute.messages';
import {
  applyDisputeCommand,
  disputeRefusalOf,
  disputeSummary,
  disputeView,
  fireDisputeTimer,
  nextDisputeTimer,
  openDispute,
  type DisputeEffects,
  type DisputeState,
  type WebhookDraft,
} from './dispute.state';
import { workflowNow } from '../shared/workflow-clock';

const records = proxyActivities<Pick<SupplierDisputeActivities, 'recordDispute'>>({
  startToCloseTimeout: '30s',
  retry: { initialInterval: '200ms', backoffCoefficient: 2, maximumInterval: '1m' },
});

/** Webhooks: retried with exponential backoff for up to three days, then reported as failed. */
const webhooks = proxyActivities<Pick<SupplierDisputeActivities, 'deliverSupplierWebhook'>>({
  startToCloseTimeout: '30s',
  scheduleToCloseTimeout: '3 days',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '10m' },
});

export async function supplierDisputeWorkflow(input: DisputeWorkflowInput): Promise<DisputeView> {
  const now = workflowNow;
  const claim = getExternalWorkflowHandle(input.claimWorkflowId);
  const opened = openDispute(input, now());
  const state: DisputeState = opened.state;

  let changes = 0;
  let published = 0;
  const outbox: Array<DisputeEffects & { change: number }> = [];
  let deliveriesInFlight = 0;

  const publish = (effects: DisputeEffects): number => {
    changes += 1;
    outbox.push({ ...effects, change: changes });
    return changes;
  };

  const deliver = async (draft: WebhookDraft): Promise<void> => {
    deliveriesInFlight += 1;
    try {
      await webhooks.deliverSupplierWebhook({ supplierId: state.view.supplierId, ...draft });
    } catch (err) {
      if (!(err instanceof ActivityFailure)) throw err;
      // Gave up after the retry window: say so in the claim's log, and carry on.
      const failed: DisputeEventDraft = {
        at: new Date(now()).toISOString(),
        actor: SYSTEM_ACTOR,
        action: 'dispute.webhook_failed',
        data: { disputeId: state.view.id, eventId: draft.eventId, type: draft.type, error: err.cause?.message ?? err.message },
      };
      publish({ events: [failed], webhooks: [] });
    } finally {
      deliveriesInFlight -= 1;
    }
  };

  setHandler(disputeViewQuery, () => disputeView(state));

  const register = <A extends DisputeAction>(action: A): void => {
    const asCommand = (command: Command<DisputeInput<A>>) => ({ action, input: command.payload }) as DisputeCommand;
    setHandler(
      DISPUTE_ACTION_UPDATES[action] as UpdateDefinition<DisputeView, [Command<DisputeInput<A>>]>,
      async (command) => {
        const refusal = disputeRefusalOf(state, asCommand(command));
        if (refusal) throw refusalFailure(refusal);
        const change = publish(applyDisputeCommand(state, asCommand(command), command.actor, now()));
        await condition(() => published >= change);
        return disputeView(state);
      },
      {
        validator: (command) => {
          if (!command || typeof command !== 'object' || !command.actor || !command.payload) {
            throw new Error('malformed command: expected { actor, payload }');
          }
          const refusal = disputeRefusalOf(state, asCommand(command));
          if (refusal) throw refusalFailure(refusal);
        },
      },
    );
  };
  register('accept');
  register('reject');
  register('settle');
  register('escalate');
  register('write_off');

  publish(opened);

  // Publisher: read model, then the claim's audit log, then the webhooks — in change order.
  void (async () => {
    for (;;) {
      await condition(() => outbox.length > 0);
      const next = outbox[0];
      await records.recordDispute({ view: disputeView(state) });
      if (next.events.length > 0) {
        const change = { disputeId: state.view.id, version: state.view.version, summary: disputeSummary(state), events: next.events };
        try {
          await claim.signal(disputeChangedSignal, change);
        } catch (err) {
          // Only a closed dispute can outlive its claim (a late webhook failure after the
          // claim was archived): nothing is left to tell. An open one must reach its claim.
          if (isOpenDispute(state.view.status)) throw err;
          log.warn('the claim has ended; a late dispute event was not recorded in its log', { action: next.events[0].action });
        }
      }
      for (const draft of next.webhooks) void deliver(draft);
      outbox.shift();
      published = next.change;
    }
  })();

  // Scheduler: reminders, then the deadline, while the supplier has not answered.
  for (;;) {
    const timer = await untilDue(() => nextDisputeTimer(state), () => changes, () => !isOpenDispute(state.view.status));
    if (!timer) break;
    publish(fireDisputeTimer(state, timer, now()));
  }

  await condition(() => outbox.length === 0 && deliveriesInFlight === 0 && allHandlersFinished());
  return disputeView(state);
}
