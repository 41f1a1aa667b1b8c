/**
 * Complement Naive Bayes (Rennie et al., 2003) over the same non-negative TF-IDF rows the SVM reads.
 * Each class is described by the feature mass of every *other* class, which keeps small classes'
 * estimates from resting on a handful of utterances. Trained in one pass over the rows, and a
 * different kind of learner from the margin-based SVM, so a candidate ensemble member; measured
 * well below the SVM on its own (docs/benchmarks-nlu.md, "Ensemble").
 */
import type { SparseVector } from '../../../src/nlu/sparse';

export interface ComplementNbJSON {
  classes: string[];
  dimension: number;
  /** base64 of a little-endian Float32Array, feature-major: weights[f * classes + c]. */
  weights: string;
}

export class ComplementNb {
  private constructor(
    readonly classes: string[],
    readonly dimension: number,
    /** Feature-major, like the SVM, so scoring walks a message's features once. */
    private readonly weights: Float32Array,
  ) {}

  /** `alpha` is the additive smoothing (0.1, 0.3 and 1 came within 1.5 points of each other on
   *  CLINC150 val, all far below the SVM; see docs/benchmarks-nlu.md, "Ensemble"). */
  static train(
    rows: SparseVector[],
    labels: number[],
    classes: string[],
    dimension: number,
    alpha: number,
  ): ComplementNb {
    const k = classes.length;
    const perClass = new Float64Array(dimension * k);
    const total = new Float64Array(dimension);
    rows.forEach((row, i) => {
      const c = labels[i]!;
      for (let j = 0; j < row.indices.length; j++) {
        const f = row.indices[j]!;
        perClass[f * k + c]! += row.values[j]!;
        total[f]! += row.values[j]!;
      }
    });
    const classMass = new Float64Array(k);
    let allMass = 0;
    for (let f = 0; f < dimension; f++) {
      allMass += total[f]!;
      for (let c = 0; c < k; c++) classMass[c]! += perClass[f * k + c]!;
    }
    const weights = new Float32Array(dimension * k);
    const norms = new Float64Array(k);
    for (let c = 0; c < k; c++) {
      const complement = allMass - classMass[c]! + alpha * dimension;
      for (let f = 0; f < dimension; f++) {
        const w = Math.log((total[f]! - perClass[f * k + c]! + alpha) / complement);
        weights[f * k + c] = w;
        norms[c]! += Math.abs(w);
      }
    }
    // Weight normalisation (the paper's WCNB): without it, classes with more mass win by default.
    // The sign flips so that a larger score means "more like this class", as for the SVM margins.
    for (let j = 0; j < weights.length; j++) weights[j] = (-weights[j]! / norms[j % k]!) * dimension;
    return new ComplementNb(classes, dimension, weights);
  }

  static fromJSON(json: ComplementNbJSON): ComplementNb {
    const bytes = Buffer.from(json.weights, 'base64');
    const weights = new Float32Array(bytes.length / 4);
    new Uint8Array(weights.buffer).set(bytes);
    if (weights.length !== json.dimension * json.classes.length) throw new Error('CNB weights do not match');
    return new ComplementNb(json.classes, json.dimension, weights);
  }

  toJSON(): ComplementNbJSON {
    const w = this.weights;
    return {
      classes: this.classes,
      dimension: this.dimension,
      weights: Buffer.from(w.buffer, w.byteOffset, w.byteLength).toString('base64'),
    };
  }

  /** One score per class; larger is more likely. */
  decision(row: SparseVector, out = new Float64Array(this.classes.length)): Float64Array {
    const k = this.classes.length;
    out.fill(0);
    for (let j = 0; j < row.indices.length; j++) {
      const v = row.values[j]!;
      const base = row.indices[j]! * k;
      for (let c = 0; c < k; c++) out[c]! += v * this.weights[base + c]!;
    }
    return out;
  }
}
