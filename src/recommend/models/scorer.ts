/**
 * What every item model offers the hybrid and the evaluation: scores for all items given a bag of
 * weighted items (a shopper's history, or one seed product), and the item-to-item link behind a score
 * so a recommendation can say which product it came from.
 */
import type { SparseRow } from '../data/interactions';

export interface ItemScorer {
  readonly name: string;
  /** Size of the item index this model scores (the matrix or catalogue it was fitted on). */
  readonly itemCount: number;
  /** Adds `weight` × score of every item into `out` (length itemCount). */
  scoreInto(history: SparseRow, out: Float64Array, weight?: number): void;
  /** How strongly item `from` points to item `to` in this model (per unit of history weight). */
  link(from: number, to: number): number;
  /** Bytes held in the model's typed arrays (its size in memory, give or take object headers). */
  readonly bytes: number;
}

/** Scores of a single model as a fresh vector. */
export function scoreAll(model: ItemScorer, history: SparseRow): Float64Array {
  const out = new Float64Array(model.itemCount);
  model.scoreInto(history, out);
  return out;
}

/** The history item that contributes most to `to`'s score, with its share of the total (0..1). */
export function strongestLink(
  model: ItemScorer,
  history: SparseRow,
  to: number,
): { from: number; contribution: number; share: number } | undefined {
  let best: { from: number; contribution: number } | undefined;
  let total = 0;
  for (let p = 0; p < history.items.length; p++) {
    const from = history.items[p] as number;
    if (from === to) continue;
    const c = (history.values[p] as number) * model.link(from, to);
    if (c > 0) total += c;
    if (c > 0 && (!best || c > best.contribution)) best = { from, contribution: c };
  }
  return best && total > 0 ? { ...best, share: best.contribution / total } : undefined;
}
