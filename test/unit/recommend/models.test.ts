import { inverse, Matrix } from 'ml-matrix';
import { buildMatrix, type InteractionMatrix } from '../../../src/recommend/data/interactions';
import { fitEase } from '../../../src/recommend/models/ease';
import { HybridModel } from '../../../src/recommend/models/hybrid';
import { fitItemKnn } from '../../../src/recommend/models/item-knn';
import { fitPopularity } from '../../../src/recommend/models/popularity';
import { scoreAll, strongestLink } from '../../../src/recommend/models/scorer';
import { topK } from '../../../src/recommend/ranking/top-k';

// 5 users × 4 items, binary
const X = [
  [1, 1, 0, 0],
  [1, 1, 1, 0],
  [0, 1, 1, 0],
  [0, 0, 1, 1],
  [1, 0, 0, 1],
];

function matrixOf(rows: number[][]): InteractionMatrix {
  const entries = rows.flatMap((r, u) => r.flatMap((v, i) => (v ? [{ user: `u${u}`, item: `i${i}`, value: v }] : [])));
  return buildMatrix(entries, { itemIds: rows[0]?.map((_, i) => `i${i}`) ?? [] });
}

/**
 * EASE by brute force: column j of B is a ridge regression of item j on the other items,
 * b = (X₋ⱼᵀX₋ⱼ + λI)⁻¹ X₋ⱼᵀ xⱼ, with B[j][j] = 0 — the constrained problem solved one column at a time,
 * without the closed form the model uses.
 */
function bruteForceEase(rows: number[][], lambda: number): number[][] {
  const n = rows[0]?.length ?? 0;
  const b = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const others = [...Array(n).keys()].filter((i) => i !== j);
    const xo = new Matrix(rows.map((r) => others.map((i) => r[i] as number)));
    const xj = Matrix.columnVector(rows.map((r) => r[j] as number));
    const coef = inverse(
      xo
        .transpose()
        .mmul(xo)
        .add(Matrix.eye(n - 1).mul(lambda)),
    )
      .mmul(xo.transpose())
      .mmul(xj);
    others.forEach((i, p) => {
      (b[i] as number[])[j] = coef.get(p, 0);
    });
  }
  return b;
}

describe('EASE', () => {
  it.each([0.5, 2, 10])('equals the brute-force per-column ridge solution (λ = %d)', (lambda) => {
    const model = fitEase(matrixOf(X), { lambda });
    const expected = bruteForceEase(X, lambda);
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) expect(model.link(i, j)).toBeCloseTo((expected[i] as number[])[j] as number, 6);
  });

  it('scores a history as x·B and never an item by itself', () => {
    const model = fitEase(matrixOf(X), { lambda: 1 });
    const scores = scoreAll(model, { items: [0, 2], values: [1, 1] });
    for (let j = 0; j < 4; j++) expect(scores[j]).toBeCloseTo(model.link(0, j) + model.link(2, j), 6);
    expect(model.link(1, 1)).toBe(0);
  });

  it('keeps only the most-touched items when capped, scoring the rest 0', () => {
    // item i3 is touched by 2 users, i0/i1/i2 by 3: a cap of 3 drops i3
    const model = fitEase(matrixOf(X), { lambda: 1, maxItems: 3 });
    expect(model.modelItems).toBe(3);
    const scores = scoreAll(model, { items: [0, 3], values: [1, 1] });
    expect(scores[3]).toBe(0);
    expect(scores[1]).not.toBe(0);
  });
});

describe('item-kNN', () => {
  it('uses shrunk cosine similarity between item columns', () => {
    const knn = fitItemKnn(matrixOf(X), { neighbours: 3, shrink: 0 });
    // i0 and i1 share users 0 and 1; each has 3 users: cosine 2/3
    expect(knn.link(0, 1)).toBeCloseTo(2 / 3, 6);
    const shrunk = fitItemKnn(matrixOf(X), { neighbours: 3, shrink: 1 });
    expect(shrunk.link(0, 1)).toBeCloseTo(2 / (3 + 1), 6);
    expect(knn.link(0, 0)).toBe(0);
  });

  it('keeps at most k neighbours, best first', () => {
    const knn = fitItemKnn(matrixOf(X), { neighbours: 1, shrink: 0 });
    for (let i = 0; i < 4; i++) expect(knn.neighbours(i).length).toBeLessThanOrEqual(1);
  });
});

describe('popularity, hybrid and ranking helpers', () => {
  it('popularity counts users per item and ignores the history', () => {
    const pop = fitPopularity(matrixOf(X));
    expect(Array.from(scoreAll(pop, { items: [], values: [] }))).toEqual([1, 1, 1, 2 / 3]);
  });

  it('a hybrid with one part ranks exactly like that part', () => {
    const ease = fitEase(matrixOf(X), { lambda: 1 });
    const hybrid = new HybridModel([{ model: ease, weight: 2 }]);
    const history = { items: [0], values: [1] };
    expect(Array.from(topK(scoreAll(hybrid, history), 4))).toEqual(Array.from(topK(scoreAll(ease, history), 4)));
  });

  it('top-k returns the best first, skips masked items and breaks ties by index', () => {
    expect(Array.from(topK([0.1, 0.9, 0.5, 0.9, Number.NEGATIVE_INFINITY], 3))).toEqual([1, 3, 2]);
    expect(Array.from(topK([0.1, 0.9, 0.5, 0.9], 2, [0, 1, 0, 0]))).toEqual([3, 2]);
    expect(Array.from(topK([3, 2, 1], 10))).toEqual([0, 1, 2]);
  });

  it('names the history item behind a score', () => {
    const ease = fitEase(matrixOf(X), { lambda: 1 });
    const link = strongestLink(ease, { items: [0, 3], values: [1, 1] }, 1);
    expect(link?.from).toBe(0);
  });
});
