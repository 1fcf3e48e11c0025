/**
 * A real SMTP server in the test process (the `smtp-server` package) that stands in for
 * the mail service customer e-mails go to, and counts what arrives per notification:
 * the SMTP sender makes each mail's Message-ID from the notification id (`<claimId>:<seq>`
 * with `:` written as `.`), which is read back here. A mail counts once the server has
 * taken its whole DATA; one cut off mid-transfer (a killed sender) never arrives, and the
 * cut connection (ECONNRESET) is counted in `connectionErrors`, not thrown: smtp-server
 * reports it as an 'error' event, which unheard would end the test process.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { ReceivedDelivery } from './webhook-receiver';

export interface ReceivedMail extends ReceivedDelivery {
  /** envelope sender and recipients */
  from: string;
  to: string[];
  /** the whole message as received */
  raw: string;
}

export class SmtpReceiver {
  readonly deliveries: ReceivedMail[] = [];
  /** connections that broke (a sender killed mid-session) */
  readonly connectionErrors: Error[] = [];
  private server?: SMTPServer;
  url = '';

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('error', () => undefined); // the connection broke mid-DATA: not a delivery (counted in connectionErrors)
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const headers = parseHeaders(raw);
          const messageId = /^<([^@>]*)@/.exec(String(headers['message-id'] ?? ''))?.[1] ?? '';
          this.deliveries.push({
            path: '/',
            id: messageId.replace(/\.(\d+)$/, ':$1'),
            headers,
            // what a redelivery must repeat byte for byte: the message without its headers (Date differs)
            body: raw.slice(raw.search(/\r?\n\r?\n/) + 1),
            at: Date.now(),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
          });
          callback();
        });
      },
    });
    this.server.on('error', (err: Error) => this.connectionErrors.push(err));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}

/** The header block of a message, names lower-cased, folded lines joined. */
function parseHeaders(raw: string): Record<string, string> {
  const block = raw.slice(0, Math.max(0, raw.search(/\r?\n\r?\n/)));
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}
