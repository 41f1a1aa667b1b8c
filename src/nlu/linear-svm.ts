/**
 * One-vs-rest linear SVM (squared hinge loss, L2 regularisation) trained by dual coordinate descent,
 * the LIBLINEAR algorithm (Hsieh et al., 2008). On sparse TF-IDF rows it converges in a few passes and
 * needs no learning rate. Weights live in Float64Arrays; the bias is an extra always-1 feature.
 */
import { seededRandom, shuffleInPlace } from './random';
import { dotDense, type SparseVector, squaredNorm } from './sparse';

export interface SvmOptions {
  /** Inverse regularisation strength; larger fits the training data more tightly. */
  c: number;
  maxEpochs: number;
  /** Stop when the projected-gradient spread falls below this. */
  tolerance: number;
  seed: number;
  /** Scale each example's C by n / (classes × its class size), so a two-example intent is not
   *  swamped by a fifty-example one (scikit-learn's class_weight="balanced"). */
  balanced: boolean;
}

export const DEFAULT_SVM: SvmOptions = { c: 1, maxEpochs: 50, tolerance: 0.1, seed: 7, balanced: true };

/** Sparse weights for storage: most features never appear in a class's support vectors. */
export interface SvmJSON {
  classes: string[];
  dimension: number;
  weights: { indices: number[]; values: number[]; bias: number }[];
}

export class LinearSvm {
  private constructor(
    readonly classes: string[],
    private readonly weights: Float64Array[],
    private readonly biases: Float64Array,
  ) {}

  static train(
    rows: SparseVector[],
    labels: number[],
    classes: string[],
    dimension: number,
    options: SvmOptions = DEFAULT_SVM,
    onClassDone?: (done: number, total: number) => void,
  ): LinearSvm {
    const norms = Float64Array.from(rows, (r) => squaredNorm(r) + 1);
    const weights: Float64Array[] = [];
    const biases = new Float64Array(classes.length);
    const classSizes = new Float64Array(classes.length);
    for (const label of labels) classSizes[label]!++;
    const costs = Float64Array.from(labels, (label) =>
      options.balanced ? (options.c * labels.length) / (classes.length * classSizes[label]!) : options.c,
    );
    for (let c = 0; c < classes.length; c++) {
      const w = new Float64Array(dimension);
      biases[c] = trainBinary(rows, labels, c, norms, costs, w, options);
      weights.push(w);
      onClassDone?.(c + 1, classes.length);
    }
    return new LinearSvm(classes, weights, biases);
  }

  static fromJSON(json: SvmJSON): LinearSvm {
    const biases = new Float64Array(json.classes.length);
    const weights = json.weights.map((entry, c) => {
      const w = new Float64Array(json.dimension);
      entry.indices.forEach((index, k) => {
        w[index] = entry.values[k]!;
      });
      biases[c] = entry.bias;
      return w;
    });
    return new LinearSvm(json.classes, weights, biases);
  }

  toJSON(): SvmJSON {
    const round = (v: number) => Math.round(v * 1e5) / 1e5;
    return {
      classes: this.classes,
      dimension: this.weights[0]?.length ?? 0,
      weights: this.weights.map((w, c) => {
        const indices: number[] = [];
        const values: number[] = [];
        w.forEach((v, i) => {
          const r = round(v);
          if (r !== 0) {
            indices.push(i);
            values.push(r);
          }
        });
        return { indices, values, bias: round(this.biases[c]!) };
      }),
    };
  }

  /** Raw margins, one per class, in `classes` order. */
  decision(row: SparseVector): Float64Array {
    const out = new Float64Array(this.classes.length);
    for (let c = 0; c < this.classes.length; c++) out[c] = dotDense(row, this.weights[c]!) + this.biases[c]!;
    return out;
  }
}

/** Trains the class-vs-rest separator into `w`; returns the bias. */
function trainBinary(
  rows: SparseVector[],
  labels: number[],
  positive: number,
  norms: Float64Array,
  costs: Float64Array,
  w: Float64Array,
  options: SvmOptions,
): number {
  const n = rows.length;
  const diagonals = Float64Array.from(costs, (c) => 1 / (2 * c));
  const alpha = new Float64Array(n);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(options.seed + positive);
  let bias = 0;
  for (let epoch = 0; epoch < options.maxEpochs; epoch++) {
    shuffleInPlace(order, random);
    let maxPg = Number.NEGATIVE_INFINITY;
    let minPg = Number.POSITIVE_INFINITY;
    for (const i of order) {
      const row = rows[i]!;
      const y = labels[i] === positive ? 1 : -1;
      const a = alpha[i]!;
      const diagonal = diagonals[i]!;
      const gradient = y * (dotDense(row, w) + bias) - 1 + diagonal * a;
      const projected = a === 0 ? Math.min(gradient, 0) : gradient;
      if (projected > maxPg) maxPg = projected;
      if (projected < minPg) minPg = projected;
      if (Math.abs(projected) < 1e-12) continue;
      const next = Math.max(a - gradient / (norms[i]! + diagonal), 0);
      const step = (next - a) * y;
      alpha[i] = next;
      const { indices, values } = row;
      for (let k = 0; k < indices.length; k++) w[indices[k]!]! += step * values[k]!;
      bias += step;
    }
    if (maxPg - minPg < options.tolerance) break;
  }
  return bias;
}
