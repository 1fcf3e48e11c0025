/**
 * The outbox relay against a real PostgreSQL and a real HTTP receiver (the webhook
 * sender): two relays (two workers) share one outbox and deliver every row exactly once;
 * a receiver that fails is retried with backoff and then served; rows of claims started
 * before the relay (delivered_by = 'activity') and rows past the retry window are left alone.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { NotificationRelay } from '../../activities/customer-notifications/notification-relay';
import { WebhookSender } from '../../activities/customer-notifications/notification-sender';
import { OutboundPolicy } from '../../activities/outbound/outbound-http';
import { createDataSource } from '../../src/database/data-source';
import { eventually } from '../support/eventually';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';

describe('the notification outbox relay', () => {
  let db: ScratchDatabase;
  let ds: DataSource;
  let server: http.Server;
  let url: string;
  const received: string[] = [];
  let failuresLeft = 0;

  beforeAll(async () => {
    db = await createScratchDatabase();
    ds = await createDataSource(db.url).initialize();
    server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          res.writeHead(503).end();
          return;
        }
        received.push(String(req.headers['idempotency-key']));
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await ds?.destroy();
    await db?.drop();
  });

  const insert = (id: string, deliveredBy: 'relay' | 'activity', createdAgo = '0 seconds') =>
    ds.query(
      `INSERT INTO notifications (id, claim_id, kind, language, recipient, subject, body, delivered_by, created_at)
       VALUES ($1, $2, 'claim_received', 'en', '{"name":"A Customer","email":"a@example.com"}', 'Claim received', 'We have your claim.', $3, now() - $4::interval)`,
      [id, id.split(':')[0], deliveredBy, createdAgo],
    );
  const sender = () => new WebhookSender(url, new OutboundPolicy('127.0.0.1/32'));

  it('delivers each row once with two relays sharing the outbox, in order per claim, and marks it sent', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `c${i % 6}:${Math.floor(i / 6) + 1}`);
    for (const id of ids) await insert(id, 'relay');
    const relays = [new NotificationRelay(ds, sender(), { pollMs: 20, batchSize: 7 }), new NotificationRelay(ds, sender(), { pollMs: 20, batchSize: 7 })];
    relays.forEach((r) => r.start());
    try {
      await eventually(async () => received.length, (n) => n >= ids.length, 20_000);
      await new Promise((r) => setTimeout(r, 300)); // a second delivery would show now
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
    }
    expect([...received].sort()).toEqual([...ids].sort());
    // within one claim, in sequence order (seq 10 after 9)
    for (let c = 0; c < 6; c++) {
      const seqs = received.filter((id) => id.startsWith(`c${c}:`)).map((id) => Number(id.split(':')[1]));
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    }
    const [row] = await ds.query(`SELECT count(*)::int AS n FROM notifications WHERE status = 'sent' AND sender = 'webhook' AND sent_at IS NOT NULL`);
    expect(row.n).toBe(ids.length);
  });

  it('retries a failing receiver with backoff, then delivers once; leaves activity rows and rows past the window alone', async () => {
    received.length = 0;
    failuresLeft = 2;
    await insert('r1:1', 'relay');
    await insert('old:1', 'activity');
    await insert('stale:1', 'relay', '4 days');
    const relay = new NotificationRelay(ds, sender(), { pollMs: 20 });
    relay.start();
    try {
      await eventually(async () => received.length, (n) => n >= 1, 20_000);
    } finally {
      await relay.stop();
    }
    expect(received).toEqual(['r1:1']);
    const rows: Array<{ id: string; status: string; attempts: number; last_error: string | null }> = await ds.query(
      `SELECT id, status, attempts, last_error FROM notifications WHERE id = ANY($1) ORDER BY id`,
      [['r1:1', 'old:1', 'stale:1']],
    );
    expect(rows).toEqual([
      { id: 'old:1', status: 'pending', attempts: 0, last_error: null },
      { id: 'r1:1', status: 'sent', attempts: 3, last_error: null },
      { id: 'stale:1', status: 'pending', attempts: 0, last_error: null },
    ]);
  });
});
