/**
 * The minimal Temporal programs the claim workflow is measured against (npm run bench):
 *
 * - intake: started by update-with-start, whose handler writes the request body to one
 *   PostgreSQL row in a local activity and returns — one workflow task per intake;
 * - action: an Update on a workflow that is already running, whose handler does the same
 *   (one row, one local activity) — one workflow task per Update.
 */
import { allHandlersFinished, condition, defineSignal, defineUpdate, proxyLocalActivities, setHandler } from '@temporalio/workflow';

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
