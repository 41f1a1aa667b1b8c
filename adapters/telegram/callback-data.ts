import { createHash } from 'node:crypto';
import type { KvRepo } from '../../src/store/repositories';

/** Telegram rejects a button whose callback_data is longer than 64 bytes (UTF-8). */
export const CALLBACK_DATA_MAX_BYTES = 64;
const TOKEN_PREFIX = '~#';
const KV_PREFIX = 'telegram:callback:';
/** How long a long button stays pressable. */
const TOKEN_TTL_MS = 30 * 86_400_000;

/**
 * Maps payloads to callback_data. Short payloads pass through unchanged. A longer one is never
 * truncated — that could turn one choice into another — but replaced by a hash token. Tokens are kept
 * in memory and, given a key/value store, in the shared store too, so a button works on any instance
 * and after a restart; an unknown token decodes to undefined and the shopper is told it expired.
 */
export class CallbackDataCodec {
  private readonly long = new Map<string, string>();
  private pending: Promise<void>[] = [];

  constructor(
    private readonly options: { capacity?: number; kv?: Pick<KvRepo, 'get' | 'set'>; now?: () => Date } = {},
  ) {}

  encode(payload: string): string {
    if (Buffer.byteLength(payload, 'utf8') <= CALLBACK_DATA_MAX_BYTES && !payload.startsWith(TOKEN_PREFIX)) {
      return payload;
    }
    const token = TOKEN_PREFIX + createHash('sha256').update(payload).digest('base64url').slice(0, 32);
    // Re-inserting moves the entry to the newest end, so live buttons are evicted last.
    this.long.delete(token);
    this.long.set(token, payload);
    if (this.long.size > (this.options.capacity ?? 10_000)) {
      const oldest = this.long.keys().next().value;
      if (oldest !== undefined) this.long.delete(oldest);
    }
    const { kv } = this.options;
    if (kv) {
      const now = this.options.now?.() ?? new Date();
      this.pending.push(kv.set(KV_PREFIX + token, payload, new Date(now.getTime() + TOKEN_TTL_MS).toISOString()));
    }
    return token;
  }

  /** Waits until every token handed out so far is stored, so no button is sent before it can work. */
  async flush(): Promise<void> {
    const writes = this.pending;
    this.pending = [];
    await Promise.all(writes);
  }

  /** The payload for pressed callback_data, or undefined when a token is no longer known. */
  async decode(data: string): Promise<string | undefined> {
    if (!data.startsWith(TOKEN_PREFIX)) return data;
    const known = this.long.get(data);
    if (known !== undefined) return known;
    return (await this.options.kv?.get(KV_PREFIX + data)) ?? undefined;
  }
}
