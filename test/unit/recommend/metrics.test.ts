import { MetricsAccumulator, quantile, userMetrics } from '../../../training/rec/metrics';

const ln = Math.log;

describe('ranking metrics (Microsoft Recommenders definitions)', () => {
  // ranked a b c d e, relevant {b, d, z}: hits at ranks 2 and 4
  const m = userMetrics(['a', 'b', 'c', 'd', 'e'], new Set(['b', 'd', 'z']), 5);

  it('precision is hits / k and recall hits / |T|', () => {
    expect(m.precision).toBeCloseTo(2 / 5, 12);
    expect(m.recall).toBeCloseTo(2 / 3, 12);
  });

  it('NDCG uses binary gains over min(|T|, k) ideal positions', () => {
    const dcg = 1 / ln(3) + 1 / ln(5);
    const idcg = 1 / ln(2) + 1 / ln(3) + 1 / ln(4);
    expect(m.ndcg).toBeCloseTo(dcg / idcg, 12);
  });

  it('MAP@k divides the precision sum by min(|T|, k); the older MAP by |T|', () => {
    const apSum = 1 / 2 + 2 / 4;
    expect(m.map).toBeCloseTo(apSum / 3, 12);
    expect(m.mapFull).toBeCloseTo(apSum / 3, 12);
    const many = userMetrics(['x', 'y'], new Set(['x', 'p', 'q', 'r']), 2);
    expect(many.map).toBeCloseTo(1 / 2, 12); // min(4, 2) = 2
    expect(many.mapFull).toBeCloseTo(1 / 4, 12);
  });

  it('hit rate is 1 with any hit in the top k and 0 without', () => {
    expect(m.hit).toBe(1);
    expect(userMetrics(['a', 'b'], new Set(['c']), 2)).toEqual({
      precision: 0,
      recall: 0,
      ndcg: 0,
      map: 0,
      mapFull: 0,
      hit: 0,
    });
  });

  it('a perfect list scores 1 everywhere it can', () => {
    const perfect = userMetrics(['a', 'b'], new Set(['a', 'b']), 2);
    expect(perfect).toEqual({ precision: 1, recall: 1, ndcg: 1, map: 1, mapFull: 1, hit: 1 });
  });

  it('a list shorter than k still counts precision over k', () => {
    expect(userMetrics(['a'], new Set(['a']), 10).precision).toBeCloseTo(0.1, 12);
  });

  it('averages over users and measures catalogue coverage', () => {
    const acc = new MetricsAccumulator(2);
    acc.add(['a', 'b'], new Set(['a']));
    acc.add(['a', 'c'], new Set(['z']));
    const r = acc.result(10);
    expect(r.users).toBe(2);
    expect(r.hit).toBeCloseTo(0.5, 12);
    expect(r.precision).toBeCloseTo(0.25, 12);
    expect(r.coverage).toBeCloseTo(3 / 10, 12);
  });

  it('quantiles use the nearest rank', () => {
    const sample = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(sample, 0.5)).toBe(50);
    expect(quantile(sample, 0.99)).toBe(99);
    expect(quantile([], 0.5)).toBe(0);
  });
});
