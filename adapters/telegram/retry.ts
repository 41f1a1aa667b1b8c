import { TelegramError } from 'telegraf';
import { ChannelError } from '../../src/core/errors';

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds Telegram asked us to wait (a 429's `parameters.retry_after`), if this error is one. */
export function retryAfterSeconds(err: unknown): number | undefined {
  if (!(err instanceof TelegramError) || err.code !== 429) return undefined;
  return err.parameters?.retry_after ?? 1;
}

/**
 * Calls the Bot API, waiting out 429 "Too Many Requests" as told by `retry_after`, at most
 * `attempts` times in all. A wait longer than `maxWaitSeconds` is not worth holding a turn for: fail.
 */
export async function withRetryAfter<T>(
  call: () => Promise<T>,
  opts: { sleep: Sleep; attempts: number; maxWaitSeconds?: number },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const wait = retryAfterSeconds(err);
      if (wait === undefined || attempt >= opts.attempts || wait > (opts.maxWaitSeconds ?? Number.POSITIVE_INFINITY)) {
        throw toChannelError(err);
      }
      await opts.sleep(wait * 1000);
    }
  }
}

/** Wraps a telegraf failure in our typed error, keeping Telegram's status and description. */
export function toChannelError(err: unknown): ChannelError {
  if (err instanceof ChannelError) return err;
  if (err instanceof TelegramError) {
    return new ChannelError(`telegram: ${err.description}`, err.code, { cause: err });
  }
  return new ChannelError('telegram: request failed', undefined, { cause: err });
}
