/**
 * One collection on MongoDB (or FerretDB). Native documents; the ObjectId `_id` and the revision
 * counter never leave this file. Inserts rely on unique indexes; every conditional write goes through
 * the RevisionGuard, because FerretDB 1.24 does not apply filtered updates atomically.
 */
import type { Collection, Document } from 'mongodb';
import { DuplicateError, ValidationError } from '../../core/errors';
import { type CollectionSpec, type DocumentCollection, definedEntries } from '../shared/collection';
import type { Filter, FindOptions } from '../shared/filter';
import { toMongoFilter, toMongoSort } from './mongo-filter';
import { isDuplicateKey, REVISION_FIELD, type RevisionGuard } from './revisions';

const HIDDEN = { _id: 0, [REVISION_FIELD]: 0 } as const;
const MAX_UPSERT_ATTEMPTS = 10;

function visible(doc: Document | null): Document | null {
  if (!doc) return null;
  const { _id, [REVISION_FIELD]: _revision, ...rest } = doc;
  return rest;
}

export class MongoCollection<T extends object, F extends string> implements DocumentCollection<T, F> {
  constructor(
    private readonly collection: Collection<Document>,
    readonly spec: CollectionSpec<F>,
    private readonly guard: RevisionGuard,
    private readonly nextSeq: (counter: string) => Promise<number>,
  ) {}

  /** Unique key first, then secondary indexes; `createIndex` is a no-op when the index exists. */
  async createIndexes(): Promise<void> {
    const all = [{ fields: this.spec.key, unique: true }, ...this.spec.indexes];
    for (const index of all) {
      const keys = Object.fromEntries(index.fields.map((f) => [f, 1 as const]));
      const name = `${index.fields.join('_')}${index.unique ? '_u' : ''}`;
      await this.collection.createIndex(keys, { name, unique: index.unique === true });
    }
  }

  async insert(doc: T): Promise<void> {
    // The driver writes the generated `_id` into the object it is given: hand it a copy.
    await this.mapDuplicate(() => this.collection.insertOne({ ...doc }));
  }

  async insertWithSeq(counter: string, build: (seq: number) => T): Promise<T> {
    const doc = build(await this.nextSeq(counter));
    await this.insert(doc);
    return structuredClone(doc);
  }

  async findOne(filter: Filter<F>, options: FindOptions<F> = {}): Promise<T | null> {
    const [first] = await this.find(filter, { ...options, limit: 1 });
    return first ?? null;
  }

  async find(filter: Filter<F>, options: FindOptions<F> = {}): Promise<T[]> {
    // MongoDB reads limit 0 as "no limit"; the contract means "nothing".
    if (options.limit === 0) return [];
    const cursor = this.collection
      .find(toMongoFilter(this.spec, filter), { projection: HIDDEN })
      .sort(toMongoSort(this.spec, options));
    if (options.skip) cursor.skip(options.skip);
    if (options.limit !== undefined) cursor.limit(options.limit);
    return (await cursor.toArray()) as T[];
  }

  count(filter: Filter<F>): Promise<number> {
    return this.collection.countDocuments(toMongoFilter(this.spec, filter));
  }

  async replaceOne(filter: Filter<F>, doc: T): Promise<boolean> {
    return (await this.conditional(filter, () => ({ ...doc }))) !== null;
  }

  async upsert(filter: Filter<F>, doc: T): Promise<void> {
    for (let attempt = 0; attempt < MAX_UPSERT_ATTEMPTS; attempt++) {
      if (await this.replaceOne(filter, doc)) return;
      try {
        await this.insert(doc);
        return;
      } catch (error) {
        // Another writer inserted the same key first: replace theirs on the next round.
        if (!(error instanceof DuplicateError)) throw error;
      }
    }
    throw new DuplicateError(this.spec.entity, this.spec.key.join('+'));
  }

  async updateOne(filter: Filter<F>, set: Partial<T>): Promise<T | null> {
    const entries = definedEntries(set);
    return this.conditional(filter, (current) => ({ ...current, ...Object.fromEntries(entries) }));
  }

  async updateMany(filter: Filter<F>, set: Partial<T>): Promise<number> {
    const entries = definedEntries(set);
    const query = toMongoFilter(this.spec, filter);
    const ids = (await this.collection.find(query, { projection: { _id: 1 } }).toArray()).map((d) => d._id);
    let updated = 0;
    for (const _id of ids) {
      const next = await this.mapDuplicate(() =>
        this.guard.write(this.collection, { ...query, _id }, undefined, (current) => ({
          ...current,
          ...Object.fromEntries(entries),
        })),
      );
      if (next) updated++;
    }
    return updated;
  }

  async incrementOne(filter: Filter<F>, field: string, by: number): Promise<T | null> {
    if (!Number.isFinite(by)) throw new ValidationError('increment must be a finite number');
    return this.conditional(filter, (current) => {
      const value = current[field] ?? 0;
      if (typeof value !== 'number') throw new ValidationError('cannot increment a non-numeric field', { field });
      return { ...current, [field]: value + by };
    });
  }

  async deleteOne(filter: Filter<F>): Promise<boolean> {
    const result = await this.collection.deleteOne(toMongoFilter(this.spec, filter));
    return result.deletedCount > 0;
  }

  async deleteMany(filter: Filter<F>): Promise<number> {
    if (Object.keys(filter).length === 0) throw new ValidationError('deleteMany needs a filter');
    const result = await this.collection.deleteMany(toMongoFilter(this.spec, filter));
    return result.deletedCount;
  }

  private async conditional(filter: Filter<F>, change: (current: Document) => Document): Promise<T | null> {
    const query = toMongoFilter(this.spec, filter);
    const sort = toMongoSort(this.spec, {});
    const next = await this.mapDuplicate(() => this.guard.write(this.collection, query, sort, change));
    return visible(next) as T | null;
  }

  private async mapDuplicate<R>(write: () => Promise<R>): Promise<R> {
    try {
      return await write();
    } catch (error) {
      if (isDuplicateKey(error)) throw new DuplicateError(this.spec.entity, this.spec.key.join('+'));
      throw error;
    }
  }
}
