/**
 * Pluggable delivery of customer notifications. The outbox row's id is the event's
 * (`<claimId>:<seq>`) and is passed on as an idempotency key wherever the channel has
 * one, so a retried delivery can be recognised by the receiving side.
 */
import { createTransport, type Transporter } from 'nodemailer';
import { OutboundPolicy, outboundPost } from '../outbound/outbound-http';

export interface OutboxNotification {
  id: string;
  claimId: string;
  kind: string;
  language: string;
  recipient: { name: string; email?: string; phone?: string };
  subject: string;
  body: string;
}

export interface NotificationSender {
  /** recorded with each sent notification */
  readonly name: string;
  send(notification: OutboxNotification): Promise<void>;
}

/** The embedded default: the outbox row is the record; the text goes to the log. */
export class LogSender implements NotificationSender {
  readonly name = 'log';
  constructor(private readonly log: (line: string) => void = (line) => console.log(line)) {}

  async send(n: OutboxNotification): Promise<void> {
    // never the customer's name, e-mail or phone: which kind of address it went to is enough
    const to = n.recipient.email ? 'the customer\'s e-mail' : n.recipient.phone ? 'the customer\'s phone' : 'the customer (no address)';
    this.log(`[notification ${n.id}] ${n.kind} (${n.language}) to ${to}`);
  }
}

/**
 * POSTs each notification as JSON to a messaging service, with `Idempotency-Key: <id>`;
 * public addresses only (or OUTBOUND_ALLOWED_NETWORKS), checked at connect time, and no
 * redirects followed (activities/outbound/outbound-http.ts).
 */
export class WebhookSender implements NotificationSender {
  readonly name = 'webhook';
  constructor(
    private readonly url: string,
    private readonly outbound: OutboundPolicy = new OutboundPolicy(),
  ) {}

  async send(n: OutboxNotification): Promise<void> {
    const { status } = await outboundPost(this.outbound, this.url, {
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': n.id },
      body: JSON.stringify(n),
      timeoutMs: 10_000,
    });
    if (status < 200 || status > 299) throw new Error(`the notification webhook answered HTTP ${status}`);
  }
}

/** E-mail through an SMTP server (`SMTP_URL`, e.g. smtp://user:pass@mail:587); the Message-ID carries the id. */
export class SmtpSender implements NotificationSender {
  readonly name = 'smtp';
  private readonly transport: Transporter;

  constructor(url: string, private readonly from: string) {
    this.transport = createTransport(url);
  }

  async send(n: OutboxNotification): Promise<void> {
    // nothing to send to (e.g. a claim opened from an anonymous review): the outbox row says so
    if (!n.recipient.email) throw new NoAddressError('the customer has no e-mail address');
    const domain = this.from.split('@')[1] ?? 'claims.local';
    await this.transport.sendMail({
      from: this.from,
      to: { name: n.recipient.name, address: n.recipient.email },
      subject: n.subject,
      text: n.body,
      messageId: `<${n.id.replace(/[^A-Za-z0-9.-]/g, '.')}@${domain}>`,
      headers: { 'Content-Language': n.language },
    });
  }
}

/** The channel has no address for this customer: not an error to retry. */
export class NoAddressError extends Error {}

export type NotificationSenderKind = 'log' | 'webhook' | 'smtp';
export const NOTIFICATION_SENDER_KINDS: readonly NotificationSenderKind[] = ['log', 'webhook', 'smtp'];

export interface NotificationSenderConfig {
  sender: NotificationSenderKind;
  webhookUrl?: string;
  smtpUrl?: string;
  smtpFrom?: string;
}

/** `log`: where the log sender writes its lines (the worker passes its structured logger). */
export function createNotificationSender(config: NotificationSenderConfig, outbound = new OutboundPolicy(), log?: (line: string) => void): NotificationSender {
  switch (config.sender) {
    case 'webhook':
      return new WebhookSender(config.webhookUrl as string, outbound);
    case 'smtp':
      return new SmtpSender(config.smtpUrl as string, config.smtpFrom ?? 'claims@localhost');
    default:
      return new LogSender(log);
  }
}
