/**
 * Supplier webhooks cannot be pointed inside the network (SSRF): a URL naming a private
 * address is refused at registration, and a delivery to one (a supplier registered before
 * the check, or a name that resolves inside) is refused when it connects — the receiver
 * never sees a request — unless OUTBOUND_ALLOWED_NETWORKS lists that network.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SuppliersRepository } from '../../src/suppliers/suppliers.repository';
import { eventually } from '../support/eventually';
import { claimBody, startTestApp, type TestApp } from '../support/test-app';

const TRIAGE = { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' };
const DISPUTE = { kind: 'manufacturing_defect', amountClaimed: 1000, currency: 'RUB', message: 'Filler shrank', evidenceUrls: [] };

describe('supplier webhooks and private addresses', () => {
  let t: TestApp;
  let server: http.Server;
  let hits = 0;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp();
    server = http.createServer((_req, res) => {
      hits += 1;
      res.writeHead(200).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t?.close();
  });

  it.each(['http://127.0.0.1:PORT/hook', 'http://localhost:PORT/hook', 'http://169.254.169.254/latest/meta-data', 'http://[::1]:PORT/', 'http://10.1.2.3/hook'])(
    'refuses to register %s as a webhook: 400 naming the field, nothing stored',
    async (template) => {
      const id = `ssrf-${randomUUID().slice(0, 8)}`;
      const res = await t.http
        .post('/suppliers')
        .set(t.auth('supervisor'))
        .send({ id, name: 'Probe', webhookUrl: template.replace('PORT', String(port)), webhookSecret: randomBytes(16).toString('hex') })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'webhookUrl', message: expect.stringMatching(/^must reach the supplier over the internet: .* private, loopback, link-local or reserved address/) }]);
      await t.http.get(`/suppliers/${id}`).set(t.auth('supervisor')).expect(404);
    },
  );

  it('refuses a delivery to a private address when it connects: recorded as not delivered, the receiver sees nothing', async () => {
    // as if registered before the check: straight into the registry
    const supplierId = `old-${randomUUID().slice(0, 8)}`;
    await t.app.get(SuppliersRepository).insert(supplierId, { name: 'Old registration', webhookUrl: `http://127.0.0.1:${port}/hook`, webhookSecret: 'x'.repeat(32) });
    const body = claimBody();
    body.order.supplierId = supplierId;
    const claim = await t.http.post('/claims').set(t.auth('agent')).send(body).expect(201);
    await t.http.post(`/claims/${claim.body.id}/triage`).set(t.auth('agent')).send(TRIAGE).expect(200);
    const opened = await t.http.post(`/claims/${claim.body.id}/supplier-disputes`).set(t.auth('agent')).send(DISPUTE).expect(201);

    const [row] = await eventually(
      () => t.db.query(`SELECT status, attempts, last_error FROM webhook_deliveries WHERE event_id LIKE $1`, [`${opened.body.id}:%`]),
      (rows: Array<{ status: string; attempts: number; last_error: string }>) => rows.length === 1 && rows[0].attempts >= 2,
    );
    expect(row.status).toBe('pending');
    expect(row.last_error).toMatch(/could not be reached: refused to connect to 127\.0\.0\.1: .*private, loopback/);
    expect(hits).toBe(0);
  });
});
