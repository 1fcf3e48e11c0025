/**
 * One durable workflow per claim: the single source of truth for its lifecycle.
 *
 * - Care-staff actions are Updates: the validator refuses what the transition table
 *   forbids (nothing changes, the caller learns why); the handler applies the change
 *   and answers only once its audit events are durable in PostgreSQL.
 * - Timers (first-response SLA, statutory warning / breach / daily penalty, reopen
 *   window) come from one scheduler loop over `nextTimer(state)`.
 * - Audit events are written by one loop, in sequence order, idempotently: an action's
 *   batch in the task that accepted it (staged, promoted once that task is known durable —
 *   activities/claim-records/claim-event-log.ts), a timer's or a signal's in its own task
 *   too for claims with `timersInTask` (promoted by the worker's staged-batch relay), by an
 *   activity for claims from before.
 */
import {
  ApplicationFailure,
  CancelledFailure,
  ChildWorkflowFailure,
  ParentClosePolicy,
  TerminatedFailure,
  TimeoutFailure,
  allHandlersFinished,
  condition,
  log,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  startChild,
  setCurrentDetails,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { ClaimAction } from '../../domain/claim.types';
import type { ClaimView } from '../../domain/claim/claim-view';
import { isOpenDispute } from '../../domain/dispute/dispute.types';
import { businessCalendarOf } from '../../domain/policy/policy.rules';
import { disputeChangedSignal, disputeWorkflowId } from '../supplier-dispute/dispute.messages';
import { supplierDisputeWorkflow } from '../supplier-dispute/dispute.workflow';
import type { ClaimRecordsActivities } from '../../activities/claim-records/claim-records.contract';
import { registrationInputOf } from '../../domain/claim/claim-registration';
import type { NotificationActivities } from '../../activities/customer-notifications/notifications.contract';
import { ACTION_UPDATES, claimViewQuery, intakeUpdate, answerSurveyUpdate, reviewChangedSignal, STAGED_BATCHES_FIELD, type ActionInput, type ClaimWorkflowInput } from './claim.messages';
import { REFUSAL_INVALID_TRANSITION, type Command } from '../shared/commands';
import { applyCommand, refusalOf } from './claim.commands';
import { answerSurvey, applyReviewChange, surveyRefusal } from './claim.follow-up';
import { abandonDispute, applyDisputeChange, supplierFacts } from './claim.disputes';
import { fireTimer, nextTimer } from './claim.timers';
import { openClaim, openDisputeCount, type ClaimState } from './claim.state';
import { type AuditEventDraft } from '../../domain/claim/audit-event';
import { toView } from './claim.view';
import type { ActionPayload } from './claim.messages';
import {
  ClaimChannelKey,
  ClaimDefectCodeKey,
  ClaimDisputeEscalatedKey,
  ClaimDisputeOverdueKey,
  ClaimOpenDisputesKey,
  ClaimSlaBreachedKey,
  ClaimStatusKey,
  ClaimSupplierIdKey,
} from './search-attributes';
import { workflowNow } from '../shared/workflow-clock';
import { untilDue } from '../shared/due-timer';
import { refusalFailure } from '../shared/refusal';

/** An action's staged batch is the API's to promote as it answers; the relay looks only if it has not after this long. */
const ACTION_RELAY_AFTER_MS = 10_000;

// Records must eventually be written: retry without limit, backing off to a minute.
const RECORDS_RETRY = { initialInterval: '200ms', backoffCoefficient: 2, maximumInterval: '1m' } as const;
const records = proxyActivities<ClaimRecordsActivities>({ startToCloseTimeout: '30s', retry: RECORDS_RETRY });

/**
 * The claim number and duplicate check run as a local activity (in the worker, inside the
 * intake's first workflow task): one activity dispatch and one workflow task fewer per
 * intake. Workflows started before this change keep the activity (patch below).
 */
const LOCAL_REGISTRATION_PATCH = 'intake-registration-local-activity';
/**
 * Customer notifications delivered by the worker's outbox relay: the writer marks them
 * for it, and the workflow schedules no delivery activity (and has no workflow task for
 * its completion). Claims started before keep delivering through the activity.
 */
const NOTIFICATION_RELAY_PATCH = 'notifications-by-outbox-relay';
/**
 * The intake's events are recorded by a local activity in the intake's first workflow
 * task, so the intake answers after one task. Safe only because that batch is the same on
 * every attempt of the task: a local activity runs before its task is durable, and if the
 * task is lost, the retry must write identical events (stamped with the workflow's start
 * time, not the task's) — the writer skips sequence numbers already stored, and the
 * append-only log could not take back a different one. Later batches may differ between
 * attempts (a timer or an Update first), so they stay a normal activity, whose input is
 * fixed in history before it runs. Claims started before keep the activity for all.
 */
const INTAKE_IN_FIRST_TASK_PATCH = 'intake-recorded-in-first-task';
const ABANDONED_DISPUTE_PATCH = 'write-off-abandoned-dispute';
/**
 * Claims started from 2026-12-02 on take every change above with one patch marker: each
 * `patched()` call records a marker and an upsert of `TemporalChangeVersion` (a visibility
 * write on the server), three of them in every intake's first task. The per-change
 * patches stay for the claims started before, which replay through them. Under this one
 * too: the search attributes the API set at the start are not upserted again unchanged.
 * Claims the API registered (from 2026-12-03 on) are of this epoch by their input and
 * record no marker at all; those started between keep theirs.
 */
const CLAIM_EPOCH_PATCH = 'claim-epoch-2026-12';

/** The values of a claim's search attributes (the channel, fixed at intake, apart). */
function attributeValues(s: ClaimState) {
  const open = s.disputes.filter((d) => isOpenDispute(d.status));
  return {
    status: s.status,
    supplier: s.input.intake.order.supplierId ?? null,
    defect: s.classification?.defectCode ?? null,
    sla: s.sla.breached,
    ...(s.disputes.length > 0 && {
      openDisputes: openDisputeCount(s),
      overdue: open.some((d) => d.overdue),
      escalated: open.some((d) => d.escalated),
    }),
  };
}

/** What the start request set (the API sets status, channel, supplier and SLA flag), in the same shape. */
function attributeValuesAtStart(): Partial<Record<keyof ReturnType<typeof attributeValues>, unknown>> {
  const sa = workflowInfo().typedSearchAttributes;
  return { status: sa.get(ClaimStatusKey), supplier: sa.get(ClaimSupplierIdKey) ?? null, defect: sa.get(ClaimDefectCodeKey) ?? null, sla: sa.get(ClaimSlaBreachedKey) };
}

/** "terminated", "timed out", "was cancelled" or "failed": how a child workflow ended without a result. */
function howChildEnded(err: unknown): string {
  const cause = err instanceof ChildWorkflowFailure ? err.cause : err;
  if (cause instanceof TerminatedFailure) return 'was terminated';
  if (cause instanceof TimeoutFailure) return 'timed out';
  if (cause instanceof CancelledFailure) return 'was cancelled';
  return 'failed';
}
const localRecords = proxyLocalActivities<Pick<ClaimRecordsActivities, 'registerClaim' | 'recordClaimEvents' | 'stageClaimEvents'>>({ startToCloseTimeout: '30s', retry: RECORDS_RETRY });

/** Customer notifications: retried with backoff for up to three days, never holding the claim up. */
const notifications = proxyActivities<NotificationActivities>({
  startToCloseTimeout: '1m',
  scheduleToCloseTimeout: '3 days',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '10m' },
});

