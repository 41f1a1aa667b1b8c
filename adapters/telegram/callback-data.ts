import { createHash } from 'node:crypto';

/** Telegram rejects a button whose callback_data is longer than 64 bytes (UTF-8). */
export const CALLBACK_DATA_MAX_BYTES = 64;
const TOKEN_PREFIX = '~#';

/**
 * Maps payloads to callback_data. Short payloads pass through unchanged (so a button works on any
 * instance and after restarts). A longer one is never truncated — that could turn one choice into
 * another — but replaced by a hash token remembered here; an unknown token (another instance, a
 * restart, eviction) decodes to undefined and the shopper is told the button expired.
 */
export class CallbackDataCodec {
  private readonly long = new Map<string, string>();
  constructor(private readonly capacity = 10_000) {}

  encode(payload: string): string {
    if (Buffer.byteLength(payload, 'utf8') <= CALLBACK_DATA_MAX_BYTES && !payload.startsWith(TOKEN_PREFIX)) {
      return payload;
    }
    const token = TOKEN_PREFIX + createHash('sha256').update(payload).digest('base64url').slice(0, 32);
    // Re-inserting moves the entry to the newest end, so live buttons are evicted last.
    this.long.delete(token);
    this.long.set(token, payload);
    if (this.long.size > this.capacity) {
      const oldest = this.long.keys().next().value;
      if (oldest !== undefined) this.long.delete(oldest);
    }
    return token;
  }

  /** The payload for pressed callback_data, or undefined when a token is no longer known. */
  decode(data: string): string | undefined {
    if (!data.startsWith(TOKEN_PREFIX)) return data;
    return this.long.get(data);
  }
}
