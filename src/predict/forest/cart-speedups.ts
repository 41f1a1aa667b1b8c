/**
 * A faster best-split search for ml-cart's classification trees (used by ml-random-forest).
 *
 * ml-cart 2.x proposes a threshold between every pair of sorted neighbours whose labels differ (ties
 * included) and re-splits the whole node for each one, so a node costs O(n²) per feature: one tree on
 * 10k rows takes over a minute. ml-cart does not export its TreeNode class, so the replacement is
 * installed on the prototype reached through a trained tree's `root`. The new `bestSplit` computes the
 * same Gini gain (parent impurity minus weighted child impurity, as ml-cart defines it) in one sorted
 * sweep per feature, over at most MAX_CANDIDATES quantile-spaced thresholds. Regression trees keep the
 * original search. Installing twice is a no-op.
 */
import { RandomForestClassifier } from 'ml-random-forest';

/** Thresholds tried per feature per node at most; pre-binned features have fewer distinct values. */
export const MAX_CANDIDATES = 64;
/** Non-negative integer features below this bound are counted in a histogram instead of sorted. */
const HISTOGRAM_LIMIT = 4096;

interface MatrixRows {
  rows: number;
  getRow(index: number): number[];
}

interface SplitChoice {
  maxGain: number;
  maxColumn: number | undefined;
  maxValue: number | undefined;
  numberSamples: number | undefined;
}

interface CartNode {
  kind: string;
  gainFunction: string;
  bestSplit(xTranspose: MatrixRows, y: number[]): SplitChoice;
}

const PATCHED = Symbol.for('concierge.cartSpeedups');

type PatchablePrototype = CartNode & { [PATCHED]?: (xTranspose: MatrixRows, y: number[]) => SplitChoice };

/** The TreeNode prototype, reached through a throwaway one-tree forest. */
function treeNodePrototype(): PatchablePrototype {
  const probe = new RandomForestClassifier({
    nEstimators: 1,
    maxFeatures: 1.0,
    replacement: false,
    useSampleBagging: false,
    noOOB: true,
    seed: 1,
    treeOptions: { maxDepth: 1, minNumSamples: 1 },
  });
  probe.train(
    [
      [0, 1],
      [1, 0],
      [0, 0],
      [1, 1],
    ],
    [0, 1, 0, 1],
  );
  // The typings describe estimators but not their tree nodes; `root` is a TreeNode instance.
  const root = (probe.estimators?.[0] as unknown as { root?: object } | undefined)?.root;
  if (!root) throw new Error('ml-cart tree has no root; the library layout changed');
  return Object.getPrototypeOf(root) as PatchablePrototype;
}

/** Installs the fast split search once per process. Returns true when this call installed it. */
export function applyCartSpeedups(): boolean {
  const proto = treeNodePrototype();
  if (proto[PATCHED]) return false;
  const original = proto.bestSplit;
  proto[PATCHED] = original;
  proto.bestSplit = function bestSplit(this: CartNode, xTranspose: MatrixRows, y: number[]): SplitChoice {
    if (this.kind !== 'classifier' || this.gainFunction !== 'gini') return original.call(this, xTranspose, y);
    return giniBestSplit(xTranspose, y);
  };
  return true;
}

export function cartSpeedupsApplied(): boolean {
  return Boolean(treeNodePrototype()[PATCHED]);
}

/** Distinct values of one feature in ascending order, with class counts per value. */
interface Grouped {
  values: number[];
  /** values.length × classes, row-major. */
  counts: Float64Array;
}

