/**
 * The backend-neutral document layer. Each repository is written once against `DocumentCollection`;
 * the embedded (SQLite) and MongoDB backends implement it with identical semantics, which the contract
 * suite in test/contract proves. Everything here stays inside what FerretDB 1.24 supports: single-
 * document atomic updates and unique indexes, no transactions across documents.
 */
import type { FieldType, Filter, FindOptions } from './filter';

export interface IndexSpec<F extends string> {
  fields: readonly F[];
  unique?: boolean;
}

export interface CollectionSpec<F extends string> {
  /** Table / collection name. */
  name: string;
  /** What errors call one document ("customer"). */
  entity: string;
  /** Fields that filters and sorts may use, with their types. Everything else is opaque payload. */
  fields: Readonly<Record<F, FieldType>>;
  /** The identifying unique key; violations raise DuplicateError naming these fields. */
  key: readonly F[];
  /** Secondary indexes (the key gets its own unique index). */
  indexes: readonly IndexSpec<F>[];
}

export interface DocumentCollection<T extends object, F extends string> {
  readonly spec: CollectionSpec<F>;
  /** Throws DuplicateError when a unique index already holds the value. */
  insert(doc: T): Promise<void>;
  /**
   * Inserts the document built from the next value of `counter` (strictly increasing per backend).
   * The embedded backend allocates and inserts in one transaction; MongoDB has no multi-document
   * transactions here, so two concurrent appends may become visible out of order for a moment.
   */
  insertWithSeq(counter: string, build: (seq: number) => T): Promise<T>;
  findOne(filter: Filter<F>, options?: FindOptions<F>): Promise<T | null>;
  find(filter: Filter<F>, options?: FindOptions<F>): Promise<T[]>;
  count(filter: Filter<F>): Promise<number>;
  /** Replaces the first match; returns whether one matched. Used for compare-and-set on any field. */
  replaceOne(filter: Filter<F>, doc: T): Promise<boolean>;
  /** Replaces the first match or inserts `doc`. */
  upsert(filter: Filter<F>, doc: T): Promise<void>;
  /**
   * Sets top-level fields on the first match and returns the updated document, or null if nothing
   * matched. Keys whose value is undefined are left untouched.
   */
  updateOne(filter: Filter<F>, set: Partial<T>): Promise<T | null>;
  updateMany(filter: Filter<F>, set: Partial<T>): Promise<number>;
  /** Atomically adds `by` to a numeric field (missing counts as 0); returns the updated document. */
  incrementOne(filter: Filter<F>, field: string, by: number): Promise<T | null>;
  deleteOne(filter: Filter<F>): Promise<boolean>;
  /** Refuses an empty filter: wiping a collection is never what a repository means. */
  deleteMany(filter: Filter<F>): Promise<number>;
}

export interface DocumentBackend {
  readonly kind: 'embedded' | 'mongo';
  /** Declares a collection; `init()` creates its table or indexes. */
  collection<T extends object, F extends string>(spec: CollectionSpec<F>): DocumentCollection<T, F>;
  /** Next value of a named counter, starting at 1. */
  nextSeq(counter: string): Promise<number>;
  init(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Copies a `set` without undefined values, so "not given" never erases a stored field. */
export function definedEntries<T extends object>(set: Partial<T>): [string, unknown][] {
  return Object.entries(set).filter(([, v]) => v !== undefined);
}
