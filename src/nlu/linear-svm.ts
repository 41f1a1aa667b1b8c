/**
 * One-vs-rest linear SVM (squared hinge loss, L2 regularisation), each class solved by dual
 * coordinate descent with shrinking (`dual-cd.ts`, LIBLINEAR's algorithm). No learning rate, and it
 * converges in a few passes on sparse TF-IDF rows.
 *
 * Trained weights are stored feature-major (`weights[feature * classes + class]`, Float32): scoring
 * a message then walks its few non-zero features once and adds a contiguous run of per-class
 * weights for each, instead of one pass over the message per class.
 */
import { solveDualCd } from './dual-cd';
import type { SparseVector } from './sparse';

export interface SvmOptions {
  /** Inverse regularisation strength; larger fits the training data more tightly. */
  c: number;
  maxEpochs: number;
  /** Stop when the projected-gradient spread falls below this (LIBLINEAR's eps, 0.1 by default). */
  tolerance: number;
  seed: number;
  /** Scale each example's C by n / (classes × its class size), so a two-example intent is not
   *  swamped by a fifty-example one (scikit-learn's class_weight="balanced"). */
  balanced: boolean;
}

/**
 * C = 3, chosen by 5-fold cross-validation of our corpus (C = 1 / 2 / 3 / 5, en: 0.915 / 0.925 /
 * 0.927 / 0.928, zh: 0.918 / 0.924 / 0.924 / 0.924; the same shape on a second seed), where it levels
 * off, and confirmed on the held-out sets (accuracy en 0.885 → 0.900, zh 0.857 → 0.859). On the
 * external benchmarks it is neutral: CLINC150 in-scope −0.06 points with +1.6 out-of-scope recall,
 * Banking77 −0.2, Braun unchanged.
 */
export const DEFAULT_SVM: SvmOptions = { c: 3, maxEpochs: 200, tolerance: 0.1, seed: 7, balanced: true };

/**
 * Stored weights: the feature-major matrix quantised to 16-bit integers, one scale per class
 * (weight = q × scale), base64-encoded. A class's largest weight maps to ±32767, so the rounding
 * error is under 1/65534 of it — far below what moves a margin — and the file is a third of
 * what per-class JSON number lists took.
 */
export interface SvmJSON {
  classes: string[];
  dimension: number;
  biases: number[];
  scales: number[];
  /** base64 of a little-endian Int16Array, feature-major like the in-memory weights. */
  quantised: string;
}

export class LinearSvm {
  private constructor(
    readonly classes: string[],
    readonly dimension: number,
    /** Feature-major: weights[f * classes.length + c]. */
    private readonly weights: Float32Array,
    private readonly biases: Float64Array,
  ) {}

  static train(
    rows: SparseVector[],
    labels: number[],
    classes: string[],
    dimension: number,
    options: SvmOptions,
    onClassDone?: (done: number, total: number) => void,
  ): LinearSvm {
    const k = classes.length;
    const norms = Float64Array.from(rows, (r) => {
      let sum = 1;
      for (const v of r.values) sum += v * v;
      return sum;
    });
    const classSizes = new Float64Array(k);
    for (const label of labels) classSizes[label]!++;
    const costs = Float64Array.from(labels, (label) =>
      options.balanced ? (options.c * labels.length) / (k * classSizes[label]!) : options.c,
    );
    const weights = new Float32Array(dimension * k);
    const biases = new Float64Array(k);
    const w = new Float64Array(dimension);
    const y = new Int8Array(rows.length);
    for (let c = 0; c < k; c++) {
      w.fill(0);
      for (let i = 0; i < labels.length; i++) y[i] = labels[i] === c ? 1 : -1;
      const { bias } = solveDualCd(rows, y, costs, norms, w, {
        tolerance: options.tolerance,
        maxEpochs: options.maxEpochs,
        seed: options.seed + c,
      });
      biases[c] = bias;
      for (let f = 0; f < dimension; f++) weights[f * k + c] = w[f]!;
      onClassDone?.(c + 1, k);
    }
    return new LinearSvm(classes, dimension, weights, biases);
  }

  static fromJSON(json: SvmJSON): LinearSvm {
    const k = json.classes.length;
    const bytes = Buffer.from(json.quantised, 'base64');
    if (bytes.length !== json.dimension * k * 2) throw new Error('SVM weights do not match the dimension');
    const quantised = new Int16Array(json.dimension * k);
    new Uint8Array(quantised.buffer).set(bytes);
    const weights = new Float32Array(quantised.length);
    for (let j = 0; j < quantised.length; j++) weights[j] = quantised[j]! * json.scales[j % k]!;
    return new LinearSvm(json.classes, json.dimension, weights, Float64Array.from(json.biases));
  }

  toJSON(): SvmJSON {
    const k = this.classes.length;
    const largest = new Float64Array(k);
    for (let j = 0; j < this.weights.length; j++) {
      const c = j % k;
      largest[c] = Math.max(largest[c]!, Math.abs(this.weights[j]!));
    }
    const scales = Array.from(largest, (m) => (m === 0 ? 1 : m / 32767));
    const quantised = new Int16Array(this.weights.length);
    for (let j = 0; j < quantised.length; j++) quantised[j] = Math.round(this.weights[j]! / scales[j % k]!);
    return {
      classes: this.classes,
      dimension: this.dimension,
      biases: Array.from(this.biases),
      scales,
      quantised: Buffer.from(quantised.buffer, quantised.byteOffset, quantised.byteLength).toString('base64'),
    };
  }

  /** Raw margins, one per class in `classes` order, written into `out` (reused across calls). */
  decision(row: SparseVector, out = new Float64Array(this.classes.length)): Float64Array {
    const k = this.classes.length;
    out.set(this.biases);
    const { indices, values } = row;
    for (let j = 0; j < indices.length; j++) {
      const v = values[j]!;
      const base = indices[j]! * k;
      for (let c = 0; c < k; c++) out[c]! += v * this.weights[base + c]!;
    }
    return out;
  }
}
