/**
 * Implicit feedback as a users × items matrix in compressed sparse rows: the one input every
 * collaborative model here reads. Ids are mapped to dense indices once; models work on indices.
 */
import { drain } from '../linalg/steps';

/** One user's history, or any bag of weighted items, in a model's item index space. */
export interface SparseRow {
  readonly items: ArrayLike<number>;
  readonly values: ArrayLike<number>;
}

export interface InteractionMatrix {
  readonly userIds: readonly string[];
  readonly itemIds: readonly string[];
  /** Row u spans cols[rowPtr[u]] .. cols[rowPtr[u+1]-1], item indices ascending. */
  readonly rowPtr: Int32Array;
  readonly cols: Int32Array;
  readonly values: Float64Array;
}

export interface MatrixEntry {
  user: string;
  item: string;
  value: number;
}

/**
 * Builds the matrix; repeated (user, item) pairs are summed. `itemIds` fixes the item index (a
 * catalogue that includes items nobody touched yet); items met only in `entries` are appended.
 * Yields every few thousand entries (see linalg/steps).
 */
export function* buildMatrixSteps(
  entries: Iterable<MatrixEntry>,
  options: { itemIds?: readonly string[] } = {},
): Generator<void, InteractionMatrix> {
  const itemIndex = new Map<string, number>();
  const itemIds: string[] = [];
  for (const id of options.itemIds ?? []) {
    if (!itemIndex.has(id)) {
      itemIndex.set(id, itemIds.length);
      itemIds.push(id);
    }
  }
  const userIndex = new Map<string, number>();
  const userIds: string[] = [];
  const rows: Map<number, number>[] = [];
  let seen = 0;
  for (const { user, item, value } of entries) {
    let u = userIndex.get(user);
    if (u === undefined) {
      u = userIds.length;
      userIndex.set(user, u);
      userIds.push(user);
      rows.push(new Map());
    }
    let i = itemIndex.get(item);
    if (i === undefined) {
      i = itemIds.length;
      itemIndex.set(item, i);
      itemIds.push(item);
    }
    const row = rows[u] as Map<number, number>;
    row.set(i, (row.get(i) ?? 0) + value);
    if (++seen % 256 === 0) yield;
  }
  let nnz = 0;
  for (const row of rows) nnz += row.size;
  const rowPtr = new Int32Array(userIds.length + 1);
  const cols = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let at = 0;
  for (let u = 0; u < rows.length; u++) {
    const sorted = [...(rows[u] as Map<number, number>).entries()].sort((a, b) => a[0] - b[0]);
    for (const [i, v] of sorted) {
      cols[at] = i;
      values[at] = v;
      at++;
    }
    rowPtr[u + 1] = at;
    if (u % 32 === 31) yield;
  }
  return { userIds, itemIds, rowPtr, cols, values };
}

export function buildMatrix(
  entries: Iterable<MatrixEntry>,
  options: { itemIds?: readonly string[] } = {},
): InteractionMatrix {
  return drain(buildMatrixSteps(entries, options));
}

export function rowOf(m: InteractionMatrix, u: number): SparseRow {
  const start = m.rowPtr[u] as number;
  const end = m.rowPtr[u + 1] as number;
  return { items: m.cols.subarray(start, end), values: m.values.subarray(start, end) };
}

export function indexOf(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

/** Number of users that touched each item (the popularity count most baselines use). */
export function itemUserCounts(m: InteractionMatrix): Float64Array {
  const counts = new Float64Array(m.itemIds.length);
  for (const i of m.cols) counts[i] = (counts[i] as number) + 1;
  return counts;
}

/** The same matrix with every stored value replaced by `f(value)` (e.g. binarised). */
export function mapValues(m: InteractionMatrix, f: (value: number) => number): InteractionMatrix {
  return { ...m, values: m.values.map(f) };
}

/** Transposed index: for each item, the users that touched it and their values (CSC). */
export interface ItemColumns {
  readonly colPtr: Int32Array;
  readonly rows: Int32Array;
  readonly values: Float64Array;
}

export function itemColumns(m: InteractionMatrix): ItemColumns {
  const n = m.itemIds.length;
  const colPtr = new Int32Array(n + 1);
  for (const i of m.cols) colPtr[i + 1] = (colPtr[i + 1] as number) + 1;
  for (let i = 0; i < n; i++) colPtr[i + 1] = (colPtr[i + 1] as number) + (colPtr[i] as number);
  const next = colPtr.slice(0, n);
  const rows = new Int32Array(m.cols.length);
  const values = new Float64Array(m.cols.length);
  for (let u = 0; u < m.userIds.length; u++) {
    for (let p = m.rowPtr[u] as number; p < (m.rowPtr[u + 1] as number); p++) {
      const i = m.cols[p] as number;
      const at = next[i] as number;
      rows[at] = u;
      values[at] = m.values[p] as number;
      next[i] = at + 1;
    }
  }
  return { colPtr, rows, values };
}
