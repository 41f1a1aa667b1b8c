/**
 * A random forest for a binary label, built from ml-random-forest with its known gaps closed:
 * - features are pre-binned into quantiles and ml-cart's split search is replaced (cart-speedups.ts);
 * - rows are subsampled here with a seeded PRNG, because ml-random-forest's `maxSamples` keeps the
 *   first n rows rather than a random sample: each sub-forest trains on its own random subsample;
 * - ml-random-forest samples features once per tree (not per split), so `maxFeatures` is a large share;
 * - probabilities are the average of the leaves' class distributions (soft votes), computed by walking
 *   the trees: the library's `predictProbability` counts hard votes and mis-seeds its `reduce`;
 * - out-of-bag scoring is off (it can throw with few trees) and the tree depth is always explicit.
 */
import { RandomForestClassifier } from 'ml-random-forest';
import { Prng } from '../../commerce/seed/prng';
import { applyCartSpeedups } from './cart-speedups';
import { type BinEdges, binRow, fitBins } from './quantile-bins';

export interface ForestOptions {
  /** Trees in total, spread over the sub-forests. */
  nEstimators: number;
  subForests: number;
  /** Share of the training rows each sub-forest draws (without replacement) before bootstrapping. */
  sampleFraction: number;
  /** Share of the features each tree sees (sampled once per tree by ml-random-forest). */
  maxFeatures: number;
  maxDepth: number;
  /** A node with this many rows or fewer becomes a leaf. */
  minNumSamples: number;
  maxBins: number;
  seed: number;
}

/**
 * Measured on Online Shoppers (docs/benchmarks-predict.md): every feature for every tree beats a
 * per-tree feature share (the library cannot sample per split, and a tree that misses the one strong
 * feature is just noise); half-size bootstrap samples and leaves of a few dozen rows smooth the
 * probabilities (better ROC-AUC) and halve training time.
 */
export const DEFAULT_FOREST_OPTIONS: ForestOptions = {
  nEstimators: 100,
  /** One tree per sub-forest: every tree gets its own bootstrap sample, as in Breiman's forest. */
  subForests: 100,
  sampleFraction: 0.5,
  maxFeatures: 1.0,
  maxDepth: 24,
  minNumSamples: 40,
  maxBins: 64,
  seed: 42,
};

/** ml-random-forest's serialised classifier (its typings do not export the name). */
export type ClassifierModel = ReturnType<RandomForestClassifier['toJSON']>;

export interface ForestJson {
  format: 'concierge-forest/1';
  options: ForestOptions;
  bins: BinEdges;
  subForests: ClassifierModel[];
}

interface TreeNode {
  splitColumn?: number;
  splitValue?: number;
  left?: TreeNode;
  right?: TreeNode;
  /** Leaf only: ml-matrix row vector of class shares (column 1 = positive), or a plain array once saved. */
  distribution?: { columns: number; get(row: number, column: number): number };
}

interface TreeView {
  root: TreeNode;
  columns: number[];
}

export class PropensityForest {
  private readonly trees: TreeView[];

  private constructor(
    readonly options: ForestOptions,
    private readonly bins: BinEdges,
    private readonly forests: RandomForestClassifier[],
  ) {
    this.trees = forests.flatMap((forest) => treesOf(forest));
  }

