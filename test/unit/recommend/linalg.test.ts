import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { SparseAccumulator } from '../../../src/recommend/linalg/sparse-accumulator';
import { invertSpdInPlace, invertSpdSteps, NotPositiveDefiniteError } from '../../../src/recommend/linalg/spd-inverse';
import { drain, runSliced } from '../../../src/recommend/linalg/steps';

/** A random SPD matrix: AᵀA + n·I, from a fixed LCG so the test is reproducible. */
function randomSpd(n: number, seed: number): Float64Array {
  let s = seed;
  const next = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296 - 0.5;
  };
  const a = Array.from({ length: n * n }, next);
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += (a[k * n + i] as number) * (a[k * n + j] as number);
      out[i * n + j] = sum + (i === j ? n : 0);
    }
  return out;
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs((a[i] as number) - (b[i] as number)));
  return d;
}

describe('Float64Array SPD inverse', () => {
  it.each([1, 2, 3, 7, 8, 31])('matches ml-matrix Cholesky solve(I) for n = %i', (n) => {
    const a = randomSpd(n, 17 + n);
    const expected = new CholeskyDecomposition(Matrix.from1DArray(n, n, Array.from(a)))
      .solve(Matrix.eye(n))
      .to1DArray();
    const inverse = invertSpdInPlace(a.slice(), n);
    expect(maxAbsDiff(inverse, expected)).toBeLessThan(1e-12);
  });

  it('returns a symmetric matrix whose product with the input is the identity', () => {
    const n = 40;
    const a = randomSpd(n, 5);
    const inv = invertSpdInPlace(a.slice(), n);
    const product = new Matrix(Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, (i + 1) * n)))).mmul(
      new Matrix(Array.from({ length: n }, (_, i) => Array.from(inv.subarray(i * n, (i + 1) * n)))),
    );
    expect(maxAbsDiff(product.to1DArray(), Matrix.eye(n).to1DArray())).toBeLessThan(1e-12);
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) expect(inv[i * n + j]).toBe(inv[j * n + i]);
  });

  it('refuses a matrix that is not positive definite', () => {
    expect(() => invertSpdInPlace(Float64Array.from([1, 2, 2, 1]), 2)).toThrow(NotPositiveDefiniteError);
    expect(() => invertSpdInPlace(new Float64Array(3), 2)).toThrow(RangeError);
  });

  it('gives the same bits whether run at once or in slices', async () => {
    const n = 24;
    const a = randomSpd(n, 9);
    const once = a.slice();
    drain(invertSpdSteps(once, n));
    const sliced = a.slice();
    await runSliced(invertSpdSteps(sliced, n), 0);
    expect(Array.from(sliced)).toEqual(Array.from(once));
  });
});

describe('SparseAccumulator', () => {
  it('sums per entry, lists each touched entry once in first-touch order, and clears only those', () => {
    const acc = new SparseAccumulator(5);
    acc.add(3, 1.5);
    acc.add(1, 2);
    acc.add(3, 0.5);
    expect(acc.touched).toEqual([3, 1]);
    expect(Array.from(acc.sums)).toEqual([0, 2, 0, 2, 0]);
    acc.clear();
    expect(acc.touched).toEqual([]);
    expect(Array.from(acc.sums)).toEqual([0, 0, 0, 0, 0]);
    acc.add(1, 4);
    expect(acc.touched).toEqual([1]);
    expect(acc.sums[1]).toBe(4);
  });
});
