/**
 * The minimal Temporal program doing an intake's durable work: started by
 * update-with-start, whose handler writes the request body to one PostgreSQL row in a
 * local activity and returns. One workflow task per intake; the floor the claim workflow
 * is measured against (npm run bench, "minimal program").
 */
import { allHandlersFinished, condition, defineUpdate, proxyLocalActivities, setHandler } from '@temporalio/workflow';

export const minimalIntakeUpdate = defineUpdate<{ id: string }, [unknown]>('minimalIntake');

const { storeIntake } = proxyLocalActivities<{ storeIntake(input: { id: string; body: unknown }): Promise<void> }>({ startToCloseTimeout: '30s' });

export async function benchMinimalIntakeWorkflow(id: string): Promise<void> {
  setHandler(minimalIntakeUpdate, async (body) => {
    await storeIntake({ id, body });
    return { id };
  });
  await condition(allHandlersFinished);
}
