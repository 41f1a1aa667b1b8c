/**
 * Inverse of a symmetric positive-definite matrix, in place, on a flat row-major Float64Array.
 *
 * Why not ml-matrix: its `CholeskyDecomposition.solve(I)` takes about 100 s for n = 1682 on these
 * machines (it walks nested JS arrays column by column); EASE needs exactly this inverse. Here every
 * phase is a dot product of two contiguous row segments, computed two rows by two rows so each loaded
 * value is used twice, which is what V8 turns into tight machine code. Cost is n³/2 multiply-adds.
 *
 *   1. A = L Lᵀ (Cholesky; L in the lower triangle, 1/diag(L) kept aside)
 *   2. V = (L⁻¹)ᵀ by forward substitution, one column of L⁻¹ (= one row of V) at a time, written into
 *      the upper triangle, which phase 1 no longer needs
 *   3. A⁻¹ = V Vᵀ, written into the lower triangle, then mirrored
 *
 * The work is a generator that yields after roughly every 200k multiply-adds (long rows are split
 * into column ranges), so a caller can spread a large inverse over many event-loop turns (see
 * `runSliced` in ./steps) without changing a single floating-point operation.
 */
import { drain, WorkMeter } from './steps';

export class NotPositiveDefiniteError extends Error {
  constructor(readonly row: number) {
    super(`matrix is not positive definite (pivot ${row})`);
    this.name = 'NotPositiveDefiniteError';
  }
}

/**
 * Entries j ∈ [jFrom, jTo) of rows i and i+1 of L (i even, so column pairs (j, j+1) tile 0..i-1),
 * given rows 0..i-1 and columns < jFrom of rows i, i+1.
 */
function choleskyRange(a: Float64Array, n: number, i: number, invDiag: Float64Array, jFrom: number, jTo: number): void {
  const two = i + 1 < n;
  const ri = i * n;
  const ri1 = ri + n;
  for (let j = jFrom; j < jTo; j += 2) {
    const rj = j * n;
    const rj1 = rj + n;
    let s00 = 0;
    let s01 = 0;
    let s10 = 0;
    let s11 = 0;
    for (let k = 0; k < j; k++) {
      const x0 = a[ri + k] as number;
      const x1 = two ? (a[ri1 + k] as number) : 0;
      const y0 = a[rj + k] as number;
      const y1 = a[rj1 + k] as number;
      s00 += x0 * y0;
      s01 += x0 * y1;
      s10 += x1 * y0;
      s11 += x1 * y1;
    }
    // L[i][j+1] also needs the k = j term, which uses L[i][j] computed just now.
    const l0j = ((a[ri + j] as number) - s00) * (invDiag[j] as number);
    a[ri + j] = l0j;
    a[ri + j + 1] = ((a[ri + j + 1] as number) - s01 - l0j * (a[rj1 + j] as number)) * (invDiag[j + 1] as number);
    if (two) {
      const l1j = ((a[ri1 + j] as number) - s10) * (invDiag[j] as number);
      a[ri1 + j] = l1j;
      a[ri1 + j + 1] = ((a[ri1 + j + 1] as number) - s11 - l1j * (a[rj1 + j] as number)) * (invDiag[j + 1] as number);
    }
  }
}

/** The diagonal of row i, L[i+1][i] and the diagonal of row i+1, once their other entries are known. */
function choleskyDiagonal(a: Float64Array, n: number, i: number, invDiag: Float64Array): void {
  const ri = i * n;
  const ri1 = ri + n;
  let d = a[ri + i] as number;
  for (let k = 0; k < i; k++) d -= (a[ri + k] as number) * (a[ri + k] as number);
  if (!(d > 0)) throw new NotPositiveDefiniteError(i);
  a[ri + i] = Math.sqrt(d);
  invDiag[i] = 1 / (a[ri + i] as number);
  if (i + 1 >= n) return;
  let s = a[ri1 + i] as number;
  for (let k = 0; k < i; k++) s -= (a[ri1 + k] as number) * (a[ri + k] as number);
  a[ri1 + i] = s * (invDiag[i] as number);
  let d1 = a[ri1 + i + 1] as number;
  for (let k = 0; k <= i; k++) d1 -= (a[ri1 + k] as number) * (a[ri1 + k] as number);
  if (!(d1 > 0)) throw new NotPositiveDefiniteError(i + 1);
  a[ri1 + i + 1] = Math.sqrt(d1);
  invDiag[i + 1] = 1 / (a[ri1 + i + 1] as number);
}

/** Entries i ∈ [iFrom, iTo) of columns j, j+1 of L⁻¹ by forward substitution (i ≥ j + 2). */
function forwardRange(
  a: Float64Array,
  n: number,
  j: number,
  invDiag: Float64Array,
  x0: Float64Array,
  x1: Float64Array,
  iFrom: number,
  iTo: number,
): void {
  for (let i = iFrom; i < iTo; i++) {
    const ri = i * n;
    let s0 = (a[ri + j] as number) * (x0[j] as number);
    let s1 = 0;
    for (let k = j + 1; k < i; k++) {
      const l = a[ri + k] as number;
      s0 += l * (x0[k] as number);
      s1 += l * (x1[k] as number);
    }
    x0[i] = -s0 * (invDiag[i] as number);
    x1[i] = -s1 * (invDiag[i] as number);
  }
}

