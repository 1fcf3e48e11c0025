/** A small HTTP client for the API over real sockets (Node's fetch), with timing. */
import type { Role } from '../../../src/auth/auth.types';

export type { Role };

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: unknown;
  ms: number;
}

export interface RequestOptions {
  as?: Role;
  body?: unknown;
  /** sent as-is instead of JSON.stringify(body) */
  rawBody?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
  timeoutMs?: number;
}

export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly keys: Partial<Record<Role, string>>,
  ) {}

  /** Throws on network errors (connection refused, reset, timeout); any HTTP status resolves. */
  async request(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse> {
    const url = new URL(path, this.baseUrl);
    for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
    const headers: Record<string, string> = { ...options.headers };
    if (options.as) headers.Authorization = `Bearer ${this.keys[options.as]}`;
    let body: string | undefined = options.rawBody;
    if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
    const started = performance.now();
    const res = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? 60_000) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON
    }
    return { status: res.status, headers: res.headers, body: parsed, ms: performance.now() - started };
  }
}
