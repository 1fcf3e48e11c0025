import type { Client } from '@temporalio/client';
import { DomainError } from '../common/errors/domain-error';

/**
 * Waits at most `waitMs` (ACTION_WAIT_TIMEOUT) for `call`, a workflow Update or
 * update-with-start: claim intakes and actions, dispute actions. They answer only once their
 * audit events are in PostgreSQL; while the database (or the worker) is down that
 * would be forever, so the wait is cut and the caller gets a 503 with Retry-After.
 * The workflow keeps the accepted request: a retry with the same Idempotency-Key
 * joins it and returns its outcome.
 */
export async function boundedWait<T>(client: Client, waitMs: number, what: string, call: () => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  // the abort cancels the gRPC call; the race answers on time even where a retrying
  // call does not notice the abort at once
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error('timed out'));
    }, waitMs);
  });
  const work = client.withAbortSignal(controller.signal, call);
  work.catch(() => undefined); // settles after the race is lost: nobody is listening then
  try {
    return await Promise.race([work, timedOut]);
  } catch (err) {
    if (!controller.signal.aborted) throw err;
    throw new DomainError(
      'unavailable',
      `${what} was not confirmed durable within ${waitMs} ms (a backing service is slow or down); ` +
        'retry with the same Idempotency-Key to learn its outcome',
    );
  } finally {
    clearTimeout(timer);
  }
}
