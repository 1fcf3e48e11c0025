/**
 * One durable workflow per claim: the single source of truth for its lifecycle.
 *
 * - Care-staff actions are Updates: the validator refuses what the transition table
 *   forbids (nothing changes, the caller learns why); the handler applies the change
 *   and answers only once its audit events are durable in PostgreSQL.
 * - Timers (first-response SLA, statutory warning / breach / daily penalty, reopen
 *   window) come from one scheduler loop over `nextTimer(state)`.
 * - Audit events are written by one loop, in sequence order, by an idempotent activity.
 */
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { ClaimAction } from '../../domain/claim.types';
import type { ClaimView } from '../../domain/claim/claim-view';
import { durationMs } from '../../domain/time/duration';
import type { ClaimRecordsActivities } from '../../activities/claim-records/claim-records.contract';
import {
  claimViewQuery,
  completeRemedyUpdate,
  customerRespondedUpdate,
  intakeUpdate,
  noteUpdate,
  REFUSAL_INVALID_INPUT,
  REFUSAL_INVALID_TRANSITION,
  remedyUpdate,
  reopenUpdate,
  triageUpdate,
  waitingOnCustomerUpdate,
  withdrawUpdate,
  type ClaimWorkflowInput,
  type Command,
} from './claim.messages';
import {
  applyCommand,
  fireTimer,
  nextTimer,
  openClaim,
  refusalOf,
  toView,
  type ActionPayload,
  type AuditEventDraft,
  type ClaimState,
  type Refusal,
} from './claim.state';
import {
  ClaimChannelKey,
  ClaimDefectCodeKey,
  ClaimSlaBreachedKey,
  ClaimStatusKey,
  ClaimSupplierIdKey,
} from './search-attributes';

const records = proxyActivities<ClaimRecordsActivities>({
  startToCloseTimeout: '30s',
  // Records must eventually be written: retry without limit, backing off to a minute.
  retry: { initialInterval: '200ms', backoffCoefficient: 2, maximumInterval: '1m' },
});

function refusalFailure(refusal: Refusal): ApplicationFailure {
  return refusal.kind === 'invalid_transition'
    ? ApplicationFailure.create({
        type: REFUSAL_INVALID_TRANSITION,
        message: refusal.message,
        details: [{ allowedActions: refusal.allowedActions }],
        nonRetryable: true,
      })
    : ApplicationFailure.create({
        type: REFUSAL_INVALID_INPUT,
        message: refusal.message,
        details: [{ errors: refusal.errors }],
        nonRetryable: true,
      });
}

export async function claimWorkflow(input: ClaimWorkflowInput): Promise<ClaimView> {
  let state: ClaimState | undefined;
  let intakeSeq = Number.POSITIVE_INFINITY;
  let persistedSeq = 0;
  let changes = 0;
  const pending: AuditEventDraft[] = [];
  const now = (): number => Date.now();

  const current = (): ClaimState => {
    if (!state) {
      throw ApplicationFailure.create({
        type: REFUSAL_INVALID_TRANSITION,
        message: 'the claim is still being registered; try again in a moment',
        details: [{ allowedActions: [] }],
        nonRetryable: true,
      });
    }
    return state;
  };

  let lastAttributes = '';
  const syncSearchAttributes = (s: ClaimState): void => {
    const values = {
      status: s.status,
      supplier: s.input.intake.order.supplierId ?? null,
      defect: s.classification?.defectCode ?? null,
      sla: s.sla.breached,
    };
    const key = JSON.stringify(values);
    if (key === lastAttributes) return;
    lastAttributes = key;
    upsertSearchAttributes([
      { key: ClaimStatusKey, value: values.status },
      { key: ClaimChannelKey, value: s.input.intake.channel },
      { key: ClaimSupplierIdKey, value: values.supplier },
      { key: ClaimDefectCodeKey, value: values.defect },
      { key: ClaimSlaBreachedKey, value: values.sla },
    ]);
  };

  const enqueue = (events: AuditEventDraft[]): void => {
    pending.push(...events);
    changes += 1;
    if (state) syncSearchAttributes(state);
  };

  const untilPersisted = async (seq: number): Promise<void> => {
    await condition(() => persistedSeq >= seq);
  };

  setHandler(claimViewQuery, () => toView(current(), now()));

  setHandler(intakeUpdate, async () => {
    await condition(() => persistedSeq >= intakeSeq);
    return { claim: toView(current(), now()), createdByRequestId: input.requestId };
  });

  const registerAction = <P>(definition: UpdateDefinition<ClaimView, [Command<P>]>, action: ClaimAction): void => {
    const asPayload = (command: Command<P>) => ({ action, input: command.payload }) as unknown as ActionPayload;
    setHandler(
      definition,
      async (command) => {
        const s = current();
        const payload = asPayload(command);
        const refusal = refusalOf(s, payload, now());
        if (refusal) throw refusalFailure(refusal);
        enqueue(applyCommand(s, payload, command.actor, now()));
        await untilPersisted(s.seq);
        return toView(s, now());
      },
      {
        validator: (command) => {
          if (!command || typeof command !== 'object' || !command.actor || !command.payload) {
            throw new Error('malformed command: expected { actor, payload }');
          }
          const refusal = refusalOf(current(), asPayload(command), now());
          if (refusal) throw refusalFailure(refusal);
        },
      },
    );
  };
  registerAction(triageUpdate, 'triage');
  registerAction(remedyUpdate, 'remedy');
  registerAction(completeRemedyUpdate, 'complete_remedy');
  registerAction(noteUpdate, 'notes');
  registerAction(reopenUpdate, 'reopen');
  registerAction(withdrawUpdate, 'withdraw');
  registerAction(waitingOnCustomerUpdate, 'waiting_on_customer');
  registerAction(customerRespondedUpdate, 'customer_responded');

  // Intake: allocate the claim number and look for likely duplicates, then record `claim.received`.
  const { intake, policy } = input;
  const registration = await records.registerClaim({
    claimId: input.claimId,
    receivedAt: new Date(now()).toISOString(),
    orderId: intake.order.orderId,
    customerPhone: intake.customer.phone,
    customerEmail: intake.customer.email,
    duplicateWindowMs: durationMs(policy.duplicateWindow),
  });
  const opened = openClaim(input, now(), registration);
  state = opened.state;
  intakeSeq = state.seq;
  enqueue(opened.events);

  // Writer: persists events strictly in sequence order, with the read-model snapshot.
  void (async () => {
    for (;;) {
      await condition(() => pending.length > 0);
      const batch = pending.slice();
      const s = state as ClaimState;
      await records.recordClaimEvents({ claimId: input.claimId, events: batch, snapshot: toView(s, now()) });
      pending.splice(0, batch.length);
      persistedSeq = batch[batch.length - 1].seq;
    }
  })();

  // Scheduler: sleeps until the next due timer, or wakes early when an action changes the plan.
  const s = state;
  for (;;) {
    const timer = nextTimer(s);
    const seen = changes;
    if (!timer) {
      await condition(() => changes !== seen);
      continue;
    }
    const delay = timer.at - now();
    if (delay > 0 && (await condition(() => changes !== seen, delay))) continue;
    enqueue(fireTimer(s, timer, now()));
    if (timer.kind === 'reopen_window_end') break;
  }

  await condition(() => pending.length === 0 && allHandlersFinished());
  return toView(s, now());
}
