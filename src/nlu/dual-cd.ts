/**
 * One binary L2-regularised, L2-loss (squared hinge) linear SVM solved in the dual by coordinate
 * descent with shrinking: LIBLINEAR's `solve_l2r_l1l2_svc` (Hsieh et al., 2008, Algorithm 3).
 *
 * Shrinking matters for one-vs-rest: a class has ~1% of the rows, and after a pass or two most
 * negatives sit at alpha = 0 with a gradient that keeps them there. LIBLINEAR drops those from the
 * active set, so later passes touch only the rows near the margin; before stopping, the full set is
 * checked once more, so the answer is the same as without shrinking, only reached sooner.
 */
import { seededRandom } from './random';
import type { SparseVector } from './sparse';

export interface DualCdOptions {
  /** Stop when the spread of projected gradients over the active set falls below this (LIBLINEAR eps). */
  tolerance: number;
  maxEpochs: number;
  seed: number;
}

export interface DualCdResult {
  bias: number;
  epochs: number;
  /** Final spread of projected gradients over all rows (0 at the exact optimum). */
  violation: number;
}

/**
 * Trains into `w` (zeroed by the caller). `y[i]` is ±1, `costs[i]` the example's C, `norms[i]`
 * its squared norm plus 1 for the bias feature (the bias is an always-1 extra feature, as in
 * LIBLINEAR with `-B 1`, so it is regularised like any weight).
 */
export function solveDualCd(
  rows: readonly SparseVector[],
  y: Int8Array,
  costs: Float64Array,
  norms: Float64Array,
  w: Float64Array,
  options: DualCdOptions,
): DualCdResult {
  const n = rows.length;
  const diagonal = Float64Array.from(costs, (c) => 1 / (2 * c));
  const qd = Float64Array.from(norms, (q, i) => q + diagonal[i]!);
  const alpha = new Float64Array(n);
  const index = Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(options.seed);
  let bias = 0;
  let active = n;
  let pgMaxOld = Number.POSITIVE_INFINITY;
  let epoch = 0;
  let violation = Number.POSITIVE_INFINITY;
  while (epoch < options.maxEpochs) {
    epoch++;
    // Shuffle the active prefix (Fisher–Yates), as LIBLINEAR does every outer iteration.
    for (let i = active - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = index[i]!;
      index[i] = index[j]!;
      index[j] = t;
    }
    let pgMax = Number.NEGATIVE_INFINITY;
    let pgMin = Number.POSITIVE_INFINITY;
    for (let s = 0; s < active; s++) {
      const i = index[s]!;
      const row = rows[i]!;
      const yi = y[i]!;
      const { indices, values } = row;
      let dot = bias;
      for (let k = 0; k < indices.length; k++) dot += values[k]! * w[indices[k]!]!;
      const a = alpha[i]!;
      const g = yi * dot - 1 + diagonal[i]! * a;
      let pg = 0;
      if (a === 0) {
        if (g > pgMaxOld) {
          // Far on the right side of the margin and expected to stay there: shrink it away.
          active--;
          index[s] = index[active]!;
          index[active] = i;
          s--;
          continue;
        }
        if (g < 0) pg = g;
      } else {
        pg = g;
      }
      if (pg > pgMax) pgMax = pg;
      if (pg < pgMin) pgMin = pg;
      if (Math.abs(pg) > 1e-12) {
        const next = Math.max(a - g / qd[i]!, 0);
        const step = (next - a) * yi;
        alpha[i] = next;
        for (let k = 0; k < indices.length; k++) w[indices[k]!]! += step * values[k]!;
        bias += step;
      }
    }
    violation = pgMax - pgMin;
    if (violation <= options.tolerance) {
      if (active === n) break;
      // Converged on the active set: bring every row back and check once more.
      active = n;
      pgMaxOld = Number.POSITIVE_INFINITY;
      continue;
    }
    // With no upper bound on alpha (L2 loss) only the alpha = 0 side can be shrunk.
    pgMaxOld = pgMax <= 0 ? Number.POSITIVE_INFINITY : pgMax;
  }
  return { bias, epochs: epoch, violation };
}
