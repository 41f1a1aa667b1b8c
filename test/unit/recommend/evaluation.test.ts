import { evaluateModel, trainMatrix } from '../../../training/rec/evaluate';
import { parseInteractions } from '../../../training/rec/load-delimited';
import { DEFAULT_SETTINGS, modelSpecs } from '../../../training/rec/models';
import { randomStratifiedSplit } from '../../../training/rec/protocols';
import { syntheticMovieLens, toUData } from '../../../training/rec/synthetic';

describe('synthetic MovieLens-shaped data', () => {
  it('has the shape of ML-100k: 943 users, 1682 items, ~100k ratings, at least 20 per user', () => {
    const rows = syntheticMovieLens();
    expect(new Set(rows.map((r) => r.user)).size).toBe(943);
    expect(new Set(rows.map((r) => r.item)).size).toBeLessThanOrEqual(1682);
    expect(rows.length).toBeGreaterThan(90_000);
    expect(rows.length).toBeLessThan(115_000);
    const perUser = new Map<number, number>();
    for (const r of rows) perUser.set(r.user, (perUser.get(r.user) ?? 0) + 1);
    expect(Math.min(...perUser.values())).toBeGreaterThanOrEqual(20);
    expect(rows.every((r) => r.rating >= 1 && r.rating <= 5)).toBe(true);
  });

  it('is the same file for the same seed', () => {
    const a = toUData(syntheticMovieLens({ users: 50, items: 80, seed: 3 }));
    expect(toUData(syntheticMovieLens({ users: 50, items: 80, seed: 3 }))).toBe(a);
    expect(toUData(syntheticMovieLens({ users: 50, items: 80, seed: 4 }))).not.toBe(a);
  });
});

describe('evaluation end to end', () => {
  it('runs the protocol on a u.data-style file; EASE beats the popularity baseline', () => {
    const data = parseInteractions(toUData(syntheticMovieLens({ users: 200, items: 300, seed: 11 })));
    const { train, test } = randomStratifiedSplit(data.interactions);
    const trainSet = { matrix: trainMatrix(train) };
    const [pop, ease] = modelSpecs(['popularity', 'ease'], { ...DEFAULT_SETTINGS, lambda: 100 }, false).map((spec) =>
      evaluateModel(spec, trainSet, test, 10),
    );
    expect(pop?.model).toBe('popularity');
    expect(ease?.model).toBe('ease');
    expect(ease?.metrics.users).toBe(200);
    expect(ease?.metrics.ndcg ?? 0).toBeGreaterThan(1.5 * (pop?.metrics.ndcg ?? 1));
    expect(ease?.latencyMs.p99).toBeGreaterThan(0);
  });
});
