import { Matrix } from 'ml-matrix';
import { RandomForestClassifier } from 'ml-random-forest';
import { Prng } from '../../../src/commerce/seed/prng';
import { applyCartSpeedups, cartSpeedupsApplied, removeCartSpeedups } from '../../../src/predict/forest/cart-speedups';
import { bestGiniSplit, classCounts, nodeData } from '../../../src/predict/forest/gini-split';
import { PropensityForest } from '../../../src/predict/forest/propensity-forest';
import { binValue, fitBins } from '../../../src/predict/forest/quantile-bins';
import { rocAuc } from '../../../src/predict/metrics';
import { PropensityModel } from '../../../src/predict/model/propensity-model';

/** Two informative features and one noise feature; label noise keeps probabilities away from 0/1. */
function dataset(n: number, seed: string) {
  const rng = new Prng(seed);
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = rng.next() * 10;
    const b = rng.int(0, 5);
    const noise = rng.next();
    rows.push([a, b, noise]);
    labels.push(a + b * 2 > 11 !== rng.chance(0.1) ? 1 : 0);
  }
  return { rows, labels };
}

interface Node {
  splitColumn?: number;
  gain?: number;
  left?: Node;
  right?: Node;
}
const rootOf = (forest: RandomForestClassifier) => (forest.estimators as unknown as { root: Node }[])[0]!.root;
const depthOf = (node: Node): number =>
  node.left && node.right ? 1 + Math.max(depthOf(node.left), depthOf(node.right)) : 0;

function oneTree(rows: number[][], labels: number[], maxDepth: number) {
  const forest = new RandomForestClassifier({
    nEstimators: 1,
    maxFeatures: 1.0,
    replacement: false,
    useSampleBagging: false,
    noOOB: true,
    seed: 3,
    treeOptions: { maxDepth, minNumSamples: 2, gainThreshold: 0 },
  });
  forest.train(rows, labels);
  return forest;
}

describe('ml-cart speedups', () => {
  afterAll(() => applyCartSpeedups());

  it('installs once and can be removed', () => {
    removeCartSpeedups();
    expect(cartSpeedupsApplied()).toBe(false);
    expect(applyCartSpeedups()).toBe(true);
    expect(applyCartSpeedups()).toBe(false);
    expect(cartSpeedupsApplied()).toBe(true);
  });

  it('finds the same root split as the original O(n²) search', () => {
    const { rows, labels } = dataset(300, 'root');
    const binned = rows.map((r) => [Math.round(r[0] as number), r[1] as number, Math.round((r[2] as number) * 5)]);
    removeCartSpeedups();
    const original = rootOf(oneTree(binned, labels, 1));
    applyCartSpeedups();
    const fast = rootOf(oneTree(binned, labels, 1));
    expect(fast.splitColumn).toBe(original.splitColumn);
    expect(fast.gain).toBeCloseTo(original.gain as number, 12);
  });

  it('caps thresholds per feature yet still finds a clean quantile split', () => {
    // 1300 distinct values, 64 candidates: one every 1300/65 = 20 rows, so the clean cut at 520 is one.
    const n = 1300;
    const data = nodeData(
      n,
      1,
      (r) => r + 0.5,
      Array.from({ length: n }, (_, i) => (i >= 520 ? 1 : 0)),
    );
    const rows = Uint32Array.from({ length: n }, (_, i) => i);
    expect(data.small[0]).toBe(false); // the sorted path, with more distinct values than candidates
    const split = bestGiniSplit(data, rows, classCounts(data, rows));
    expect(split?.gain).toBeCloseTo(2 * 0.4 * 0.6, 10); // the parent's whole impurity
    expect(split?.threshold).toBeCloseTo(520, 10);
  });

  it('honours an explicit depth (an undefined depth would build stumps in ml-cart)', () => {
    const { rows, labels } = dataset(400, 'depth');
    expect(depthOf(rootOf(oneTree(rows, labels, 1)))).toBe(1);
    const { forest } = PropensityForest.train(rows, labels, {
      nEstimators: 2,
      subForests: 2,
      minNumSamples: 2,
      seed: 1,
    });
    const json = forest.toJSON();
    expect(json.options.maxDepth).toBeGreaterThan(1);
    const deep = RandomForestClassifier.load(json.subForests[0]!);
    expect(depthOf(rootOf(deep))).toBeGreaterThan(1);
  });
});

