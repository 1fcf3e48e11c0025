/**
 * Requests per API key: a token bucket per key that holds up to one minute's allowance
 * and refills continuously. In memory, per API process: with N replicas a key gets up
 * to N times the limit (put a shared limiter in front for a hard cap). Pure apart from
 * the clock, which is injected.
 */
export interface RateDecision {
  allowed: boolean;
  /** whole seconds until one request is allowed again (0 when allowed) */
  retryAfterSeconds: number;
  remaining: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private lastSweep = 0;

  /** @param perMinute requests per minute per key; 0 = unlimited */
  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  take(key: string): RateDecision {
    if (this.perMinute <= 0) return { allowed: true, retryAfterSeconds: 0, remaining: Number.POSITIVE_INFINITY };
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, updatedAt: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.updatedAt) * this.perMs);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0, remaining: Math.floor(bucket.tokens) };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)), remaining: 0 };
  }

  /** Whether a request would be allowed now, without taking a token. */
  peek(key: string): RateDecision {
    if (this.perMinute <= 0) return { allowed: true, retryAfterSeconds: 0, remaining: Number.POSITIVE_INFINITY };
    const bucket = this.buckets.get(key);
    if (!bucket) return { allowed: true, retryAfterSeconds: 0, remaining: this.perMinute };
    const tokens = Math.min(this.perMinute, bucket.tokens + (this.now() - bucket.updatedAt) * this.perMs);
    if (tokens >= 1) return { allowed: true, retryAfterSeconds: 0, remaining: Math.floor(tokens) };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000)), remaining: 0 };
  }

  /** Forgets buckets that have been full for a while, so memory follows the active keys. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) if (now - bucket.updatedAt > 120_000) this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
  }
}

/**
 * Limits per client address (the connecting socket's address; behind a proxy, every
 * client shares the proxy's): failed authentications (a key presented and refused), so
 * keys cannot be guessed quickly, and requests to open routes that check a credential of
 * their own (survey links).
 */
export class ClientAddressLimits {
  readonly authFailures: RateLimiter;
  readonly publicRequests: RateLimiter;
  constructor(authFailuresPerMinute: number, publicRequestsPerMinute: number, now: () => number = Date.now) {
    this.authFailures = new RateLimiter(authFailuresPerMinute, now);
    this.publicRequests = new RateLimiter(publicRequestsPerMinute, now);
  }
}
