/**
 * A faster tree builder for ml-cart's classification trees (which ml-random-forest trains).
 *
 * ml-cart 2.x proposes a threshold between every pair of sorted neighbours whose labels differ (ties
 * included) and re-splits the whole node for each one, so a node costs O(n²) per feature (one tree on
 * 10k rows takes over a minute); it also copies the node's rows into new matrices at every level. The
 * replacement `train` grows the same kind of tree — same node fields, same stopping rules (min samples,
 * max depth, gain threshold, "gain equals the parent's"), leaves with ml-matrix class distributions —
 * over index arrays, with the split search in gini-split.ts. So ml-cart's own `classify`, `toJSON` and
 * `load` keep working on the result.
 *
 * ml-cart does not export its TreeNode class; the prototype is reached through a trained tree's `root`.
 * Regression trees keep the original code. Installing twice is a no-op.
 */
import { Matrix } from 'ml-matrix';
import { RandomForestClassifier } from 'ml-random-forest';
import { bestGiniSplit, classCounts, type NodeData, nodeData } from './gini-split';

/** The parts of ml-cart's TreeNode this file reads or writes. */
interface CartNode {
  kind: string;
  gainFunction: string;
  minNumSamples: number;
  maxDepth: number;
  gainThreshold: number;
  splitValue?: number;
  splitColumn?: number;
  gain?: number;
  numberSamples?: number;
  left?: CartNode;
  right?: CartNode;
  distribution?: Matrix;
  train(x: MatrixLike, y: number[], depth: number, parentGain: number | null | undefined): void;
}

interface MatrixLike {
  rows: number;
  columns: number;
  get(row: number, column: number): number;
}

const ORIGINAL = Symbol.for('concierge.cartSpeedups.originalTrain');
type Prototype = CartNode & { [ORIGINAL]?: CartNode['train']; constructor: new (options: CartNode) => CartNode };

function treeNodePrototype(): Prototype {
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
  // The typings stop at the estimator; its `root` is a TreeNode instance.
  const root = (probe.estimators?.[0] as unknown as { root?: object } | undefined)?.root;
  if (!root) throw new Error('ml-cart tree has no root; the library layout changed');
  return Object.getPrototypeOf(root) as Prototype;
}

/** Installs the fast builder once per process. Returns true when this call installed it. */
export function applyCartSpeedups(): boolean {
  const proto = treeNodePrototype();
  if (proto[ORIGINAL]) return false;
  const original = proto.train;
  proto[ORIGINAL] = original;
  proto.train = function train(this: CartNode, x, y, depth, parentGain) {
    if (this.kind !== 'classifier' || this.gainFunction !== 'gini') {
      original.call(this, x, y, depth, parentGain);
      return;
    }
    const data = nodeData(x.rows, x.columns, (r, c) => x.get(r, c), y);
    const rows = Uint32Array.from({ length: x.rows }, (_, i) => i);
    grow(this, data, rows, depth, parentGain ?? null);
  };
  return true;
}

export function cartSpeedupsApplied(): boolean {
  return Boolean(treeNodePrototype()[ORIGINAL]);
}

/** Removes the fast builder (tests compare both builders). */
export function removeCartSpeedups(): void {
  const proto = treeNodePrototype();
  const original = proto[ORIGINAL];
  if (!original) return;
  proto.train = original;
  delete proto[ORIGINAL];
}

function grow(node: CartNode, data: NodeData, rows: Uint32Array, depth: number, parentGain: number | null): void {
  const total = classCounts(data, rows);
  if (rows.length <= node.minNumSamples) {
    makeLeaf(node, total, rows.length);
    return;
  }
  const split = bestGiniSplit(data, rows, total);
  if (!split) {
    makeLeaf(node, total, rows.length);
    return;
  }
  node.splitValue = split.threshold;
  node.splitColumn = split.column;
  node.gain = split.gain;
  node.numberSamples = rows.length;
  const x = data.columns[split.column] as Float64Array;
  const lesser = rows.filter((r) => (x[r] as number) < split.threshold);
  const greater = rows.filter((r) => !((x[r] as number) < split.threshold));
  const gainThreshold = node.gainThreshold || 0;
  if (
    depth < node.maxDepth &&
    split.gain > gainThreshold &&
    split.gain !== parentGain &&
    lesser.length > 0 &&
    greater.length > 0
  ) {
    const Node = (node as Prototype).constructor;
    node.left = new Node(node);
    node.right = new Node(node);
    grow(node.left, data, lesser, depth + 1, split.gain);
    grow(node.right, data, greater, depth + 1, split.gain);
  } else {
    makeLeaf(node, total, rows.length);
  }
}

/** As ml-cart: class shares up to the largest class present in this leaf. */
function makeLeaf(node: CartNode, total: Float64Array, n: number): void {
  let width = 0;
  total.forEach((count, c) => {
    if (count > 0) width = c + 1;
  });
  node.distribution = Matrix.rowVector(Array.from(total.subarray(0, width), (count) => count / n));
}
