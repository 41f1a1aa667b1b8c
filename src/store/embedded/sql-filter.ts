/**
 * Translates the neutral filter language into SQL over a JSON `doc` column. Field names are checked
 * against a strict pattern before they reach SQL text; every value is a bound parameter.
 */
import { ValidationError } from '../../core/errors';
import type { CollectionSpec } from '../shared/collection';
import {
  assertFieldName,
  Condition,
  type Filter,
  type FindOptions,
  type Scalar,
  validateFilter,
  validateFindOptions,
} from '../shared/filter';

export type SqlValue = string | number | null;

/** The expression every index and query uses for a field, so SQLite's planner matches them. */
export function fieldExpr(field: string): string {
  assertFieldName(field);
  return `json_extract(doc, '$.${field}')`;
}

/** SQLite cannot bind booleans; JSON true/false extract as 1/0, so bind those. */
export function toSqlValue(value: Scalar): SqlValue {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

export interface SqlFragment {
  sql: string;
  params: SqlValue[];
}

export function whereClause<F extends string>(spec: CollectionSpec<F>, filter: Filter<F>): SqlFragment {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  for (const [field, value] of validateFilter(spec.fields, filter)) {
    const expr = fieldExpr(field);
    if (!(value instanceof Condition)) {
      parts.push(`${expr} = ?`);
      params.push(toSqlValue(value));
    } else if (value.kind === 'in') {
      if (value.values.length === 0) {
        parts.push('0');
        continue;
      }
      parts.push(`${expr} IN (${value.values.map(() => '?').join(', ')})`);
      params.push(...value.values.map(toSqlValue));
    } else {
      const ops: [keyof typeof value.range, string][] = [
        ['gt', '>'],
        ['gte', '>='],
        ['lt', '<'],
        ['lte', '<='],
      ];
      for (const [bound, op] of ops) {
        const v = value.range[bound];
        if (v === undefined) continue;
        parts.push(`${expr} ${op} ?`);
        params.push(toSqlValue(v));
      }
    }
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** ORDER BY / LIMIT / OFFSET; rowid (insertion order) breaks ties, like MongoDB's ObjectId `_id`. */
export function pagingClause<F extends string>(spec: CollectionSpec<F>, options: FindOptions<F>): SqlFragment {
  validateFindOptions(spec.fields, options);
  const order = (options.sort ?? []).map(([f, d]) => `${fieldExpr(f)} ${d === 1 ? 'ASC' : 'DESC'}`);
  order.push('rowid ASC');
  const params: SqlValue[] = [];
  let sql = `ORDER BY ${order.join(', ')}`;
  if (options.limit !== undefined || options.skip !== undefined) {
    // SQLite needs a LIMIT before OFFSET; -1 means no limit.
    sql += ' LIMIT ? OFFSET ?';
    params.push(options.limit ?? -1, options.skip ?? 0);
  }
  return { sql, params };
}

export function assertTableName(name: string): void {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new ValidationError('invalid collection name', { name });
}