export function giniBestSplit(xTranspose: MatrixRows, y: number[]): SplitChoice {
  const n = y.length;
  let classes = 0;
  for (const label of y) if (label + 1 > classes) classes = label + 1;
  const total = new Float64Array(classes);
  for (const label of y) total[label] = (total[label] ?? 0) + 1;
  const parentGini = gini(total, n);
  const best: SplitChoice = { maxGain: -Infinity, maxColumn: undefined, maxValue: undefined, numberSamples: undefined };
  const left = new Float64Array(classes);
  for (let column = 0; column < xTranspose.rows; column++) {
    const x = xTranspose.getRow(column);
    const grouped = groupByValue(x, y, classes);
    const boundaries = grouped.values.length - 1;
    if (boundaries < 1) continue;
    const step = boundaries > MAX_CANDIDATES ? n / (MAX_CANDIDATES + 1) : 0;
    left.fill(0);
    let leftN = 0;
    let nextMark = step;
    for (let b = 0; b < boundaries; b++) {
      for (let c = 0; c < classes; c++) {
        const k = grouped.counts[b * classes + c] as number;
        left[c] = (left[c] as number) + k;
        leftN += k;
      }
      // Too many distinct values: only try the boundaries that cross the next quantile mark.
      if (step > 0) {
        if (leftN < nextMark) continue;
        while (nextMark <= leftN) nextMark += step;
      }
      const rightN = n - leftN;
      let rightImpurity = 1;
      let leftImpurity = 1;
      for (let c = 0; c < classes; c++) {
        const l = left[c] as number;
        const r = (total[c] as number) - l;
        leftImpurity -= (l / leftN) * (l / leftN);
        rightImpurity -= (r / rightN) * (r / rightN);
      }
      const gain = parentGini - (leftImpurity * leftN) / n - (rightImpurity * rightN) / n;
      if (gain > best.maxGain) {
        best.maxGain = gain;
        best.maxColumn = column;
        best.maxValue = ((grouped.values[b] as number) + (grouped.values[b + 1] as number)) / 2;
        best.numberSamples = n;
      }
    }
  }
  // Every feature constant here: report a zero-gain split that sends everything right, so ml-cart
  // makes this node a leaf instead of indexing an undefined column.
  if (best.maxColumn === undefined) return { maxGain: 0, maxColumn: 0, maxValue: -Infinity, numberSamples: n };
  return best;
}

function gini(counts: Float64Array, n: number): number {
  let sum = 0;
  for (const k of counts) sum += (k / n) * (k / n);
  return 1 - sum;
}

function groupByValue(x: number[], y: number[], classes: number): Grouped {
  let small = true;
  let max = 0;
  for (const v of x) {
    if (!(v >= 0 && v < HISTOGRAM_LIMIT && Number.isInteger(v))) {
      small = false;
      break;
    }
    if (v > max) max = v;
  }
  return small ? histogramGroups(x, y, classes, max) : sortedGroups(x, y, classes);
}

function histogramGroups(x: number[], y: number[], classes: number, max: number): Grouped {
  const hist = new Float64Array((max + 1) * classes);
  for (let i = 0; i < x.length; i++) {
    const at = (x[i] as number) * classes + (y[i] as number);
    hist[at] = (hist[at] as number) + 1;
  }
  const values: number[] = [];
  const rows: number[] = [];
  for (let v = 0; v <= max; v++) {
    let present = false;
    for (let c = 0; c < classes; c++) if ((hist[v * classes + c] as number) > 0) present = true;
    if (present) {
      values.push(v);
      rows.push(v);
    }
  }
  const counts = new Float64Array(values.length * classes);
  rows.forEach((v, i) => {
    counts.set(hist.subarray(v * classes, (v + 1) * classes), i * classes);
  });
  return { values, counts };
}

function sortedGroups(x: number[], y: number[], classes: number): Grouped {
  const order = Array.from(x.keys()).sort((a, b) => (x[a] as number) - (x[b] as number));
  const values: number[] = [];
  const counts: number[] = [];
  for (const i of order) {
    const v = x[i] as number;
    if (values.length === 0 || v !== values.at(-1)) {
      values.push(v);
      for (let c = 0; c < classes; c++) counts.push(0);
    }
    const at = (values.length - 1) * classes + (y[i] as number);
    counts[at] = (counts[at] as number) + 1;
  }
  return { values, counts: Float64Array.from(counts) };
}
