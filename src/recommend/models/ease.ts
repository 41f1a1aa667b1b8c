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
import { type InteractionMatrix, itemColumns, type SparseRow } from '../data/interactions';
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

  get bytes(): number {
    return this.b.byteLength + this.kept.byteLength + this.local.byteLength + this.scratch.byteLength;
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
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (counts[b] as number) - (counts[a] as number) || a - b,
  );
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

  // G = XᵀX over kept items, one row at a time: row j gathers, from every user who touched item j,
  // that user's other items. Writes stay inside one contiguous row (cache-friendly, unlike scattering
  // each user's outer product over the whole matrix), and the work can pause between rows.
  const meter = new WorkMeter();
  const columns = itemColumns(matrix);
  yield;
  const g = new Float64Array(m * m);
  yield;
  for (let j = 0; j < m; j++) {
    const item = kept[j] as number;
    const row = j * m;
    let work = 0;
    for (let p = columns.colPtr[item] as number; p < (columns.colPtr[item + 1] as number); p++) {
      const u = columns.rows[p] as number;
      const vj = columns.values[p] as number;
      const end = matrix.rowPtr[u + 1] as number;
      for (let q = matrix.rowPtr[u] as number; q < end; q++) {
        const c = local[matrix.cols[q] as number] as number;
        if (c >= 0) g[row + c] = (g[row + c] as number) + vj * (matrix.values[q] as number);
      }
      work += end - (matrix.rowPtr[u] as number);
    }
    if (meter.add(3 * work + 16)) yield;
  }
  for (let j = 0; j < m; j++) g[j * m + j] = (g[j * m + j] as number) + options.lambda;

  yield* invertSpdSteps(g, m);

  yield;
  const b = new Float32Array(m * m);
  yield;
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
