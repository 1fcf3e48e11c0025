/** What the workflows may know of the customer-notification activities: their signatures only. */
export interface DeliverNotificationsInput {
  /** outbox ids (`<claimId>:<seq>`), in order */
  ids: string[];
}

export interface NotificationActivities {
  deliverNotifications(input: DeliverNotificationsInput): Promise<{ sent: number; alreadySent: number }>;
}