describe('PropensityForest', () => {
  const train = dataset(1500, 'train');
  const test = dataset(500, 'test');

  it('learns, with soft votes giving graded probabilities', () => {
    const { forest } = PropensityForest.train(train.rows, train.labels, {
      nEstimators: 30,
      subForests: 30,
      minNumSamples: 10,
    });
    const p = forest.predictProba(test.rows);
    expect(rocAuc(p, test.labels)).toBeGreaterThan(0.85);
    expect(p.every((x) => x >= 0 && x <= 1)).toBe(true);
    // Averaged leaf distributions, not 30 hard votes: values between the multiples of 1/30 appear.
    expect(p.some((x) => Math.abs(x * 30 - Math.round(x * 30)) > 1e-6)).toBe(true);
  });

  it('samples rows at random, not the first n (ml-random-forest maxSamples takes the head)', () => {
    const sorted = train.rows.map((r, i) => ({ r, y: train.labels[i] as number })).sort((a, b) => a.y - b.y);
    const { forest } = PropensityForest.train(
      sorted.map((s) => s.r),
      sorted.map((s) => s.y),
      { nEstimators: 10, subForests: 10, sampleFraction: 0.5, minNumSamples: 10 },
    );
    // Had each tree seen only the first half (all negatives), every score would be 0.
    expect(Math.max(...forest.predictProba(test.rows))).toBeGreaterThan(0.5);
  });

  it('gives every tree every feature, since the library samples features once per tree', () => {
    const { forest } = PropensityForest.train(train.rows, train.labels, { nEstimators: 3, subForests: 3 });
    for (const sub of forest.toJSON().subForests)
      for (const cols of sub.baseModel.indexes) expect(cols).toHaveLength(3);
  });

  it('returns out-of-bag scores without the library OOB (which throws with few trees)', () => {
    const { oobScores } = PropensityForest.train(train.rows, train.labels, { nEstimators: 2, subForests: 2 });
    expect(oobScores).toHaveLength(train.rows.length);
    expect(oobScores.filter((s) => s !== undefined).length).toBeGreaterThan(train.rows.length / 3);
  });

  it('is deterministic for a seed', () => {
    const a = PropensityForest.train(train.rows, train.labels, { nEstimators: 5, subForests: 5, seed: 9 });
    const b = PropensityForest.train(train.rows, train.labels, { nEstimators: 5, subForests: 5, seed: 9 });
    expect(a.forest.predictProba(test.rows)).toEqual(b.forest.predictProba(test.rows));
  });

  it('round-trips through JSON and RandomForestClassifier.load with identical predictions', () => {
    const { forest } = PropensityForest.train(train.rows, train.labels, {
      nEstimators: 8,
      subForests: 4,
      minNumSamples: 5,
    });
    const model = new PropensityModel(forest, 0.4, 14, null, '2026-01-01T00:00:00.000Z', ['a', 'b', 'c']);
    const reloaded = PropensityModel.deserialize(model.serialize(), ['a', 'b', 'c']);
    expect(reloaded.predict(test.rows)).toEqual(model.predict(test.rows));
    expect(reloaded.threshold).toBe(0.4);
    // The library's own path works on the reloaded trees too: leaf distributions are matrices again.
    const sub = RandomForestClassifier.load(forest.toJSON().subForests[0]!);
    expect(sub.predict(new Matrix([[0, 0, 0]]))).toHaveLength(1);
    expect(() => PropensityModel.deserialize(model.serialize(), ['other'])).toThrow(/different features/);
  });
});

describe('quantile bins', () => {
  it('keeps every distinct value when there are few, and caps the rest', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [i % 3, i]);
    const [small, large] = fitBins(rows, 16);
    expect(small).toEqual([0.5, 1.5]);
    expect(large!.length).toBeLessThanOrEqual(15);
    expect(binValue(-5, large!)).toBe(0);
    expect(binValue(5000, large!)).toBe(large!.length);
  });
});