  /**
   * Trains on raw features. Each sub-forest draws its own seeded bootstrap sample (with replacement,
   * `sampleFraction` × n rows) and trains with the library's own bagging off, so the rows each tree saw
   * are known: `oobScores[i]` averages the trees that did not see row i (undefined if every tree did).
   */
  static train(
    rows: readonly (readonly number[])[],
    labels: readonly number[],
    options: Partial<ForestOptions> = {},
  ): { forest: PropensityForest; oobScores: (number | undefined)[] } {
    const opts: ForestOptions = { ...DEFAULT_FOREST_OPTIONS, ...options };
    if (rows.length !== labels.length) throw new RangeError('rows and labels differ in length');
    if (rows.length < 2) throw new RangeError('need at least two rows');
    if (labels.some((y) => y !== 0 && y !== 1)) throw new RangeError('labels must be 0 or 1');
    applyCartSpeedups();
    const bins = fitBins(rows, opts.maxBins);
    const binned = rows.map((row) => binRow(row, bins));
    const rng = new Prng(opts.seed);
    const forests: RandomForestClassifier[] = [];
    const oobSum = new Float64Array(rows.length);
    const oobCount = new Uint32Array(rows.length);
    const subForests = Math.max(1, Math.min(opts.subForests, opts.nEstimators));
    for (let k = 0; k < subForests; k++) {
      const trees = Math.floor(opts.nEstimators / subForests) + (k < opts.nEstimators % subForests ? 1 : 0);
      const take = Math.max(2, Math.round(rows.length * opts.sampleFraction));
      const inBag = new Uint8Array(rows.length);
      const picked = Array.from({ length: take }, () => {
        const i = rng.int(0, rows.length - 1);
        inBag[i] = 1;
        return i;
      });
      const forest = new RandomForestClassifier({
        nEstimators: trees,
        maxFeatures: opts.maxFeatures,
        replacement: false,
        useSampleBagging: false,
        noOOB: true,
        seed: rng.int(1, 2 ** 31 - 1),
        treeOptions: { maxDepth: opts.maxDepth, minNumSamples: opts.minNumSamples, gainThreshold: 0 },
      });
      forest.train(
        picked.map((i) => binned[i] as number[]),
        picked.map((i) => labels[i] as number),
      );
      forests.push(forest);
      const views = treesOf(forest);
      for (let i = 0; i < rows.length; i++) {
        if (inBag[i]) continue;
        for (const view of views) oobSum[i] = (oobSum[i] as number) + leafProbability(view, binned[i] as number[]);
        oobCount[i] = (oobCount[i] as number) + views.length;
      }
    }
    const oobScores = Array.from(oobSum, (sum, i) => (oobCount[i] ? sum / (oobCount[i] as number) : undefined));
    return { forest: new PropensityForest(opts, bins, forests), oobScores };
  }

  /** Probability of the positive class for each row (raw, unbinned features). */
  predictProba(rows: readonly (readonly number[])[]): number[] {
    return rows.map((row) => this.probability(binRow(row, this.bins)));
  }

  private probability(binned: number[]): number {
    let sum = 0;
    for (const tree of this.trees) sum += leafProbability(tree, binned);
    return this.trees.length === 0 ? 0 : sum / this.trees.length;
  }

  get treeCount(): number {
    return this.trees.length;
  }

  toJSON(): ForestJson {
    return {
      format: 'concierge-forest/1',
      options: this.options,
      bins: this.bins,
      subForests: this.forests.map((forest) => compact(forest.toJSON())),
    };
  }

  static fromJSON(json: ForestJson): PropensityForest {
    if (json.format !== 'concierge-forest/1') throw new RangeError(`unknown forest format ${String(json.format)}`);
    const forests = json.subForests.map((model) => RandomForestClassifier.load(model));
    return new PropensityForest(json.options, json.bins, forests);
  }
}

/** The positive-class share of the leaf this (binned) row falls into. */
function leafProbability(tree: TreeView, binned: readonly number[]): number {
  let node = tree.root;
  while (node.left && node.right) {
    const value = binned[tree.columns[node.splitColumn ?? 0] ?? 0] ?? 0;
    node = value < (node.splitValue ?? 0) ? node.left : node.right;
  }
  const dist = node.distribution;
  // A leaf that only saw negatives has a one-column distribution.
  return dist && dist.columns > 1 ? dist.get(0, 1) : 0;
}

function treesOf(forest: RandomForestClassifier): TreeView[] {
  const estimators = forest.estimators ?? [];
  const indexes = forest.indexes ?? [];
  return estimators.map((estimator, i) => ({
    // The typings stop at the estimator; its `root` is the TreeNode shape declared above.
    root: (estimator as unknown as { root: TreeNode }).root,
    columns: indexes[i] ?? [],
  }));
}

/**
 * ml-cart serialises each TreeNode with its training options repeated on every node; loading needs
 * only the split, the children and the leaf distribution. Dropping the rest makes the JSON ~4× smaller.
 */
const NODE_KEYS = new Set(['splitColumn', 'splitValue', 'gain', 'left', 'right', 'distribution']);

function compact(model: ClassifierModel): ClassifierModel {
  return JSON.parse(
    JSON.stringify(model, function replacer(this: Record<string, unknown>, key: string, value: unknown) {
      if (key !== '' && isTreeNodeHolder(this) && !NODE_KEYS.has(key)) return undefined;
      return value;
    }),
  ) as ClassifierModel;
}

/** True for an object that is a tree node (it has a split or a leaf distribution). */
function isTreeNodeHolder(obj: Record<string, unknown>): boolean {
  return 'gainFunction' in obj && 'kind' in obj && ('distribution' in obj || 'splitColumn' in obj);
}
