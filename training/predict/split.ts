/** Seeded stratified splits: every part keeps the label's positive share. */
import { Prng } from '../../src/commerce/seed/prng';

function shuffledByClass(labels: readonly number[], seed: number): number[][] {
  const rng = new Prng(seed);
  const byClass = new Map<number, number[]>();
  labels.forEach((y, i) => {
    const list = byClass.get(y) ?? [];
    list.push(i);
    byClass.set(y, list);
  });
  return [...byClass.keys()].sort((a, b) => a - b).map((y) => rng.sample(byClass.get(y) ?? [], Infinity));
}

export function stratifiedSplit(labels: readonly number[], testShare: number, seed: number) {
  const train: number[] = [];
  const test: number[] = [];
  for (const rows of shuffledByClass(labels, seed)) {
    const cut = Math.round(rows.length * testShare);
    test.push(...rows.slice(0, cut));
    train.push(...rows.slice(cut));
  }
  return { train: train.sort((a, b) => a - b), test: test.sort((a, b) => a - b) };
}

/** k folds; fold i's test rows are every k-th row of each shuffled class, starting at i. */
export function stratifiedFolds(labels: readonly number[], k: number, seed: number) {
  if (k < 2) throw new RangeError('need at least 2 folds');
  const folds: { train: number[]; test: number[] }[] = Array.from({ length: k }, () => ({ train: [], test: [] }));
  for (const rows of shuffledByClass(labels, seed)) {
    rows.forEach((row, position) => {
      folds.forEach((fold, f) => {
        (position % k === f ? fold.test : fold.train).push(row);
      });
    });
  }
  for (const fold of folds) {
    fold.train.sort((a, b) => a - b);
    fold.test.sort((a, b) => a - b);
  }
  return folds;
}
