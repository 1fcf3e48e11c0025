/**
 * The minimal Temporal programs the claim workflow is measured against (npm run bench):
 *
 * - intake: started by update-with-start, whose handler writes the request body to one
 *   PostgreSQL row in a local activity and returns — one workflow task per intake;
 * - action: an Update on a workflow that is already running, whose handler does the same
 *   (one row, one local activity) — one workflow task per Update;
 * - lifecycle: a bench claim's whole durable work, written by hand — the intake, three
 *   Updates (triage, remedy, complete) and the follow-up's four timers, each step one row
 *   written by a local activity in its own task; the two deadlines a claim keeps meanwhile
 *   (first response, the remedy's) as timers cancelled when the next Update comes.
 */
import { allHandlersFinished, condition, defineSignal, defineUpdate, proxyLocalActivities, setHandler, sleep } from '@temporalio/workflow';

export const minimalIntakeUpdate = defineUpdate<{ id: string }, [unknown]>('minimalIntake');
export const minimalActionUpdate = defineUpdate<{ id: string }, [unknown]>('minimalAction');
export const minimalCloseSignal = defineSignal('minimalClose');

const { storeIntake } = proxyLocalActivities<{ storeIntake(input: { id: string; body: unknown }): Promise<void> }>({ startToCloseTimeout: '30s' });

export async function benchMinimalIntakeWorkflow(id: string): Promise<void> {
  setHandler(minimalIntakeUpdate, async (body) => {
    await storeIntake({ id, body });
    return { id };
  });
  await condition(allHandlersFinished);
}

/** Open until signalled; each Update writes its body to a row of its own. */
export async function benchMinimalOpenWorkflow(id: string): Promise<void> {
  let closed = false;
  let n = 0;
  setHandler(minimalActionUpdate, async (body) => {
    const rowId = `${id}:${++n}`;
    await storeIntake({ id: rowId, body });
    return { id: rowId };
  });
  setHandler(minimalCloseSignal, () => void (closed = true));
  await condition(() => closed && allHandlersFinished());
}

/** Durations of a bench lifecycle, ms: those the short policy gives a claim on the same path. */
export interface MinimalLifecycleTimers {
  firstResponse: number;
  remedyDeadline: number;
  surveyDelay: number;
  surveyReminderAfter: number;
  surveyExpiresAfter: number;
  reopenWindow: number;
}

/**
 * Started by update-with-start (the intake), then three Updates; each writes its body to a
 * row. A deadline that passes before the next Update is written down too, as a claim's SLA
 * breach is. After the third Update: the survey's timers and the reopen window, a row after
 * each, then the workflow completes.
 */
export async function benchMinimalLifecycleWorkflow(id: string, timers: MinimalLifecycleTimers): Promise<void> {
  let updates = 0;
  const write = (step: string, body: unknown) => storeIntake({ id: `${id}:${step}`, body });
  setHandler(minimalIntakeUpdate, async (body) => {
    await write('intake', body);
    updates = Math.max(updates, 1);
    return { id };
  });
  setHandler(minimalActionUpdate, async (body) => {
    const n = ++updates;
    await write(`action-${n}`, body);
    return { id: `${id}:${n}` };
  });
  await condition(() => updates >= 1);
  if (!(await condition(() => updates >= 2, timers.firstResponse))) await write('first-response-breached', {});
  await condition(() => updates >= 3);
  if (!(await condition(() => updates >= 4, timers.remedyDeadline))) await write('remedy-deadline-breached', {});
  await sleep(timers.surveyDelay);
  await write('survey-sent', {});
  await sleep(timers.surveyReminderAfter);
  await write('survey-reminded', {});
  await sleep(timers.surveyExpiresAfter - timers.surveyReminderAfter);
  await write('survey-expired', {});
  await sleep(timers.reopenWindow);
  await write('archived', {});
  await condition(allHandlersFinished);
}
