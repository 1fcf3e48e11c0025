/**
 * The outbox relay: the worker delivers the customer notifications that claims' event
 * writers put in the outbox (`notifications`, delivered_by = 'relay'), instead of one
 * Temporal activity — and one more workflow task — per batch. Each round takes a batch of
 * due rows with `FOR UPDATE SKIP LOCKED` (so any number of workers share the outbox and
 * no row is taken by two; a claim's rows go to one relay at a time, in order), sends each,
 * and marks it sent in the same transaction. A crash
 * between a send and its commit leaves the row pending: it goes again, identical, with
 * the same id (at least once, recognisable, as before). A failed send is retried with
 * backoff up to a minute apart; after three days the row stays pending with its error.
 */
import type { DataSource } from 'typeorm';
import type { NotificationSender } from './notification-sender';
import { PollingLoop } from '../polling-loop';
import { deliverNotification, NOTIFICATION_COLUMNS, type NotificationRow } from './notification-delivery';

export interface RelayOptions {
  /** how often an idle relay looks for new rows */
  pollMs?: number;
  /** rows per round (one transaction) */
  batchSize?: number;
  /** how long a failing notification is retried */
  giveUpAfterMs?: number;
  /** told of a round that failed (the relay goes on) */
  onError?: (err: unknown) => void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export class NotificationRelay {
  private readonly batchSize: number;
  private readonly giveUpAfterMs: number;
  private readonly loop: PollingLoop;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: NotificationSender,
    options: RelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 20;
    this.giveUpAfterMs = options.giveUpAfterMs ?? 3 * DAY_MS;
    const pollMs = options.pollMs ?? 200;
    // a failed round (e.g. the database is down): the rows stay pending
    this.loop = new PollingLoop(() => this.deliverDue(), { pollMs, failedPollMs: Math.max(pollMs, 1_000), batchSize: this.batchSize, onError: options.onError });
  }

  start(): void {
    this.loop.start();
  }

  /** Finishes the round in progress and stops. */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** One round: delivers the due rows of one batch; returns how many it took. */
  async deliverDue(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const rows = (await tx.query(
        `SELECT ${NOTIFICATION_COLUMNS}, attempts FROM notifications
          WHERE status = 'pending' AND delivered_by = 'relay'
            AND (next_attempt_at IS NULL OR next_attempt_at <= now())
            AND created_at > now() - make_interval(secs => $2 / 1000.0)
            -- one relay at a time per claim (held to the end of this round): a claim's notices go in order
            AND pg_try_advisory_xact_lock(hashtext('notifications:' || claim_id))
          ORDER BY created_at, claim_id, length(id), id
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [this.batchSize, this.giveUpAfterMs],
      )) as Array<NotificationRow & { attempts: number }>;
      for (const row of rows) {
        try {
          await deliverNotification(tx, this.sender, row);
        } catch {
          // recorded on the row; try again later, backing off to a minute
          const delayMs = Math.min(60_000, 1_000 * 2 ** Math.min(row.attempts, 6));
          await tx.query(`UPDATE notifications SET next_attempt_at = now() + make_interval(secs => $2 / 1000.0) WHERE id = $1`, [row.id, delayMs]);
        }
      }
      return rows.length;
    });
  }
}
