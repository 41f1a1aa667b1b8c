import type { Clock } from '../../../core/clock';
import { ConflictError, DuplicateError } from '../../../core/errors';
import type { IsoDate } from '../../entities';
import type { KvRepo } from '../../repositories';
import type { CollectionSpec, DocumentBackend, DocumentCollection } from '../collection';
import { range } from '../filter';

/**
 * Every entry carries an expiry (far future when none is given) so "live" and "expired" are both
 * plain range filters. A counter lives in `count`; a set value in `value`.
 */
interface KvEntry {
  key: string;
  value?: string;
  count?: number;
  expiresAt: IsoDate;
}
type KvField = 'key' | 'expiresAt';

export const NEVER: IsoDate = '9999-12-31T23:59:59.999Z';

export const KV: CollectionSpec<KvField> = {
  name: 'kv',
  entity: 'key',
  fields: { key: 'string', expiresAt: 'string' },
  key: ['key'],
  indexes: [{ fields: ['expiresAt'] }],
};

/** Each step is one atomic operation; a lost race just means another round. */
const MAX_INCREMENT_ROUNDS = 10;

export class DocumentKvRepo implements KvRepo {
  private readonly docs: DocumentCollection<KvEntry, KvField>;

  constructor(
    backend: DocumentBackend,
    private readonly clock: Clock,
  ) {
    this.docs = backend.collection(KV);
  }

  /** Null for a missing or expired key; a counter reads as its decimal string. */
  async get(key: string): Promise<string | null> {
    const entry = await this.docs.findOne({ key, expiresAt: range({ gt: this.clock.now().toISOString() }) });
    if (!entry) return null;
    return entry.count !== undefined ? String(entry.count) : (entry.value ?? null);
  }

  set(key: string, value: string, expiresAt?: IsoDate): Promise<void> {
    return this.docs.upsert({ key }, { key, value, expiresAt: expiresAt ?? NEVER });
  }

  /**
   * Adds `by` to a live counter, keeping its original expiry (a fixed window). An expired or missing
   * key starts again at `by` with the new `expiresAt`. Single-document operations only: increment a
   * live entry; else reset an expired one; else insert — and go round again if another writer won.
   */
  async increment(key: string, by: number, expiresAt: IsoDate, now: IsoDate): Promise<number> {
    for (let round = 0; round < MAX_INCREMENT_ROUNDS; round++) {
      const live = await this.docs.incrementOne({ key, expiresAt: range({ gt: now }) }, 'count', by);
      if (live) return live.count ?? by;
      const fresh: KvEntry = { key, count: by, expiresAt };
      if (await this.docs.replaceOne({ key, expiresAt: range({ lte: now }) }, fresh)) return by;
      try {
        await this.docs.insert(fresh);
        return by;
      } catch (error) {
        if (!(error instanceof DuplicateError)) throw error;
      }
    }
    throw new ConflictError('key', key);
  }

  async delete(key: string): Promise<void> {
    await this.docs.deleteOne({ key });
  }

  /** Removes entries whose expiry is at or before `now`. */
  sweep(now: IsoDate): Promise<number> {
    return this.docs.deleteMany({ expiresAt: range({ lte: now }) });
  }
}
