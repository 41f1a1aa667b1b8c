/**
 * Best Gini split of one tree node over row indexes into column arrays: one histogram (or sorted) pass
 * per feature instead of ml-cart's full re-split per candidate threshold. Gain is defined as ml-cart
 * defines it — parent impurity minus the size-weighted impurity of the two sides — so its stopping
 * rules (gain threshold, "same gain as the parent") keep their meaning.
 */

/** Thresholds tried per feature per node at most; pre-binned features have fewer distinct values. */
export const MAX_CANDIDATES = 64;
/** Non-negative integer features up to this value are counted in a histogram instead of sorted. */
export const HISTOGRAM_LIMIT = 4096;

export interface NodeData {
  /** Column-major features. */
  columns: Float64Array[];
  /** Per column: true when every value is an integer in [0, HISTOGRAM_LIMIT]. */
  small: boolean[];
  /** Per column: its largest value (used to size histograms). */
  maxValue: number[];
  labels: Int32Array;
  classes: number;
}

export interface Split {
  gain: number;
  column: number;
  threshold: number;
}

export function classCounts(data: NodeData, rows: Uint32Array): Float64Array {
  const counts = new Float64Array(data.classes);
  for (const r of rows) counts[data.labels[r] as number] = (counts[data.labels[r] as number] as number) + 1;
  return counts;
}

export function giniOf(counts: Float64Array, n: number): number {
  let sum = 0;
  for (const k of counts) sum += (k / n) * (k / n);
  return 1 - sum;
}

/** The best split, or undefined when every feature is constant on these rows. */
export function bestGiniSplit(data: NodeData, rows: Uint32Array, total: Float64Array): Split | undefined {
  const n = rows.length;
  const parent = giniOf(total, n);
  const k = data.classes;
  const left = new Float64Array(k);
  let best: Split | undefined;
  for (let column = 0; column < data.columns.length; column++) {
    const { values, counts } = data.small[column] ? histogram(data, column, rows) : sorted(data, column, rows);
    const boundaries = values.length - 1;
    if (boundaries < 1) continue;
    // Too many distinct values: only try the boundaries that cross the next of MAX_CANDIDATES quantiles.
    const step = boundaries > MAX_CANDIDATES ? n / (MAX_CANDIDATES + 1) : 0;
    let nextMark = step;
    left.fill(0);
    let leftN = 0;
    for (let b = 0; b < boundaries; b++) {
      for (let c = 0; c < k; c++) {
        const add = counts[b * k + c] as number;
        left[c] = (left[c] as number) + add;
        leftN += add;
      }
      if (step > 0) {
        if (leftN < nextMark) continue;
        while (nextMark <= leftN) nextMark += step;
      }
      const rightN = n - leftN;
      let leftImpurity = 1;
      let rightImpurity = 1;
      for (let c = 0; c < k; c++) {
        const l = left[c] as number;
        const r = (total[c] as number) - l;
        leftImpurity -= (l / leftN) * (l / leftN);
        rightImpurity -= (r / rightN) * (r / rightN);
      }
      const gain = parent - (leftImpurity * leftN) / n - (rightImpurity * rightN) / n;
      if (best === undefined || gain > best.gain) {
        best = { gain, column, threshold: ((values[b] as number) + (values[b + 1] as number)) / 2 };
      }
    }
  }
  return best;
}

interface Groups {
  /** Distinct values present, ascending. */
  values: number[];
  /** values.length × classes, row-major. */
  counts: Float64Array;
}

function histogram(data: NodeData, column: number, rows: Uint32Array): Groups {
  const k = data.classes;
  const x = data.columns[column] as Float64Array;
  const hist = new Float64Array(((data.maxValue[column] as number) + 1) * k);
  for (const r of rows) {
    const at = (x[r] as number) * k + (data.labels[r] as number);
    hist[at] = (hist[at] as number) + 1;
  }
  const values: number[] = [];
  const counts: number[] = [];
  const bins = hist.length / k;
  for (let v = 0; v < bins; v++) {
    let present = 0;
    for (let c = 0; c < k; c++) present += hist[v * k + c] as number;
    if (present === 0) continue;
    values.push(v);
    for (let c = 0; c < k; c++) counts.push(hist[v * k + c] as number);
  }
  return { values, counts: Float64Array.from(counts) };
}

function sorted(data: NodeData, column: number, rows: Uint32Array): Groups {
  const k = data.classes;
  const x = data.columns[column] as Float64Array;
  const order = Array.from(rows).sort((a, b) => (x[a] as number) - (x[b] as number));
  const values: number[] = [];
  const counts: number[] = [];
  for (const r of order) {
    const v = x[r] as number;
    if (values.length === 0 || v !== values.at(-1)) {
      values.push(v);
      for (let c = 0; c < k; c++) counts.push(0);
    }
    const at = (values.length - 1) * k + (data.labels[r] as number);
    counts[at] = (counts[at] as number) + 1;
  }
  return { values, counts: Float64Array.from(counts) };
}

/** Column-major copy of a row-accessible matrix, with the per-column facts the split search needs. */
export function nodeData(
  rowCount: number,
  columnCount: number,
  get: (row: number, column: number) => number,
  labels: ArrayLike<number>,
): NodeData {
  const columns: Float64Array[] = [];
  const small: boolean[] = [];
  const maxValue: number[] = [];
  for (let c = 0; c < columnCount; c++) {
    const col = new Float64Array(rowCount);
    let isSmall = true;
    let max = 0;
    for (let r = 0; r < rowCount; r++) {
      const v = get(r, c);
      col[r] = v;
      if (!(v >= 0 && v <= HISTOGRAM_LIMIT && Number.isInteger(v))) isSmall = false;
      else if (v > max) max = v;
    }
    columns.push(col);
    small.push(isSmall);
    maxValue.push(max);
  }
  const ints = Int32Array.from(labels);
  let classes = 0;
  for (const y of ints) {
    if (y < 0) throw new RangeError('class labels must be non-negative integers');
    if (y + 1 > classes) classes = y + 1;
  }
  return { columns, small, maxValue, labels: ints, classes };
}
