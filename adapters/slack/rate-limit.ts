import { webApi } from '@slack/bolt';
import type { Logger } from 'pino';

/**
 * How we wait out Slack's 429s. The WebClient is built with `rejectRateLimitedCalls: true`, so a 429
 * surfaces here as an error carrying the Retry-After seconds and we decide how to wait: production
 * sleeps for real, tests inject a sleep that records the delay and returns at once.
 */
export interface RateLimitPolicy {
  maxRetries: number;
  /**
   * Longest single wait we accept. Some calls run inside a shopper's turn (opening the thread), so a
   * long Retry-After fails the call instead; the handoff then falls back to an email follow-up.
   */
  maxWaitMs: number;
  sleep(ms: number): Promise<void>;
}

export const defaultRateLimitPolicy: RateLimitPolicy = {
  maxRetries: 3,
  maxWaitMs: 10_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

function retryAfterSeconds(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, retryAfter } = error as { code?: unknown; retryAfter?: unknown };
  return code === webApi.ErrorCode.RateLimitedError && typeof retryAfter === 'number' ? retryAfter : undefined;
}

/** Runs a Web API call, waiting as long as Slack's Retry-After asks on each 429, up to maxRetries. */
export async function withRetryAfter<T>(
  method: string,
  call: () => Promise<T>,
  policy: RateLimitPolicy,
  log: Logger,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const seconds = retryAfterSeconds(error);
      if (seconds === undefined || attempt >= policy.maxRetries || seconds * 1000 > policy.maxWaitMs) throw error;
      log.warn({ method, retryAfterSeconds: seconds, attempt: attempt + 1 }, 'slack rate limited; waiting');
      await policy.sleep(seconds * 1000);
    }
  }
}
