/**
 * Translates the neutral filter language into a MongoDB query. Only `Condition` instances become
 * operators; `validateFilter` has already rejected any plain object, so a value from a request can
 * never smuggle `$gt`/`$ne`/`$where` into the query.
 */
import type { Document, Sort as MongoSort } from 'mongodb';
import type { CollectionSpec } from '../shared/collection';
import { Condition, type Filter, type FindOptions, validateFilter, validateFindOptions } from '../shared/filter';

export function toMongoFilter<F extends string>(spec: CollectionSpec<F>, filter: Filter<F>): Document {
  const query: Document = {};
  for (const [field, value] of validateFilter(spec.fields, filter)) {
    if (!(value instanceof Condition)) {
      query[field] = value;
    } else if (value.kind === 'in') {
      query[field] = { $in: [...value.values] };
    } else {
      const bounds: Document = {};
      if (value.range.gt !== undefined) bounds.$gt = value.range.gt;
      if (value.range.gte !== undefined) bounds.$gte = value.range.gte;
      if (value.range.lt !== undefined) bounds.$lt = value.range.lt;
      if (value.range.lte !== undefined) bounds.$lte = value.range.lte;
      query[field] = bounds;
    }
  }
  return query;
}

/** The declared sort, then `_id` (insertion order for ObjectIds) to break ties like SQLite's rowid. */
export function toMongoSort<F extends string>(spec: CollectionSpec<F>, options: FindOptions<F>): MongoSort {
  validateFindOptions(spec.fields, options);
  const sort: Record<string, 1 | -1> = {};
  for (const [field, direction] of options.sort ?? []) sort[field] = direction;
  sort._id = 1;
  return sort;
}