/** Columns j, j+1 of L⁻¹, written as rows j, j+1 of V in the upper triangle (L's diagonal is in invDiag). */
function storeColumnPair(a: Float64Array, n: number, j: number, x0: Float64Array, x1: Float64Array): void {
  const rj = j * n;
  for (let i = j; i < n; i++) a[rj + i] = x0[i] as number;
  if (j + 1 < n) for (let i = j + 1; i < n; i++) a[rj + n + i] = x1[i] as number;
  x0.fill(0, j, n);
  x1.fill(0, j, n);
}

/** Entries q ∈ [qFrom, qTo) (pairs, q < p, p even) of rows p, p+1 of A⁻¹ = V Vᵀ, into the lower triangle. */
function productRange(a: Float64Array, n: number, p: number, qFrom: number, qTo: number): void {
  const two = p + 1 < n;
  const rp = p * n;
  const rp1 = rp + n;
  const vpp = a[rp + p] as number;
  for (let q = qFrom; q < qTo; q += 2) {
    const rq = q * n;
    const rq1 = rq + n;
    let s00 = vpp * (a[rq + p] as number);
    let s01 = vpp * (a[rq1 + p] as number);
    let s10 = 0;
    let s11 = 0;
    for (let k = p + 1; k < n; k++) {
      const v0 = a[rp + k] as number;
      const v1 = two ? (a[rp1 + k] as number) : 0;
      const y0 = a[rq + k] as number;
      const y1 = a[rq1 + k] as number;
      s00 += v0 * y0;
      s01 += v0 * y1;
      s10 += v1 * y0;
      s11 += v1 * y1;
    }
    a[rp + q] = s00;
    a[rp + q + 1] = s01;
    if (two) {
      a[rp1 + q] = s10;
      a[rp1 + q + 1] = s11;
    }
  }
}

/** The 2×2 diagonal block of rows p, p+1 of A⁻¹; after this V's rows p, p+1 are no longer needed. */
function productDiagonal(a: Float64Array, n: number, p: number): void {
  const two = p + 1 < n;
  const rp = p * n;
  const rp1 = rp + n;
  const vpp = a[rp + p] as number;
  let d0 = vpp * vpp;
  let d01 = 0;
  let d1 = 0;
  for (let k = p + 1; k < n; k++) {
    const v0 = a[rp + k] as number;
    d0 += v0 * v0;
    if (two) {
      const v1 = a[rp1 + k] as number;
      d01 += v0 * v1;
      d1 += v1 * v1;
    }
  }
  a[rp + p] = d0;
  if (two) {
    a[rp1 + p] = d01;
    a[rp1 + p + 1] = d1;
  }
}

/** Even chunk length (in rows or columns) that costs about `budget` when each unit costs `unitCost`. */
function chunk(budget: number, unitCost: number): number {
  return Math.max(2, 2 * Math.floor(budget / (2 * Math.max(1, unitCost))));
}

const STEP_WORK = 200_000;

/**
 * Replaces `a` (n×n, symmetric positive definite, row-major) with its inverse, yielding about every
 * STEP_WORK multiply-adds. Throws NotPositiveDefiniteError when a pivot is not positive (add a ridge
 * to the diagonal).
 */
export function* invertSpdSteps(a: Float64Array, n: number): Generator<void> {
  if (a.length !== n * n) throw new RangeError(`expected ${n * n} values, got ${a.length}`);
  const meter = new WorkMeter(STEP_WORK);
  const invDiag = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const step = chunk(STEP_WORK, 2 * i);
    for (let j = 0; j < i; j += step) {
      const to = Math.min(i, j + step);
      choleskyRange(a, n, i, invDiag, j, to);
      if (meter.add((to - j) * 2 * to)) yield;
    }
    choleskyDiagonal(a, n, i, invDiag);
    if (meter.add(3 * i)) yield;
  }
  const x0 = new Float64Array(n);
  const x1 = new Float64Array(n);
  for (let j = 0; j < n; j += 2) {
    x0[j] = invDiag[j] as number;
    if (j + 1 < n) {
      x0[j + 1] = -(a[(j + 1) * n + j] as number) * (x0[j] as number) * (invDiag[j + 1] as number);
      x1[j + 1] = invDiag[j + 1] as number;
    }
    const step = chunk(STEP_WORK, 2 * (n - j));
    for (let i = j + 2; i < n; i += step) {
      const to = Math.min(n, i + step);
      forwardRange(a, n, j, invDiag, x0, x1, i, to);
      if (meter.add((to - i) * 2 * (to - j))) yield;
    }
    storeColumnPair(a, n, j, x0, x1);
  }
  for (let p = 0; p < n; p += 2) {
    const step = chunk(STEP_WORK, 2 * (n - p));
    for (let q = 0; q < p; q += step) {
      const to = Math.min(p, q + step);
      productRange(a, n, p, q, to);
      if (meter.add((to - q) * 2 * (n - p))) yield;
    }
    productDiagonal(a, n, p);
    if (meter.add(3 * (n - p))) yield;
  }
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    for (let j = 0; j < i; j++) a[j * n + i] = a[ri + j] as number;
    if (meter.add(4 * i)) yield;
  }
}

/** Inverts in place, synchronously. */
export function invertSpdInPlace(a: Float64Array, n: number): Float64Array {
  drain(invertSpdSteps(a, n));
  return a;
}
