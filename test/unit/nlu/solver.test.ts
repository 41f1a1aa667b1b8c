import { fitTemperature, meanNll, softmaxInto } from '../../../src/nlu/calibration';
import { solveDualCd } from '../../../src/nlu/dual-cd';
import { LinearSvm } from '../../../src/nlu/linear-svm';
import { seededRandom } from '../../../src/nlu/random';
import type { SparseVector } from '../../../src/nlu/sparse';

const row = (entries: [number, number][]): SparseVector => ({
  indices: Int32Array.from(entries, (e) => e[0]),
  values: Float64Array.from(entries, (e) => e[1]),
});

/** Two separable clouds in 4 dimensions: class +1 leans on feature 0, class -1 on feature 1. */
function separable(n: number): { rows: SparseVector[]; y: Int8Array } {
  const random = seededRandom(5);
  const rows: SparseVector[] = [];
  const y = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const positive = i % 2 === 0;
    y[i] = positive ? 1 : -1;
    const noise = () => random() * 0.3;
    rows.push(
      row([
        [0, positive ? 1 + noise() : noise()],
        [1, positive ? noise() : 1 + noise()],
        [2, noise()],
        [3, noise()],
      ]),
    );
  }
  return { rows, y };
}

const margin = (r: SparseVector, w: Float64Array, bias: number) =>
  r.indices.reduce((sum, f, k) => sum + w[f]! * r.values[k]!, bias);

describe('dual coordinate descent SVM', () => {
  it('converges on a separable toy problem and separates it', () => {
    const { rows, y } = separable(200);
    const w = new Float64Array(4);
    const norms = Float64Array.from(rows, (r) => r.values.reduce((s, v) => s + v * v, 1));
    const result = solveDualCd(rows, y, new Float64Array(200).fill(1), norms, w, {
      tolerance: 1e-3,
      maxEpochs: 1000,
      seed: 1,
    });
    expect(result.violation).toBeLessThanOrEqual(1e-3);
    expect(result.epochs).toBeLessThan(1000);
    rows.forEach((r, i) => {
      expect(Math.sign(margin(r, w, result.bias))).toBe(y[i]);
    });
    expect(w[0]!).toBeGreaterThan(0);
    expect(w[1]!).toBeLessThan(0);
  });

  it('reaches the same optimum with a looser and a tighter tolerance (shrinking is safe)', () => {
    const { rows, y } = separable(100);
    const norms = Float64Array.from(rows, (r) => r.values.reduce((s, v) => s + v * v, 1));
    const solve = (tolerance: number) => {
      const w = new Float64Array(4);
      const { bias } = solveDualCd(rows, y, new Float64Array(100).fill(0.5), norms, w, {
        tolerance,
        maxEpochs: 5000,
        seed: 2,
      });
      return [...w, bias];
    };
    const tight = solve(1e-6);
    solve(1e-2).forEach((v, i) => {
      expect(v).toBeCloseTo(tight[i]!, 1);
    });
  });

  it('one-vs-rest: every class wins its own examples and survives a JSON round trip', () => {
    const rows = [
      row([[0, 1]]),
      row([[1, 1]]),
      row([[2, 1]]),
      row([
        [0, 0.9],
        [3, 0.1],
      ]),
    ];
    const labels = [0, 1, 2, 0];
    const svm = LinearSvm.train(rows, labels, ['a', 'b', 'c'], 4, {
      c: 1,
      maxEpochs: 200,
      tolerance: 0.01,
      seed: 3,
      balanced: true,
    });
    const restored = LinearSvm.fromJSON(svm.toJSON());
    rows.forEach((r, i) => {
      const margins = restored.decision(r);
      expect(margins.indexOf(Math.max(...margins))).toBe(labels[i]);
      svm.decision(r).forEach((m, c) => {
        expect(margins[c]).toBeCloseTo(m, 3);
      });
    });
  });
});

describe('temperature calibration', () => {
  it('softmax is monotone in the margins and sharpens with the temperature', () => {
    const margins = Float64Array.from([0.2, -0.5, 0.9]);
    const cool = softmaxInto(margins, 1, new Float64Array(3));
    const hot = softmaxInto(margins, 10, new Float64Array(3));
    expect(cool[2]!).toBeGreaterThan(cool[0]!);
    expect(cool[0]!).toBeGreaterThan(cool[1]!);
    expect(hot[2]!).toBeGreaterThan(cool[2]!);
    expect(cool.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('fits a higher temperature when the top margin is nearly always right', () => {
    const random = seededRandom(9);
    const samples = (rightRate: number) =>
      Array.from({ length: 400 }, () => {
        const margins = Float64Array.from([0.5, 0.1, -0.4]);
        return { margins, gold: random() < rightRate ? 0 : 1 };
      });
    const confident = fitTemperature(samples(0.98));
    const unsure = fitTemperature(samples(0.6));
    expect(confident).toBeGreaterThan(unsure);
    const data = samples(0.8);
    const fitted = fitTemperature(data);
    expect(meanNll(data, fitted)).toBeLessThanOrEqual(meanNll(data, fitted * 1.5) + 1e-9);
    expect(meanNll(data, fitted)).toBeLessThanOrEqual(meanNll(data, fitted / 1.5) + 1e-9);
  });
});
