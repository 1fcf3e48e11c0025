/**
 * Sending one outbox notification and recording the outcome: shared by the relay (new
 * claims) and the delivery activity (claims started before the relay). Delivery is at
 * least once with a stable id (the notification id, sent as the Idempotency-Key /
 * Message-ID), so a receiver recognises the repeat a crash between send and record causes.
 */
import type { EntityManager } from 'typeorm';
import { NoAddressError, type NotificationSender, type OutboxNotification } from './notification-sender';

export interface NotificationRow {
  id: string;
  claim_id: string;
  kind: string;
  language: string;
  recipient: OutboxNotification['recipient'];
  subject: string;
  body: string;
  status: string;
}

export const NOTIFICATION_COLUMNS = 'id, claim_id, kind, language, recipient, subject, body, status';

/** Sends `row` and marks it sent; a failure is recorded on the row and thrown. */
export async function deliverNotification(db: Pick<EntityManager, 'query'>, sender: NotificationSender, row: NotificationRow): Promise<void> {
  const notification: OutboxNotification = {
    id: row.id,
    claimId: row.claim_id,
    kind: row.kind,
    language: row.language,
    recipient: row.recipient,
    subject: row.subject,
    body: row.body,
  };
  try {
    await sender.send(notification);
  } catch (err) {
    if (err instanceof NoAddressError) {
      await db.query(`UPDATE notifications SET status = 'sent', sender = $2, attempts = attempts + 1, last_error = $3 WHERE id = $1`, [row.id, sender.name, `not sent: ${err.message}`]);
      return;
    }
    await db.query(`UPDATE notifications SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [row.id, (err as Error).message]);
    throw err;
  }
  await db.query(`UPDATE notifications SET status = 'sent', sender = $2, attempts = attempts + 1, last_error = NULL, sent_at = now() WHERE id = $1`, [row.id, sender.name]);
}
