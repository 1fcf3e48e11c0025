import type { Client } from '@temporalio/client';
import { DomainError } from '../common/errors/domain-error';

/**
 * How long after a cut wait the call itself still runs: its deadline. The Temporal
 * connection (temporal.module.ts) ends a call only at its deadline (it does not honour an
 * abort signal), so a wait cut during an outage leaves nothing retrying or polling beyond this.
 */
export const CALL_DEADLINE_GRACE_MS = 1_000;

/**
 * Waits at most `waitMs` (ACTION_WAIT_TIMEOUT) for `call`, a workflow Update or
 * update-with-start: claim intakes and actions, dispute actions. They answer only once their
 * audit events are in PostgreSQL; while the database (or the worker) is down that
 * would be forever, so the wait is cut and the caller gets a 503 with Retry-After.
 * The workflow keeps the accepted request: a retry with the same Idempotency-Key
 * joins it and returns its outcome.
 */
export async function boundedWait<T>(client: Client, waitMs: number, what: string, call: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let cut = false;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      cut = true;
      reject(new Error('timed out'));
    }, waitMs);
  });
  // the race answers on time; the deadline ends the call (its retries, its polling) just after
  const work = client.withDeadline(Date.now() + waitMs + CALL_DEADLINE_GRACE_MS, call);
  work.catch(() => undefined); // settles after the race is lost: nobody is listening then
  try {
    return await Promise.race([work, timedOut]);
  } catch (err) {
    if (!cut) throw err;
    throw new DomainError(
      'unavailable',
      `${what} was not confirmed durable within ${waitMs} ms (a backing service is slow or down); ` +
        'retry with the same Idempotency-Key to learn its outcome',
    );
  } finally {
    clearTimeout(timer);
  }
}
