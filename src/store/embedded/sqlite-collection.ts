/**
 * One collection as a SQLite table of JSON documents (`doc TEXT`), with expression indexes on the
 * declared fields. better-sqlite3 is synchronous, so read-modify-write updates run inside an
 * IMMEDIATE transaction: atomic within this process and, through SQLite's write lock, across processes.
 */
import type Database from 'better-sqlite3';
import { DuplicateError, StoreError, ValidationError } from '../../core/errors';
import { type CollectionSpec, type DocumentCollection, definedEntries } from '../shared/collection';
import type { Filter, FindOptions } from '../shared/filter';
import { fieldExpr, pagingClause, type SqlValue, whereClause } from './sql-filter';

interface Row {
  rowid: number;
  doc: string;
}

export class SqliteCollection<T extends object, F extends string> implements DocumentCollection<T, F> {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    readonly spec: CollectionSpec<F>,
    private readonly nextSeqSync: (counter: string) => number,
  ) {}

  /** Creates the table and its indexes; idempotent. */
  createSchema(): void {
    const { name, key, indexes } = this.spec;
    this.db.exec(`CREATE TABLE IF NOT EXISTS "${name}" (doc TEXT NOT NULL)`);
    const all = [{ fields: key, unique: true }, ...indexes];
    for (const index of all) {
      const indexName = `${name}__${index.fields.join('__')}${index.unique ? '__u' : ''}`;
      const columns = index.fields.map(fieldExpr).join(', ');
      this.db.exec(
        `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS "${indexName}" ON "${name}" (${columns})`,
      );
    }
  }

  async insert(doc: T): Promise<void> {
    this.insertSync(doc);
  }

  async insertWithSeq(counter: string, build: (seq: number) => T): Promise<T> {
    // Allocation and insert commit together, so readers never see a gap that later fills in.
    return this.db
      .transaction(() => {
        const doc = build(this.nextSeqSync(counter));
        this.insertSync(doc);
        return structuredClone(doc);
      })
      .immediate();
  }

  async findOne(filter: Filter<F>, options: FindOptions<F> = {}): Promise<T | null> {
    const row = this.selectRows(filter, { ...options, limit: 1 })[0];
    return row ? this.parse(row) : null;
  }

  async find(filter: Filter<F>, options: FindOptions<F> = {}): Promise<T[]> {
    if (options.limit === 0) return [];
    return this.selectRows(filter, options).map((row) => this.parse(row));
  }

  async count(filter: Filter<F>): Promise<number> {
    const where = whereClause(this.spec, filter);
    const row = this.statement(`SELECT COUNT(*) AS n FROM "${this.spec.name}" ${where.sql}`).get(...where.params) as {
      n: number;
    };
    return row.n;
  }

  async replaceOne(filter: Filter<F>, doc: T): Promise<boolean> {
    return this.write(() => {
      const row = this.selectRows(filter, { limit: 1 })[0];
      if (!row) return false;
      this.updateRow(row.rowid, doc);
      return true;
    });
  }

  async upsert(filter: Filter<F>, doc: T): Promise<void> {
    this.write(() => {
      const row = this.selectRows(filter, { limit: 1 })[0];
      if (row) this.updateRow(row.rowid, doc);
      else this.insertSync(doc);
    });
  }

  async updateOne(filter: Filter<F>, set: Partial<T>): Promise<T | null> {
    return this.write(() => {
      const row = this.selectRows(filter, { limit: 1 })[0];
      if (!row) return null;
      const updated = { ...this.parse(row), ...Object.fromEntries(definedEntries(set)) } as T;
      this.updateRow(row.rowid, updated);
      return updated;
    });
  }

  async updateMany(filter: Filter<F>, set: Partial<T>): Promise<number> {
    const entries = definedEntries(set);
    return this.write(() => {
      const rows = this.selectRows(filter, {});
      for (const row of rows) this.updateRow(row.rowid, { ...this.parse(row), ...Object.fromEntries(entries) } as T);
      return rows.length;
    });
  }

  async incrementOne(filter: Filter<F>, field: string, by: number): Promise<T | null> {
    if (!Number.isFinite(by)) throw new ValidationError('increment must be a finite number');
    return this.write(() => {
      const row = this.selectRows(filter, { limit: 1 })[0];
      if (!row) return null;
      const doc = this.parse(row) as Record<string, unknown>;
      const current = doc[field] ?? 0;
      if (typeof current !== 'number') throw new ValidationError('cannot increment a non-numeric field', { field });
      doc[field] = current + by;
      this.updateRow(row.rowid, doc as T);
      return doc as T;
    });
  }

  async deleteOne(filter: Filter<F>): Promise<boolean> {
    return this.write(() => {
      const row = this.selectRows(filter, { limit: 1 })[0];
      if (!row) return false;
      this.statement(`DELETE FROM "${this.spec.name}" WHERE rowid = ?`).run(row.rowid);
      return true;
    });
  }

  async deleteMany(filter: Filter<F>): Promise<number> {
    if (Object.keys(filter).length === 0) throw new ValidationError('deleteMany needs a filter');
    const where = whereClause(this.spec, filter);
    return this.statement(`DELETE FROM "${this.spec.name}" ${where.sql}`).run(...where.params).changes;
  }

  private selectRows(filter: Filter<F>, options: FindOptions<F>): Row[] {
    const where = whereClause(this.spec, filter);
    const paging = pagingClause(this.spec, options);
    const sql = `SELECT rowid, doc FROM "${this.spec.name}" ${where.sql} ${paging.sql}`;
    return this.statement(sql).all(...where.params, ...paging.params) as Row[];
  }

  private insertSync(doc: T): void {
    this.run(`INSERT INTO "${this.spec.name}" (doc) VALUES (?)`, [JSON.stringify(doc)]);
  }

  private updateRow(rowid: number, doc: T): void {
    this.run(`UPDATE "${this.spec.name}" SET doc = ? WHERE rowid = ?`, [JSON.stringify(doc), rowid]);
  }

  private run(sql: string, params: SqlValue[]): void {
    try {
      this.statement(sql).run(...params);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateError(this.spec.entity, this.spec.key.join('+'));
      throw new StoreError(`${this.spec.entity} write failed`, error);
    }
  }

  private write<R>(fn: () => R): R {
    return this.db.transaction(fn).immediate();
  }

  private parse(row: Row): T {
    return JSON.parse(row.doc) as T;
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
