/**
 * The notification senders against real receivers on this machine: an HTTP server for the
 * webhook sender, an SMTP server (smtp-server) for the e-mail sender; and the log sender,
 * which must write no customer data.
 */
import * as http from 'node:http';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import { SmtpReceiver } from '../../test/support/stack/smtp-receiver';
import { OutboundPolicy } from '../outbound/outbound-http';
import { LogSender, NoAddressError, SmtpSender, WebhookSender, type OutboxNotification } from './notification-sender';

const notification = (overrides: Partial<OutboxNotification> = {}): OutboxNotification => ({
  id: 'c1:3',
  claimId: 'c1',
  kind: 'survey_link',
  language: 'ru',
  recipient: { name: 'Анна Петрова', email: 'anna@example.com', phone: '+79161234567' },
  subject: 'Как мы справились с претензией CL-2026-000123?',
  body: 'Здравствуйте, Анна Петрова!\n\nОтветьте, пожалуйста, на три вопроса.',
  ...overrides,
});

describe('WebhookSender', () => {
  let server: http.Server;
  let url: string;
  const received: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];
  let answer = 200;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(answer).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/messages`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts the notification as JSON with its id as the Idempotency-Key', async () => {
    await new WebhookSender(url, new OutboundPolicy('127.0.0.1/32')).send(notification());
    expect(received).toHaveLength(1);
    expect(received[0].headers['idempotency-key']).toBe('c1:3');
    expect(received[0].headers['content-type']).toBe('application/json');
    expect(JSON.parse(received[0].body)).toMatchObject({ id: 'c1:3', kind: 'survey_link', recipient: { email: 'anna@example.com' } });
  });

  it('fails (so the activity retries) when the service does not take it, and never posts to a private address unless allowed', async () => {
    answer = 503;
    await expect(new WebhookSender(url, new OutboundPolicy('127.0.0.1/32')).send(notification())).rejects.toThrow('the notification webhook answered HTTP 503');
    answer = 200;
    const before = received.length;
    await expect(new WebhookSender(url).send(notification())).rejects.toThrow(/refused to connect to 127\.0\.0\.1/);
    expect(received).toHaveLength(before);
  });
});

describe('SmtpSender', () => {
  const server = new SmtpReceiver();
  const mails = server.deliveries;
  beforeAll(() => server.start());
  afterAll(() => server.close());

  it('sends one e-mail per notification to the customer, its Message-ID made from the notification id', async () => {
    const sender = new SmtpSender(server.url, 'claims@shop.example');
    await sender.send(notification());
    expect(mails).toHaveLength(1);
    expect(mails[0].from).toBe('claims@shop.example');
    expect(mails[0].to).toEqual(['anna@example.com']);
    expect(mails[0].headers['message-id']).toBe('<c1.3@shop.example>');
    expect(mails[0].id).toBe('c1:3'); // read back by the receiver the fault scenarios count with
    expect(mails[0].headers['content-language']).toBe('ru');
  });

  it('refuses a customer without an e-mail address, so the outbox records why, and sends nothing', async () => {
    const before = mails.length;
    await expect(new SmtpSender(server.url, 'claims@shop.example').send(notification({ recipient: { name: 'Анна', phone: '+79161234567' } }))).rejects.toBeInstanceOf(NoAddressError);
    expect(mails).toHaveLength(before);
  });

  it('(the receiver) counts no mail from a connection reset mid-DATA, as a killed worker leaves it, and carries on', async () => {
    const before = mails.length;
    const { port } = new URL(server.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    const said = (pattern: RegExp) =>
      new Promise<void>((resolve) => {
        let seen = '';
        const onData = (chunk: Buffer) => {
          seen += chunk.toString();
          if (pattern.test(seen)) {
            socket.off('data', onData);
            resolve();
          }
        };
        socket.on('data', onData);
      });
    await said(/^220 /m);
    socket.write('EHLO worker\r\n');
    await said(/^250 /m);
    socket.write('MAIL FROM:<claims@shop.example>\r\n');
    await said(/^250 /m);
    socket.write('RCPT TO:<anna@example.com>\r\n');
    await said(/^250 /m);
    socket.write('DATA\r\n');
    await said(/^354 /m);
    await new Promise<void>((resolve) => socket.write('Message-ID: <c1.9@shop.example>\r\nSubject: cut\r\n\r\nhalf a body', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the half mail is at the server
    socket.resetAndDestroy(); // a TCP reset, as the kernel sends for a process killed with -9
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(mails).toHaveLength(before);
    expect(server.connectionErrors.map((e) => (e as NodeJS.ErrnoException).code)).toContain('ECONNRESET');
    // and the next mail still arrives
    await new SmtpSender(server.url, 'claims@shop.example').send(notification({ id: 'c1:10' }));
    expect(mails.map((m) => m.id)).toContain('c1:10');
  });
});

describe('LogSender', () => {
  it('logs which notification went where, never the name, e-mail or phone', async () => {
    const lines: string[] = [];
    await new LogSender((line) => lines.push(line)).send(notification());
    await new LogSender((line) => lines.push(line)).send(notification({ recipient: { name: 'Анна Петрова', phone: '+79161234567' } }));
    expect(lines).toEqual(["[notification c1:3] survey_link (ru) to the customer's e-mail", "[notification c1:3] survey_link (ru) to the customer's phone"]);
  });
});