export async function claimWorkflow(input: ClaimWorkflowInput): Promise<ClaimView> {
  let state: ClaimState | undefined;
  let intakeSeq = Number.POSITIVE_INFINITY;
  let persistedSeq = 0;
  let changes = 0;
  const pending: AuditEventDraft[] = [];
  const now = workflowNow;
  /**
   * Claims with `actionsInTask` write an action's batch in the task that accepted it, as a
   * staged batch (claim-event-log.ts): `staged` holds those not yet known to be promoted,
   * with the history length of the task that staged them — a task with a longer history
   * comes after that task completed, so its writes may promote them.
   */
  const actionsInTask = input.actionsInTask === true;
  /**
   * Claims with `timersInTask` too stage a timer's or a signal's batch in its own task: the
   * worker's staged-batch relay promotes it once the history records the staging result
   * (only a completed task records it), and the workflow ends without a confirming
   * activity (activities/claim-records/staged-batch-proof.ts).
   */
  const timersInTask = actionsInTask && input.timersInTask === true;
  const staged: Array<{ tag: string; historyLength: number }> = [];
  let pendingFromUpdate = false;

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

  /** the claim started under CLAIM_EPOCH_PATCH (set before any handler can run: the intake's first task) */
  let epoch = false;
  let lastAttributes = '';
  const attributesKey = (channel: string | undefined, values: Partial<Record<keyof ReturnType<typeof attributeValues>, unknown>>): string => JSON.stringify([channel, values]);
  const syncSearchAttributes = (s: ClaimState): void => {
    const values = attributeValues(s);
    const key = attributesKey(s.input.intake.channel, values);
    if (key === lastAttributes) return;
    lastAttributes = key;
    upsertSearchAttributes([
      { key: ClaimStatusKey, value: values.status },
      { key: ClaimChannelKey, value: s.input.intake.channel },
      { key: ClaimSupplierIdKey, value: values.supplier },
      { key: ClaimDefectCodeKey, value: values.defect },
      { key: ClaimSlaBreachedKey, value: values.sla },
      // dispute attributes only once a claim has disputes, so older histories replay unchanged
      ...(values.openDisputes === undefined
        ? []
        : [
            { key: ClaimOpenDisputesKey, value: values.openDisputes },
            { key: ClaimDisputeOverdueKey, value: values.overdue as boolean },
            { key: ClaimDisputeEscalatedKey, value: values.escalated as boolean },
          ]),
    ]);
  };

  // What the Temporal web UI shows on the workflow's page ("current details"): the claim's
  // number and status, never personal data. Workflow metadata, not a command: replay-safe.
  let lastDetails = '';
  const syncDetails = (s: ClaimState): void => {
    const details = `Claim **${s.number ?? s.input.claimId}** · ${s.status.replace(/_/g, ' ')} · ${s.input.intake.channel}`;
    if (details === lastDetails) return;
    lastDetails = details;
    setCurrentDetails(details);
  };

  const enqueue = (events: AuditEventDraft[], fromUpdate = false): void => {
    pending.push(...events);
    if (fromUpdate) pendingFromUpdate = true;
    changes += 1;
    if (state) {
      syncSearchAttributes(state);
      syncDetails(state);
    }
  };

  const untilPersisted = async (seq: number): Promise<void> => {
    await condition(() => persistedSeq >= seq);
  };

  /** An Update's answer: the view, and the staged batches the API promotes before it answers (claim.messages.ts). */
  const answer = (s: ClaimState): ClaimView => {
    const view = toView(s, now());
    return staged.length === 0 ? view : Object.assign(view, { [STAGED_BATCHES_FIELD]: staged.map((b) => b.tag) });
  };

  setHandler(claimViewQuery, () => toView(current(), now()));

  setHandler(intakeUpdate, async () => {
    await condition(() => persistedSeq >= intakeSeq);
    return { claim: toView(current(), now()), createdByRequestId: input.requestId };
  });

  /**
   * An action as an Update: refused by the validator (and again by the handler, as the
   * state may have moved between them), applied, and answered once its events are
   * durable. `then` runs what the action starts beyond the claim itself.
   */
  const registerAction = <A extends ClaimAction>(action: A, then?: (s: ClaimState, command: Command<ActionInput<A>>) => Promise<void>): void => {
    const asPayload = (command: Command<ActionInput<A>>) => ({ action, input: command.payload }) as ActionPayload;
    setHandler(
      ACTION_UPDATES[action] as UpdateDefinition<ClaimView, [Command<ActionInput<A>>]>,
      async (command) => {
        const s = current();
        const payload = asPayload(command);
        const refusal = refusalOf(s, payload, now());
        if (refusal) throw refusalFailure(refusal);
        enqueue(applyCommand(s, payload, command.actor, now()), true);
        if (then) await then(s, command);
        await untilPersisted(s.seq);
        return answer(s);
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
  registerAction('triage');
  registerAction('remedy');
  registerAction('complete_remedy');
  registerAction('notes');
  registerAction('reopen');
  registerAction('withdraw');
  registerAction('waiting_on_customer');
  registerAction('customer_responded');

  // Supplier disputes: each one a child workflow; it reports every change back by signal.
  setHandler(disputeChangedSignal, (change) => {
    enqueue(applyDisputeChange(current(), change, now()));
  });
  registerAction('review_reply');
  registerAction('correct_order');
  registerAction('resend_survey');

  // Follow-up: the customer's survey answer (its link was checked by the API), and the review feed.
  setHandler(
    answerSurveyUpdate,
    async (command) => {
      const s = current();
      const refusal = surveyRefusal(s, command.payload.surveyId);
      if (refusal) throw refusalFailure(refusal);
      enqueue(answerSurvey(s, command.payload, command.actor, now()), true);
      await untilPersisted(s.seq);
      return answer(s);
    },
    {
      validator: (command) => {
        if (!command?.actor || !command.payload) throw new Error('malformed command: expected { actor, payload }');
        const refusal = surveyRefusal(current(), command.payload.surveyId);
        if (refusal) throw refusalFailure(refusal);
      },
    },
  );
  setHandler(reviewChangedSignal, (change) => {
    enqueue(applyReviewChange(current(), change, now()));
  });

  /**
   * A dispute's workflow that ends without settling or writing the dispute off (terminated or
   * timed out by hand, failed) must not hold the claim open forever: the claim writes it off.
   * Behind a patch, so claims whose dispute ended so before this change replay unchanged.
   */
  const watchDispute = async (result: Promise<unknown>, disputeId: string): Promise<void> => {
    try {
      await result;
    } catch (err) {
      if (!(epoch || patched(ABANDONED_DISPUTE_PATCH))) return;
      const events = abandonDispute(current(), disputeId, howChildEnded(err), now());
      if (events.length === 0) return;
      enqueue(events);
      await records.closeAbandonedDispute({ disputeId, at: events[0].at, reason: String(events[0].data.reason) });
    }
  };

  registerAction('open_supplier_dispute', async (s, command) => {
    const { disputeId, dispute, supplier } = command.payload;
    const child = await startChild(supplierDisputeWorkflow, {
      workflowId: disputeWorkflowId(disputeId),
      args: [
        {
          disputeId,
          claimId: input.claimId,
          claimWorkflowId: workflowInfo().workflowId,
          dispute,
          supplier,
          facts: supplierFacts(s, dispute.evidenceUrls),
          calendar: businessCalendarOf(s.input.policy),
          openedBy: command.actor,
        },
      ],
      // a dispute outlives an archived claim only to finish delivering its webhooks
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
    void watchDispute(child.result(), disputeId);
    // the dispute's first change carries `dispute.opened`: answer once that is durable too
    await condition(() => s.disputes.some((d) => d.id === disputeId));
  });

  // Intake: allocate the claim number and look for likely duplicates, then record `claim.received`.
  const { intake, policy } = input;
  // A claim the API registered (its input carries the number: every claim started from
  // 2026-12-03 on) is of this epoch by its input, which history fixes: no marker at all, and
  // no `TemporalChangeVersion` upsert (a visibility write) in its intake's task.
  epoch = input.registration !== undefined || patched(CLAIM_EPOCH_PATCH);
  if (epoch) lastAttributes = attributesKey(workflowInfo().typedSearchAttributes.get(ClaimChannelKey), attributeValuesAtStart());
  const intakeInFirstTask = epoch || patched(INTAKE_IN_FIRST_TASK_PATCH);
  const openedAt = intakeInFirstTask ? workflowInfo().startTime.getTime() : now();
  // Registered by the API before the start (no activity, one activation fewer); a claim
  // started without (before that, or directly) registers here. The branch follows the input,
  // which history fixes, so it needs no patch.
  const register = epoch || patched(LOCAL_REGISTRATION_PATCH) ? localRecords.registerClaim : records.registerClaim;
  const registrationInput = () => registrationInputOf(input.claimId, intake, policy, new Date(openedAt));
  const registration = input.registration ?? (await register(registrationInput()));
  const opened = openClaim(input, openedAt, registration);
  state = opened.state;
  intakeSeq = state.seq;
  enqueue(opened.events);

  // Writer: persists events strictly in sequence order, with the read-model snapshot and
  // the customer notifications they cause (one transaction), then has those delivered.
  let deliveries = 0;
  const deliver = async (ids: string[]): Promise<void> => {
    deliveries += 1;
    try {
      await notifications.deliverNotifications({ ids });
    } catch (err) {
      // given up after the retry window: the outbox keeps them as pending, with the error
      log.warn('customer notifications not delivered', { ids, error: (err as Error).message });
    } finally {
      deliveries -= 1;
    }
  };
  const relay = epoch || patched(NOTIFICATION_RELAY_PATCH);
  let intakeBatch = intakeInFirstTask ? opened.events.length : 0;
  void (async () => {
    for (;;) {
      await condition(() => pending.length > 0);
      const inFirstTask = intakeBatch > 0;
      const batch = inFirstTask ? pending.slice(0, intakeBatch) : pending.slice();
      intakeBatch = 0;
      const s = state as ClaimState;
      const written = { claimId: input.claimId, events: batch, snapshot: toView(s, inFirstTask ? openedAt : now()), ...(relay && { relay }) };
      let recorded;
      if (actionsInTask && !inFirstTask && (pendingFromUpdate || timersInTask)) {
        // an Update waits for it (or the claim stages every batch): staged in this task, promoting those of earlier (completed) tasks
        const fromUpdate = pendingFromUpdate;
        pendingFromUpdate = false;
        const taskLength = workflowInfo().historyLength;
        const confirm = staged.filter((b) => b.historyLength < taskLength).map((b) => b.tag);
        const proof = timersInTask ? { runId: workflowInfo().runId, taskStartedEventId: taskLength, relayAfterMs: fromUpdate ? ACTION_RELAY_AFTER_MS : 0 } : undefined;
        recorded = await localRecords.stageClaimEvents({ ...written, confirm, ...(proof && { proof }) });
        staged.splice(0, confirm.length);
        staged.push({ tag: recorded.stagedAs as string, historyLength: workflowInfo().historyLength });
      } else if (actionsInTask && !inFirstTask) {
        // a timer's or a signal's batch: a normal activity, which runs only once this task is durable
        const confirm = staged.map((b) => b.tag);
        recorded = await records.recordClaimEvents({ ...written, confirm });
        staged.splice(0, confirm.length);
      } else {
        recorded = await (inFirstTask ? localRecords.recordClaimEvents : records.recordClaimEvents)(written);
      }
      pending.splice(0, batch.length);
      persistedSeq = batch[batch.length - 1].seq;
      // histories from before the outbox recorded no ids here, so they replay unchanged
      if (!relay && recorded?.notificationIds?.length) void deliver(recorded.notificationIds);
    }
  })();

  // Scheduler: sleeps until the next due timer, or wakes early when an action changes the plan.
  const s = state;
  for (;;) {
    // claims that record actions in their task also keep an armed timer no action moved (same input flag)
    const timer = (await untilDue(() => nextTimer(s), () => changes, undefined, { keepUnmoved: actionsInTask })) as NonNullable<ReturnType<typeof nextTimer>>;
    enqueue(fireTimer(s, timer, now()));
    if (timer.kind === 'reopen_window_end') break;
  }

  await condition(() => pending.length === 0 && deliveries === 0 && allHandlersFinished());
  // an action's batch staged last (rare: the last batch is the archive timer's) is promoted before the end
  // (claims with `timersInTask`: the relay promotes it once this task's completion records it)
  if (staged.length > 0 && !timersInTask) await records.confirmClaimEvents({ claimId: input.claimId, tags: staged.map((b) => b.tag) });
  return toView(s, now());
}
