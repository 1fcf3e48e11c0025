import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { OutboundPolicy, outboundPost, parseAllowedNetworks } from './outbound-http';

describe('outbound address policy', () => {
  const policy = new OutboundPolicy();

  it.each([
    '127.0.0.1', '127.8.9.10', '10.0.0.5', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '224.0.0.1', '255.255.255.255', '::1', '::', 'fd00:ec2::254', 'fc00::1', 'fe80::1', '::ffff:10.0.0.1', '::ffff:127.0.0.1', '64:ff9b::a00:1',
  ])('refuses %s', (ip) => {
    expect(policy.refusal(ip)).toMatch(/private, loopback, link-local or reserved/);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('lets %s through', (ip) => {
    expect(policy.refusal(ip)).toBeUndefined();
  });

  it('lets networks on the allow-list through, and only those', () => {
    const allowing = new OutboundPolicy('10.20.0.0/16, 127.0.0.1/32');
    expect(allowing.refusal('10.20.3.4')).toBeUndefined();
    expect(allowing.refusal('127.0.0.1')).toBeUndefined();
    expect(allowing.refusal('10.21.0.1')).toBeDefined();
    expect(allowing.refusal('127.0.0.2')).toBeDefined();
  });

  it('refuses a destination URL that names a forbidden address outright, and leaves names to the connection-time check', () => {
    expect(policy.urlRefusal('https://127.0.0.1:8443/hook')).toMatch(/private, loopback/);
    expect(policy.urlRefusal('http://[::1]/hook')).toMatch(/private, loopback/);
    expect(policy.urlRefusal('http://api.LOCALHOST/hook')).toMatch(/127\.0\.0\.1 is a private, loopback/);
    expect(policy.urlRefusal('https://10.1.2.3/hook')).toMatch(/private, loopback/);
    expect(policy.urlRefusal('https://93.184.216.34/hook')).toBeUndefined();
    expect(policy.urlRefusal('https://hooks.fabrika-yug.example/claims')).toBeUndefined();
    expect(new OutboundPolicy('127.0.0.1/32').urlRefusal('http://localhost:9000/hook')).toBeUndefined();
  });

  it('refuses a malformed allow-list', () => {
    expect(() => parseAllowedNetworks('10.0.0.0/33')).toThrow(/CIDR/);
    expect(() => parseAllowedNetworks('intranet')).toThrow(/CIDR/);
    expect(parseAllowedNetworks(' ::1/128 ,10.0.0.0/8').cidrs).toEqual(['::1/128', '10.0.0.0/8']);
  });
});

describe('outbound POST', () => {
  let server: http.Server;
  let hits: string[];
  let port: number;
  beforeAll(async () => {
    hits = [];
    server = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/redirect') res.writeHead(302, { Location: `http://127.0.0.1:${port}/target` }).end();
      else res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => (hits = []));

  const post = (policy: OutboundPolicy, url: string) => outboundPost(policy, url, { headers: {}, body: '{}', timeoutMs: 2000 });

  it('never opens a connection to a loopback address, by IP or by a name that resolves to it', async () => {
    await expect(post(new OutboundPolicy(), `http://127.0.0.1:${port}/x`)).rejects.toThrow(/refused to connect to 127.0.0.1/);
    await expect(post(new OutboundPolicy(), `http://localhost:${port}/x`)).rejects.toThrow(/refused to connect to localhost/);
    expect(hits).toEqual([]);
  });

  it('posts where the allow-list permits, and does not follow a redirect', async () => {
    const allowed = new OutboundPolicy('127.0.0.1/32');
    await expect(post(allowed, `http://127.0.0.1:${port}/ok`)).resolves.toEqual({ status: 204 });
    await expect(post(allowed, `http://127.0.0.1:${port}/redirect`)).resolves.toEqual({ status: 302 });
    expect(hits).toEqual(['/ok', '/redirect']);
  });
});
