import { condition } from '@temporalio/workflow';
import { workflowNow } from './workflow-clock';

/**
 * Sleeps until the timer `next()` names is due, re-planning whenever `changes()` moves
 * (an action may arm, move or cancel timers); resolves with the timer that came due
 * undisturbed, or with null once `done()` holds. The one scheduling loop of every
 * workflow here: timers are plain state, the workflow sleeps on a durable
 * condition-with-timeout.
 */
export async function untilDue<T extends { at: number }>(
  next: () => T | null,
  changes: () => number,
  done: () => boolean = () => false,
): Promise<T | null> {
  for (;;) {
    if (done()) return null;
    const timer = next();
    const seen = changes();
    if (!timer) {
      await condition(() => changes() !== seen);
      continue;
    }
    const delay = timer.at - workflowNow();
    if (delay > 0 && (await condition(() => changes() !== seen, delay))) continue;
    return timer;
  }
}
