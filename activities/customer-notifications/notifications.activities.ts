import type { DataSource } from 'typeorm';
import type { NotificationSender } from './notification-sender';
import { deliverNotification, NOTIFICATION_COLUMNS, type NotificationRow } from './notification-delivery';
import type { NotificationActivities } from './notifications.contract';

/**
 * Delivers outbox notifications through the configured sender, in order; each is marked
 * sent once delivered and never sent again. A failure is retried by Temporal (the
 * ones already sent are skipped on the retry). Claims started before the outbox relay
 * (notification-relay.ts) still deliver this way.
 */
export function createNotificationActivities(dataSource: DataSource, sender: NotificationSender): NotificationActivities {
  return {
    async deliverNotifications({ ids }) {
      let sent = 0;
      let alreadySent = 0;
      for (const id of ids) {
        const [row] = (await dataSource.query(`SELECT ${NOTIFICATION_COLUMNS} FROM notifications WHERE id = $1`, [id])) as NotificationRow[];
        if (!row || row.status === 'sent') {
          alreadySent += 1;
          continue;
        }
        await deliverNotification(dataSource, sender, row);
        sent += 1;
      }
      return { sent, alreadySent };
    },
  };
}
