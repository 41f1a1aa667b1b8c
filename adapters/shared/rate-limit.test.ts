import { ManualClock } from '../../src/core/clock';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows a burst of perMinute, then refuses with a Retry-After, then refills', () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(3, clock);
    expect([1, 2, 3].map(() => limiter.take('k').allowed)).toEqual([true, true, true]);
    expect(limiter.take('k')).toEqual({ allowed: false, retryAfterSeconds: 20 });
    clock.advance(19_000);
    expect(limiter.take('k').allowed).toBe(false);
    clock.advance(1_000);
    expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k').allowed).toBe(false);
  });

  it('keeps keys apart', () => {
    const limiter = new RateLimiter(1, new ManualClock());
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('b').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('forgets idle buckets once it holds too many', () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(60, clock, 10);
    for (let i = 0; i < 10; i++) limiter.take(`k${i}`);
    clock.advance(60_000);
    limiter.take('fresh');
    expect(limiter.size).toBe(1);
  });
});
