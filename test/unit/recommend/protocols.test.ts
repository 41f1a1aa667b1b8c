import type { Interaction } from '../../../training/rec/dataset';
import { Mt19937 } from '../../../training/rec/mt19937';
import { leaveLastOut, randomStratifiedSplit } from '../../../training/rec/protocols';

function rows(counts: Record<string, number>): Interaction[] {
  const out: Interaction[] = [];
  for (const [user, n] of Object.entries(counts)) {
    for (let i = 0; i < n; i++) out.push({ user, item: `i${i}`, at: (out.length + 1) * 1000 });
  }
  return out;
}

function byUser(list: readonly Interaction[]): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const r of list) m.set(r.user, (m.get(r.user) ?? new Set()).add(r.item));
  return m;
}

describe('numpy-compatible MT19937', () => {
  it('draws what np.random.seed(42); np.random.rand(3) draws', () => {
    const rng = new Mt19937(42);
    expect([rng.random(), rng.random(), rng.random()]).toEqual([
      0.3745401188473625, 0.9507143064099162, 0.7319939418114051,
    ]);
  });

  it('matches the reference MT19937 output for the default seed', () => {
    expect(new Mt19937(5489).nextUint32()).toBe(3499211612);
  });
});

describe('random-75-25 (python_stratified_split)', () => {
  const data = rows({ a: 4, b: 10, c: 1, d: 7, e: 20 });

  it('keeps floor(0.75·n) of each user in training, the rest in test', () => {
    const { train, test } = randomStratifiedSplit(data);
    const trainByUser = byUser(train);
    for (const [user, n] of Object.entries({ a: 4, b: 10, c: 1, d: 7, e: 20 })) {
      const kept = trainByUser.get(user)?.size ?? 0;
      expect(kept).toBe(Math.floor(0.75 * n));
      expect(test.get(user)?.size ?? 0).toBe(n - kept);
    }
  });

  it('is deterministic for a seed and changes with it', () => {
    const a = randomStratifiedSplit(data, 0.75, 42);
    const b = randomStratifiedSplit(data, 0.75, 42);
    const c = randomStratifiedSplit(data, 0.75, 7);
    expect(b.train).toEqual(a.train);
    expect(c.train).not.toEqual(a.train);
  });

  it('never puts a user’s test item in that user’s training', () => {
    const { train, test } = randomStratifiedSplit(data);
    const trainByUser = byUser(train);
    for (const [user, items] of test)
      for (const item of items) expect(trainByUser.get(user)?.has(item) ?? false).toBe(false);
    expect(train.length + [...test.values()].reduce((s, x) => s + x.size, 0)).toBe(data.length);
  });

  it('orders rows by the draw of their file position, like sorting by (user, random)', () => {
    // For one user with 4 rows, the training rows are the 3 with the smallest draws.
    const one = rows({ u: 4 });
    const rng = new Mt19937(42);
    const draws = one.map(() => rng.random());
    const largest = draws.indexOf(Math.max(...draws));
    const { test } = randomStratifiedSplit(one);
    expect([...(test.get('u') ?? [])]).toEqual([`i${largest}`]);
  });
});

describe('leave-last-out', () => {
  it('holds out each user’s most recent item and keeps one-item users in training', () => {
    const data: Interaction[] = [
      { user: 'a', item: 'x', at: 3000 },
      { user: 'a', item: 'y', at: 9000 },
      { user: 'a', item: 'z', at: 5000 },
      { user: 'b', item: 'x', at: 1000 },
      { user: 'c', item: 'p', at: 2000 },
      { user: 'c', item: 'q', at: 2000 },
    ];
    const { train, test } = leaveLastOut(data);
    expect(test.get('a')).toEqual(new Set(['y']));
    expect(test.has('b')).toBe(false);
    expect(test.get('c')).toEqual(new Set(['q'])); // equal times: the later row
    expect(train.map((r) => `${r.user}:${r.item}`).sort()).toEqual(['a:x', 'a:z', 'b:x', 'c:p']);
  });

  it('falls back to file order without timestamps and never leaks the test item', () => {
    const data: Interaction[] = [
      { user: 'a', item: 'x' },
      { user: 'a', item: 'y' },
    ];
    const { train, test } = leaveLastOut(data);
    expect(test.get('a')).toEqual(new Set(['y']));
    expect(train.some((r) => r.user === 'a' && r.item === 'y')).toBe(false);
  });
});
