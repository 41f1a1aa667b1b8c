/**
 * The embedded backend: one better-sqlite3 file under the data directory, in WAL mode so readers never
 * block the writer, `synchronous=NORMAL` (durable at every checkpoint, and WAL keeps committed
 * transactions across a process crash), and a busy timeout so a second process waits for the write
 * lock instead of failing.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { CollectionSpec, DocumentBackend, DocumentCollection } from '../shared/collection';
import { assertTableName } from './sql-filter';
import { SqliteCollection } from './sqlite-collection';

export const EMBEDDED_DB_FILE = 'concierge.db';
const BUSY_TIMEOUT_MS = 5000;

export class SqliteBackend implements DocumentBackend {
  readonly kind = 'embedded' as const;
  private readonly db: Database.Database;
  private readonly collections: SqliteCollection<object, string>[] = [];
  private readonly nextSeqStatement: Database.Statement;

  constructor(readonly file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.db.exec('CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)');
    this.nextSeqStatement = this.db.prepare(
      'INSERT INTO counters (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value',
    );
  }

  /** Opens (creating if needed) `<dataDir>/concierge.db`. */
  static inDirectory(dataDir: string): SqliteBackend {
    mkdirSync(dataDir, { recursive: true });
    return new SqliteBackend(join(dataDir, EMBEDDED_DB_FILE));
  }

  collection<T extends object, F extends string>(spec: CollectionSpec<F>): DocumentCollection<T, F> {
    assertTableName(spec.name);
    const collection = new SqliteCollection<T, F>(this.db, spec, (counter) => this.nextSeqSync(counter));
    this.collections.push(collection as unknown as SqliteCollection<object, string>);
    return collection;
  }

  async nextSeq(counter: string): Promise<number> {
    return this.nextSeqSync(counter);
  }

  async init(): Promise<void> {
    this.db.transaction(() => {
      for (const collection of this.collections) collection.createSchema();
    })();
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private nextSeqSync(counter: string): number {
    return (this.nextSeqStatement.get(counter) as { value: number }).value;
  }
}
