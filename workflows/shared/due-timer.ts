import { condition } from '@temporalio/workflow';
import { workflowNow } from './workflow-clock';

/**
 * Sleeps until the timer `next()` names is due, re-planning whenever `changes()` moves
 * (an action may arm, move or cancel timers); resolves with the timer that came due
 * undisturbed, or with null once `done()` holds. The one scheduling loop of every
 * workflow here: timers are plain state, the workflow sleeps on a durable
 * condition-with-timeout.
 *
 * `keepUnmoved`: a change that leaves the due timer as it was (same kind, same instant:
 * a note, say) keeps the armed timer instead of cancelling it and starting an equal one —
 * two commands and two history events fewer per such change. It changes the commands a
 * workflow issues, so a workflow turns it on only for executions that started with it.
 */
export async function untilDue<T extends { at: number }>(
  next: () => T | null,
  changes: () => number,
  done: () => boolean = () => false,
  options: { keepUnmoved?: boolean } = {},
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
    const planned = JSON.stringify(timer);
    const replan = options.keepUnmoved ? () => changes() !== seen && JSON.stringify(next()) !== planned : () => changes() !== seen;
    if (delay > 0 && (await condition(replan, delay))) continue;
    return timer;
  }
}
