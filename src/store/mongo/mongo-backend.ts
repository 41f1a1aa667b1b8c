/**
 * The MongoDB backend: the official driver, indexes created in `init()`. It uses only what FerretDB
 * 1.24 also supports — single-document atomic updates, unique indexes, `findOneAndUpdate` with `$inc`
 * and upsert — so the same code runs on MongoDB, Atlas and FerretDB.
 */
import { type Db, type Document, MongoClient } from 'mongodb';
import { StoreError } from '../../core/errors';
import type { CollectionSpec, DocumentBackend, DocumentCollection } from '../shared/collection';
import { MongoCollection } from './mongo-collection';
import { isDuplicateKey, REVISIONS_COLLECTION, RevisionGuard } from './revisions';

const COUNTERS = 'counters';

export interface MongoBackendOptions {
  uri: string;
  dbName: string;
  /** How long to wait for a reachable server before failing startup. */
  serverSelectionTimeoutMs?: number;
}

interface CounterDoc extends Document {
  _id: string;
  value: number;
}

export class MongoBackend implements DocumentBackend {
  readonly kind = 'mongo' as const;
  private readonly client: MongoClient;
  private readonly db: Db;
  private readonly collections: MongoCollection<object, string>[] = [];
  private readonly guard: RevisionGuard;

  constructor(options: MongoBackendOptions) {
    this.client = new MongoClient(options.uri, {
      // Optional fields left undefined must vanish (as in JSON), not be stored as null.
      ignoreUndefined: true,
      serverSelectionTimeoutMS: options.serverSelectionTimeoutMs ?? 10_000,
    });
    this.db = this.client.db(options.dbName);
    this.guard = new RevisionGuard(this.db.collection(REVISIONS_COLLECTION));
  }

  collection<T extends object, F extends string>(spec: CollectionSpec<F>): DocumentCollection<T, F> {
    const collection = new MongoCollection<T, F>(this.db.collection(spec.name), spec, this.guard, (counter) =>
      this.nextSeq(counter),
    );
    this.collections.push(collection as unknown as MongoCollection<object, string>);
    return collection;
  }

  /**
   * A guarded read-increment-replace on one counter document (`$inc` is not atomic on FerretDB 1.24);
   * the first use inserts it, and a lost insert race simply goes round again.
   */
  async nextSeq(counter: string): Promise<number> {
    const counters = this.db.collection<CounterDoc>(COUNTERS);
    for (let attempt = 0; attempt < 10; attempt++) {
      const next = await this.guard.write(counters, { _id: counter }, undefined, (current) => ({
        value: (typeof current.value === 'number' ? current.value : 0) + 1,
      }));
      if (next) return next.value as number;
      try {
        await counters.insertOne({ _id: counter, value: 1 });
        return 1;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
    throw new StoreError(`could not advance counter ${counter}`);
  }

  async init(): Promise<void> {
    try {
      await this.client.connect();
      await this.guard.createIndexes();
      for (const collection of this.collections) await collection.createIndexes();
    } catch (error) {
      throw new StoreError('MongoDB initialisation failed', error);
    }
  }

  async ping(): Promise<void> {
    await this.db.command({ ping: 1 });
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** For tests: removes the whole database. */
  async dropDatabase(): Promise<void> {
    await this.db.dropDatabase();
  }
}
