/**
 * A real HTTP endpoint in the test process that stands in for what lies outside the
 * product — the messaging service the notification webhook sender posts to, a supplier's
 * webhook endpoint — and counts what arrives, per delivery id (the notification's
 * `Idempotency-Key`, the supplier event's `X-Event-Id`). Answers 200 to every POST.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
  path: string;
  /** the delivery id from `idHeader`, '' when the header was missing */
  id: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

export class WebhookReceiver {
  readonly deliveries: ReceivedDelivery[] = [];
  private server?: http.Server;
  url = '';

  /** `idHeader`: the header that names the delivery (lower case) */
  constructor(private readonly idHeader: string) {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const id = req.headers[this.idHeader];
        this.deliveries.push({ path: req.url ?? '/', id: typeof id === 'string' ? id : '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}
