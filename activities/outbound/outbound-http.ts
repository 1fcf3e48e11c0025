/**
 * Outbound HTTP to addresses someone else chose (a supplier's webhook URL, the
 * notification webhook): a POST that goes only to public addresses, checked at connect
 * time. The host name is resolved here and every address it resolves to is checked before
 * the socket opens, so neither a private IP literal nor a name that resolves (or later
 * re-resolves) to one reaches the inside of the network: loopback, RFC 1918, CGNAT,
 * link-local (cloud metadata 169.254.169.254), unique-local IPv6 (fd00:ec2::254), and the
 * other special ranges below. Redirects are never followed. Networks in the allow-list
 * (`OUTBOUND_ALLOWED_NETWORKS`, CIDRs) are let through, for receivers on a private network
 * on purpose.
 */
import * as dns from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

const BLOCKED_V4 = [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const;
const BLOCKED_V6 = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local (incl. fd00:ec2::254, AWS metadata)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
  ['64:ff9b::', 96], // NAT64 of IPv4 (could reach a private v4)
] as const;

const blocked = new BlockList();
for (const [net, prefix] of BLOCKED_V4) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of BLOCKED_V6) blocked.addSubnet(net, prefix, 'ipv6');

/** Parses `10.1.0.0/16,127.0.0.1/32,::1/128` into a BlockList of allowed networks; throws on a bad entry. */
export function parseAllowedNetworks(text: string | undefined): { list: BlockList; cidrs: string[] } {
  const list = new BlockList();
  const cidrs = (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const cidr of cidrs) {
    const [addr, prefixText] = cidr.split('/');
    const family = isIP(addr);
    const prefix = Number(prefixText ?? (family === 6 ? 128 : 32));
    if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
      throw new Error(`not a network in CIDR notation: ${JSON.stringify(cidr)} (e.g. 10.20.0.0/16 or 127.0.0.1/32)`);
    }
    list.addSubnet(addr, prefix, family === 6 ? 'ipv6' : 'ipv4');
  }
  return { list, cidrs };
}

export class OutboundPolicy {
  private readonly allowed: BlockList;
  readonly allowedCidrs: string[];

  constructor(allowedNetworks?: string) {
    const parsed = parseAllowedNetworks(allowedNetworks);
    this.allowed = parsed.list;
    this.allowedCidrs = parsed.cidrs;
  }

  /** Why `ip` may not be contacted, or undefined when it may. */
  refusal(ip: string): string | undefined {
    const family = isIP(ip);
    if (!family) return `${ip} is not an IP address`;
    const type: 'ipv4' | 'ipv6' = family === 6 ? 'ipv6' : 'ipv4';
    // an IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as the IPv4 address it maps
    const mapped = type === 'ipv6' ? /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1] : undefined;
    const [addr, t]: [string, 'ipv4' | 'ipv6'] = mapped ? [mapped, 'ipv4'] : [ip, type];
    if (this.allowed.check(addr, t)) return undefined;
    if (blocked.check(addr, t)) return `${addr} is a private, loopback, link-local or reserved address (allow it with OUTBOUND_ALLOWED_NETWORKS)`;
    return undefined;
  }

  /**
   * Why a URL may not be registered as a destination, when its host names a forbidden
   * address outright (an IP literal, `localhost`); undefined otherwise. Names are judged
   * again when they are resolved at every connection (`lookup`), so a name that later
   * resolves inside is refused then.
   */
  urlRefusal(url: string): string | undefined {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const literal = host === 'localhost' || host.endsWith('.localhost') ? '127.0.0.1' : isIP(host) ? host : undefined;
    return literal ? this.refusal(literal) : undefined;
  }

  /** A dns lookup for http.request that refuses forbidden addresses before connecting. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as dns.LookupAddress[];
      const bad = list.map((a) => this.refusal(a.address)).find(Boolean);
      if (bad || !list.length) {
        const error = Object.assign(new Error(`refused to connect to ${hostname}: ${bad ?? 'no address'}`), { code: 'EADDRNOTALLOWED' });
        return callback(error, '', 0);
      }
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

export interface OutboundPostResult {
  status: number;
}

/**
 * POSTs `body` to `url` under `policy`: public addresses only (checked at connect time),
 * no redirects (a 3xx is returned as it is), `timeoutMs` for the whole exchange.
 */
export function outboundPost(
  policy: OutboundPolicy,
  url: string,
  options: { headers: Record<string, string>; body: string; timeoutMs: number },
): Promise<OutboundPostResult> {
  return new Promise((resolve, reject) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return reject(new Error('the URL is not valid'));
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') return reject(new Error(`${target.protocol} URLs are not allowed`));
    const host = target.hostname.replace(/^\[|\]$/g, '');
    // an IP literal is connected to without a lookup: judge it here
    if (isIP(host)) {
      const bad = policy.refusal(host);
      if (bad) return reject(Object.assign(new Error(`refused to connect to ${host}: ${bad}`), { code: 'EADDRNOTALLOWED' }));
    }
    const client = target.protocol === 'https:' ? https : http;
    const req = client.request(
      target,
      {
        method: 'POST',
        headers: { ...options.headers, 'Content-Length': Buffer.byteLength(options.body) },
        lookup: policy.lookup,
        timeout: options.timeoutMs,
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (res) => {
        res.resume(); // the answer's body is not needed
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    req.on('error', reject);
    req.end(options.body);
  });
}
