/**
 * EASE (Steck, "Embarrassingly Shallow Autoencoders for Sparse Data", WWW 2019): a linear item-item
 * model with a closed form. With G = XᵀX + λI and P = G⁻¹, the weights are B = I − P·diag(1/diag(P)),
 * i.e. B[i][j] = −P[i][j] / P[j][j] off the diagonal and 0 on it; a user's scores are x·B.
 *
 * It is known to be one of the strongest models on MovieLens-style top-N benchmarks, and it needs no
 * iterations, seeds or learning rates: only λ. Cost is one n×n inverse (see linalg/spd-inverse), so a
 * catalogue larger than `maxItems` keeps only its most-touched items in the model; the rest still get
 * recommended by the neighbourhood and content models of the hybrid.
 */
import type { InteractionMatrix, SparseRow } from '../data/interactions';
import { invertSpdSteps } from '../linalg/spd-inverse';
import { drain, WorkMeter } from '../linalg/steps';
import type { ItemScorer } from './scorer';

export interface EaseOptions {
  /** L2 weight on B; larger for denser data. About 250–500 suits MovieLens-100k. */
  lambda: number;
  /** Cap on the items kept in the dense n×n model (memory 12·n² bytes while fitting). */
  maxItems?: number;
}

export const DEFAULT_EASE_LAMBDA = 400;

export class EaseModel implements ItemScorer {
  readonly name = 'ease';
  private readonly m: number;
  private readonly scratch: Float64Array;

  constructor(
    readonly itemCount: number,
    /** Model index → item index of the matrix. */
    private readonly kept: Int32Array,
    /** Item index → model index, or −1 when the item was left out. */
    private readonly local: Int32Array,
    /** m×m weights, row i = what item i says about every other item. Float32: half the memory, same ranking. */
    private readonly b: Float32Array,
    readonly lambda: number,
  ) {
    this.m = kept.length;
    this.scratch = new Float64Array(this.m);
  }

  scoreInto(history: SparseRow, out: Float64Array, weight = 1): void {
    const { m, b, local } = this;
    const identity = m === this.itemCount;
    const acc = identity ? out : this.scratch.fill(0);
    for (let p = 0; p < history.items.length; p++) {
      const i = local[history.items[p] as number] ?? -1;
      if (i < 0) continue;
      const w = (history.values[p] as number) * (identity ? weight : 1);
      const row = i * m;
      for (let j = 0; j < m; j++) acc[j] = (acc[j] as number) + w * (b[row + j] as number);
    }
    if (identity) return;
    for (let j = 0; j < m; j++) {
      const g = this.kept[j] as number;
      out[g] = (out[g] as number) + weight * (acc[j] as number);
    }
  }

  link(from: number, to: number): number {
    const i = this.local[from] ?? -1;
    const j = this.local[to] ?? -1;
    return i < 0 || j < 0 ? 0 : (this.b[i * this.m + j] as number);
  }

  /** Items in the model (for memory and coverage reports). */
  get modelItems(): number {
    return this.m;
  }
}

/** The `max` items touched by the most users (ties: lower index), ascending. */
function mostTouched(matrix: InteractionMatrix, max: number): Int32Array {
  const n = matrix.itemIds.length;
  if (n <= max) return Int32Array.from({ length: n }, (_, i) => i);
  const counts = new Float64Array(n);
  for (const i of matrix.cols) counts[i] = (counts[i] as number) + 1;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (counts[b] as number) - (counts[a] as number) || a - b);
  return Int32Array.from(order.slice(0, max).sort((a, b) => a - b));
}

/** Fits EASE, yielding regularly so the caller may spread the work (see runSliced). */
export function* fitEaseSteps(matrix: InteractionMatrix, options: EaseOptions): Generator<void, EaseModel> {
  const n = matrix.itemIds.length;
  const kept = mostTouched(matrix, options.maxItems ?? n);
  const m = kept.length;
  const local = new Int32Array(n).fill(-1);
  kept.forEach((g, j) => {
    local[g] = j;
  });

  // G = XᵀX over kept items, one user's outer product at a time.
  const meter = new WorkMeter();
  const g = new Float64Array(m * m);
  const idx = new Int32Array(n);
  const val = new Float64Array(n);
  for (let u = 0; u < matrix.userIds.length; u++) {
    let len = 0;
    for (let p = matrix.rowPtr[u] as number; p < (matrix.rowPtr[u + 1] as number); p++) {
      const j = local[matrix.cols[p] as number] as number;
      if (j < 0) continue;
      idx[len] = j;
      val[len] = matrix.values[p] as number;
      len++;
    }
    for (let a = 0; a < len; a++) {
      const row = (idx[a] as number) * m;
      const va = val[a] as number;
      for (let c = 0; c < len; c++) g[row + (idx[c] as number)] = (g[row + (idx[c] as number)] as number) + va * (val[c] as number);
    }
    if (meter.add(len * len + 8)) yield;
  }
  for (let j = 0; j < m; j++) g[j * m + j] = (g[j * m + j] as number) + options.lambda;

  yield* invertSpdSteps(g, m);

  const b = new Float32Array(m * m);
  for (let i = 0; i < m; i++) {
    const row = i * m;
    for (let j = 0; j < m; j++) if (i !== j) b[row + j] = -(g[row + j] as number) / (g[j * m + j] as number);
    if (meter.add(2 * m)) yield;
  }
  return new EaseModel(n, kept, local, b, options.lambda);
}

export function fitEase(matrix: InteractionMatrix, options: EaseOptions): EaseModel {
  return drain(fitEaseSteps(matrix, options));
}
