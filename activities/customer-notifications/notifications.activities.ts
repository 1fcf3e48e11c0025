import type { DataSource } from 'typeorm';
import { NoAddressError, type NotificationSender, type OutboxNotification } from './notification-sender';
import type { NotificationActivities } from './notifications.contract';

/**
 * Delivers outbox notifications through the configured sender, in order; each is marked
 * sent once delivered and never sent again. A failure is retried by Temporal (the
 * ones already sent are skipped on the retry).
 */
export function createNotificationActivities(dataSource: DataSource, sender: NotificationSender): NotificationActivities {
  return {
    async deliverNotifications({ ids }) {
      let sent = 0;
      let alreadySent = 0;
      for (const id of ids) {
        const [row] = await dataSource.query(
          `SELECT id, claim_id, kind, language, recipient, subject, body, status FROM notifications WHERE id = $1`,
          [id],
        );
        if (!row || row.status === 'sent') {
          alreadySent += 1;
          continue;
        }
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
            await dataSource.query(`UPDATE notifications SET status = 'sent', sender = $2, attempts = attempts + 1, last_error = $3 WHERE id = $1`, [id, sender.name, `not sent: ${err.message}`]);
            continue;
          }
          await dataSource.query(`UPDATE notifications SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [id, (err as Error).message]);
          throw err;
        }
        await dataSource.query(
          `UPDATE notifications SET status = 'sent', sender = $2, attempts = attempts + 1, last_error = NULL, sent_at = now() WHERE id = $1`,
          [id, sender.name],
        );
        sent += 1;
      }
      return { sent, alreadySent };
    },
  };
}
