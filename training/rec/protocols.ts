/**
 * Train/test splits.
 *
 * `random-75-25` is Microsoft Recommenders' `python_stratified_split(data, ratio=0.75, seed=42)`,
 * reproduced step by step: one uniform draw per row in file order from numpy's MT19937 seeded with
 * `seed`; rows sorted by (user, draw); a row goes to training when its rank within the user divided by
 * the user's row count is ≤ 0.75. On the same file it puts every row on the same side as the Python
 * code. A user with a single row lands only in test and is therefore not evaluated (as there).
 *
 * `leave-last-out`: for every user with at least two distinct items, the most recent one (latest
 * timestamp; file order breaks ties and stands in when there are no timestamps) is the test item; the
 * user's other items are training. Users with one item stay in training.
 */
import type { Interaction } from './dataset';
import { Mt19937 } from './mt19937';

export const PROTOCOLS = ['random-75-25', 'leave-last-out'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export interface Split {
  train: Interaction[];
  /** Test items per user (only users that also have training rows are evaluated). */
  test: Map<string, Set<string>>;
}

export function randomStratifiedSplit(rows: readonly Interaction[], ratio = 0.75, seed = 42): Split {
  const rng = new Mt19937(seed);
  const draws = Float64Array.from(rows, () => rng.random());
  const byUser = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const list = byUser.get(row.user);
    if (list) list.push(i);
    else byUser.set(row.user, [i]);
  });
  const inTrain = new Uint8Array(rows.length);
  for (const indices of byUser.values()) {
    indices.sort((a, b) => (draws[a] as number) - (draws[b] as number) || a - b);
    const count = indices.length;
    indices.forEach((row, position) => {
      if ((position + 1) / count <= ratio) inTrain[row] = 1;
    });
  }
  const train: Interaction[] = [];
  const test = new Map<string, Set<string>>();
  rows.forEach((row, i) => {
    if (inTrain[i]) train.push(row);
    else addTo(test, row.user, row.item);
  });
  return { train, test };
}

export function leaveLastOut(rows: readonly Interaction[]): Split {
  const last = new Map<string, { index: number; at: number; items: number }>();
  rows.forEach((row, index) => {
    const at = row.at ?? Number.NEGATIVE_INFINITY;
    const seen = last.get(row.user);
    if (!seen) last.set(row.user, { index, at, items: 1 });
    else {
      seen.items++;
      if (at >= seen.at) {
        seen.index = index;
        seen.at = at;
      }
    }
  });
  const heldOut = new Set<number>();
  for (const { index, items } of last.values()) if (items >= 2) heldOut.add(index);
  const train: Interaction[] = [];
  const test = new Map<string, Set<string>>();
  rows.forEach((row, i) => {
    if (heldOut.has(i)) addTo(test, row.user, row.item);
    else train.push(row);
  });
  return { train, test };
}

export function split(rows: readonly Interaction[], protocol: Protocol, seed = 42): Split {
  return protocol === 'random-75-25' ? randomStratifiedSplit(rows, 0.75, seed) : leaveLastOut(rows);
}

function addTo(map: Map<string, Set<string>>, user: string, item: string): void {
  const set = map.get(user);
  if (set) set.add(item);
  else map.set(user, new Set([item]));
}
