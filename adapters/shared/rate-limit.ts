import type { Request, RequestHandler } from 'express';
import type { Clock } from '../../src/core/clock';
import { ERROR_CODES } from '../../src/core/errors';
import { sendError } from './http-errors';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * In-memory token buckets, one per key ("ip:…", "visitor:…"). A bucket holds up to `perMinute`
 * tokens and refills continuously, so a burst of `perMinute` requests is allowed and then one every
 * 60/perMinute seconds. Per process: with several instances each enforces its own share, which is
 * acceptable for abuse protection (it is not a billing meter).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly refillPerMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock,
    /** Idle buckets are forgotten once the map grows past this, so memory stays bounded. */
    private readonly maxKeys = 10_000,
  ) {
    this.refillPerMs = perMinute / 60_000;
  }

  take(key: string): RateDecision {
    const now = this.clock.now().getTime();
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + Math.max(0, now - bucket.at) * this.refillPerMs);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.buckets.set(key, bucket);
      if (this.buckets.size > this.maxKeys) this.sweep(now);
      return { allowed: true };
    }
    this.buckets.set(key, bucket);
    const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000));
    return { allowed: false, retryAfterSeconds };
  }

  /** Drops buckets that have refilled completely: forgetting them changes no decision. */
  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.refillPerMs >= this.perMinute) this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}

/** The client address the rate limiters count; correct behind a proxy once `trust proxy` is set. */
export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/**
 * Express middleware: a per-IP token bucket for a group of routes. Over the limit answers 429 with
 * Retry-After and the usual JSON error, before any body is read.
 */
export function perIpRateLimit(limiter: RateLimiter, scope: string): RequestHandler {
  return (req, res, next) => {
    const decision = limiter.take(`${scope}:${clientIp(req)}`);
    if (decision.allowed) return next();
    res.setHeader('Retry-After', String(decision.retryAfterSeconds));
    sendError(res, 429, ERROR_CODES.RATE_LIMITED, 'too many requests');
  };
}
