import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => (clock = 1_000_000));

  it('allows a minute\'s allowance at once, then refuses with the seconds to wait', () => {
    const limiter = new RateLimiter(60, now);
    for (let i = 0; i < 60; i++) expect(limiter.take('k1').allowed).toBe(true);
    expect(limiter.take('k1')).toEqual({ allowed: false, retryAfterSeconds: 1, remaining: 0 });
    clock += 1000;
    expect(limiter.take('k1').allowed).toBe(true);
    expect(limiter.take('k1').allowed).toBe(false);
  });

  it('keeps one bucket per key', () => {
    const limiter = new RateLimiter(2, now);
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 30, remaining: 0 });
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('never refills beyond one minute\'s allowance, and forgets idle keys', () => {
    const limiter = new RateLimiter(3, now);
    limiter.take('a');
    clock += 10 * 60_000;
    expect(limiter.take('a').remaining).toBe(2);
    clock += 10 * 60_000;
    limiter.take('b');
    expect(limiter.size).toBe(1);
  });

  it('is off at 0', () => {
    const limiter = new RateLimiter(0, now);
    for (let i = 0; i < 1000; i++) expect(limiter.take('a').allowed).toBe(true);
  });
});
