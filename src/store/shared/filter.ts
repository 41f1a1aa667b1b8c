/**
 * The small query language both backends understand: equality, membership and ranges on declared
 * top-level fields. Operators exist only as `Condition` instances built by the helpers below, so a
 * plain object that reaches a filter at runtime (for example `{"$gt": ""}` parsed from a request body
 * where a string was expected) is rejected instead of being read as an operator.
 */
import { ValidationError } from '../../core/errors';

export type Scalar = string | number | boolean;
export type FieldType = 'string' | 'number' | 'boolean';

type ConditionKind = 'in' | 'range';

export interface RangeBounds {
  gt?: Scalar;
  gte?: Scalar;
  lt?: Scalar;
  lte?: Scalar;
}

/** An operator on one field. Only the helpers in this file create them. */
export class Condition {
  private constructor(
    readonly kind: ConditionKind,
    readonly values: readonly Scalar[],
    readonly range: Readonly<RangeBounds>,
  ) {}

  static in(values: readonly Scalar[]): Condition {
    return new Condition('in', [...values], {});
  }

  static range(bounds: RangeBounds): Condition {
    return new Condition('range', [], { ...bounds });
  }
}

export type FilterValue = Scalar | Condition;

/** Field → value or condition; fields are ANDed. `F` is the collection's declared field names. */
export type Filter<F extends string> = Partial<Record<F, FilterValue>>;

export const oneOf = (values: readonly Scalar[]): Condition => Condition.in(values);
export const range = (bounds: RangeBounds): Condition => Condition.range(bounds);

export type SortDirection = 1 | -1;
export type Sort<F extends string> = readonly (readonly [F, SortDirection])[];

export interface FindOptions<F extends string> {
  sort?: Sort<F>;
  limit?: number;
  skip?: number;
}

/** Top-level field names only: they become SQL JSON paths and MongoDB keys. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function assertFieldName(name: string): void {
  if (!FIELD_NAME.test(name)) throw new ValidationError('invalid field name', { field: name });
}

function assertScalar(field: string, type: FieldType, value: unknown): asserts value is Scalar {
  if (typeof value !== type || (typeof value === 'number' && !Number.isFinite(value))) {
    throw new ValidationError(`filter value for ${field} must be a ${type}`, { field, got: typeof value });
  }
}

/**
 * Checks a filter against the collection's declared fields and returns its entries in a stable order.
 * Anything else — unknown fields, objects, arrays, undefined, values of the wrong type — throws.
 */
export function validateFilter<F extends string>(
  fields: Readonly<Record<F, FieldType>>,
  filter: Filter<F>,
): [F, FilterValue][] {
  const entries: [F, FilterValue][] = [];
  for (const [field, value] of Object.entries(filter) as [F, unknown][]) {
    const type = Object.hasOwn(fields, field) ? fields[field] : undefined;
    if (type === undefined) throw new ValidationError('filter on an undeclared field', { field });
    if (value instanceof Condition) {
      for (const v of value.values) assertScalar(field, type, v);
      for (const v of Object.values(value.range)) if (v !== undefined) assertScalar(field, type, v);
      entries.push([field, value]);
    } else {
      assertScalar(field, type, value);
      entries.push([field, value]);
    }
  }
  return entries;
}

export function validateFindOptions<F extends string>(
  fields: Readonly<Record<F, FieldType>>,
  options: FindOptions<F>,
): void {
  for (const [field, direction] of options.sort ?? []) {
    if (!Object.hasOwn(fields, field)) throw new ValidationError('sort on an undeclared field', { field });
    if (direction !== 1 && direction !== -1) throw new ValidationError('sort direction must be 1 or -1');
  }
  for (const n of [options.limit, options.skip]) {
    if (n !== undefined && (!Number.isInteger(n) || n < 0)) {
      throw new ValidationError('limit and skip must be non-negative integers');
    }
  }
}
