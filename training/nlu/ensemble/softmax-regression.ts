/**
 * Multinomial logistic regression (one softmax over all classes, L2-regularised) trained by SGD on
 * the same TF-IDF rows. Unlike one-vs-rest SVMs it learns the classes jointly and optimises
 * log-likelihood, so its probabilities and mistakes differ from the SVM's — the point of having it
 * in an ensemble. Seeded shuffling keeps training repeatable.
 */
import { seededRandom, shuffleInPlace } from '../../../src/nlu/random';
import type { SparseVector } from '../../../src/nlu/sparse';

export interface SoftmaxOptions {
  epochs: number;
  /** Initial step; decays as 1 / (1 + t / n). */
  learningRate: number;
  /** L2 penalty per example. */
  lambda: number;
  seed: number;
}

export const DEFAULT_SOFTMAX: SoftmaxOptions = { epochs: 15, learningRate: 2, lambda: 2e-6, seed: 11 };

export class SoftmaxRegression {
  private constructor(
    readonly classes: string[],
    readonly dimension: number,
    /** Feature-major: weights[f * classes.length + c]. */
    readonly weights: Float32Array,
    readonly biases: Float64Array,
  ) {}

  static train(
    rows: SparseVector[],
    labels: number[],
    classes: string[],
    dimension: number,
    options: SoftmaxOptions,
  ): SoftmaxRegression {
    const k = classes.length;
    const n = rows.length;
    // w = scale × v: the L2 shrink of every weight is one multiplication of `scale` per step.
    const v = new Float64Array(dimension * k);
    const bias = new Float64Array(k);
    let scale = 1;
    const p = new Float64Array(k);
    const order = Int32Array.from({ length: n }, (_, i) => i);
    const random = seededRandom(options.seed);
    let t = 0;
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      shuffleInPlace(order, random);
      for (const i of order) {
        const { indices, values } = rows[i]!;
        const lr = options.learningRate / (1 + t / n);
        t++;
        p.set(bias);
        for (let j = 0; j < indices.length; j++) {
          const x = values[j]! * scale;
          const base = indices[j]! * k;
          for (let c = 0; c < k; c++) p[c]! += x * v[base + c]!;
        }
        let max = Number.NEGATIVE_INFINITY;
        for (let c = 0; c < k; c++) if (p[c]! > max) max = p[c]!;
        let sum = 0;
        for (let c = 0; c < k; c++) {
          p[c] = Math.exp(p[c]! - max);
          sum += p[c]!;
        }
        for (let c = 0; c < k; c++) p[c] = p[c]! / sum - (c === labels[i] ? 1 : 0);
        scale *= 1 - lr * options.lambda;
        const step = lr / scale;
        for (let j = 0; j < indices.length; j++) {
          const x = values[j]! * step;
          const base = indices[j]! * k;
          // For one example most classes' gradients are ~0; skipping them avoids most of the writes.
          for (let c = 0; c < k; c++) if (Math.abs(p[c]!) > 1e-4) v[base + c]! -= x * p[c]!;
        }
        for (let c = 0; c < k; c++) bias[c]! -= lr * p[c]!;
      }
    }
    const weights = Float32Array.from(v, (x) => x * scale);
    return new SoftmaxRegression(classes, dimension, weights, bias);
  }

  /** Log-odds per class (before softmax); larger is more likely. */
  decision(row: SparseVector, out = new Float64Array(this.classes.length)): Float64Array {
    const k = this.classes.length;
    out.set(this.biases);
    for (let j = 0; j < row.indices.length; j++) {
      const x = row.values[j]!;
      const base = row.indices[j]! * k;
      for (let c = 0; c < k; c++) out[c]! += x * this.weights[base + c]!;
    }
    return out;
  }
}
