/**
 * One request's scores, kept per part (content, collaborative, personal, trending) so that each
 * recommendation can say why it was made: the part that gave it the most is its reason.
 */

import type { DocField } from '../content/tfidf';
import type { SparseRow } from '../data/interactions';
import { addScaled } from '../models/hybrid';
import type { ItemScorer } from '../models/scorer';
import { strongestLink } from '../models/scorer';
import type { RecommenderOptions } from './options';
import type { Snapshot } from './snapshot';

export type ReasonKind = 'similar_to' | 'matches_request' | 'bought_together' | 'popular' | 'for_you';

export interface Reason {
  kind: ReasonKind;
  /** The product the suggestion stems from ("because you looked at …"), when there is one. */
  productId?: string;
}

export interface BlendParts {
  content: Float64Array;
  collaborative: Float64Array;
  personal: Float64Array;
  trending: Float64Array;
}

export interface BlendInput {
  history: SparseRow;
  /** Index of the seed product in the snapshot, if it is there. */
  seed?: number;
  /** A seed product the snapshot does not know yet (added since the last fit): matched by its text. */
  seedDoc?: readonly DocField[];
  /** The shopper's own words for what they want ("for a summer wedding"), matched like a seed's text. */
  about?: string;
}

function scaledInto(
  model: ItemScorer | undefined,
  row: SparseRow,
  out: Float64Array,
  weight: number,
  scratch: Float64Array,
): void {
  if (!model || weight === 0 || row.items.length === 0) return;
  scratch.fill(0);
  model.scoreInto(row, scratch);
  addScaled(scratch, out, weight);
}

export function blend(snapshot: Snapshot, input: BlendInput, options: RecommenderOptions): BlendParts {
  const n = snapshot.itemIds.length;
  const parts: BlendParts = {
    content: new Float64Array(n),
    collaborative: new Float64Array(n),
    personal: new Float64Array(n),
    trending: new Float64Array(n),
  };
  const scratch = new Float64Array(n);
  const { history } = input;
  if (input.seed !== undefined || input.seedDoc || input.about) {
    const w = options.seedWeights;
    if (input.seed !== undefined) {
      const seedRow = { items: [input.seed], values: [1] };
      scaledInto(snapshot.content, seedRow, parts.content, w.content, scratch);
      scaledInto(snapshot.ease, seedRow, parts.collaborative, w.collaborative / 2, scratch);
      scaledInto(snapshot.knn, seedRow, parts.collaborative, w.collaborative / 2, scratch);
    } else {
      const doc = input.seedDoc ?? input.about ?? '';
      scratch.fill(0);
      for (const hit of snapshot.content.search(doc, 50)) scratch[hit.item] = hit.score;
      addScaled(scratch, parts.content, w.content);
    }
    scaledInto(snapshot.ease, history, parts.personal, w.personal, scratch);
    snapshot.trending.scoreInto(history, parts.trending, w.trending);
    return parts;
  }
  const w = options.weights;
  scaledInto(snapshot.ease, history, parts.collaborative, w.ease, scratch);
  scaledInto(snapshot.knn, history, parts.collaborative, w.knn, scratch);
  scaledInto(snapshot.content, history, parts.content, w.content, scratch);
  snapshot.trending.scoreInto(history, parts.trending, w.trending);
  return parts;
}

export function total(parts: BlendParts, item: number): number {
  return (
    (parts.content[item] as number) +
    (parts.collaborative[item] as number) +
    (parts.personal[item] as number) +
    (parts.trending[item] as number)
  );
}

/** Why `item` made the list: its largest part, anchored on a product where one stands out. */
export function explain(
  snapshot: Snapshot,
  parts: BlendParts,
  item: number,
  input: BlendInput & { purchased: ReadonlySet<number> },
): Reason {
  const shares: [keyof BlendParts, number][] = [
    ['content', parts.content[item] as number],
    ['collaborative', parts.collaborative[item] as number],
    ['personal', parts.personal[item] as number],
    ['trending', parts.trending[item] as number],
  ];
  const [top, value] = shares.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (!(value > 0) || top === 'trending') return { kind: 'popular' };
  const seedId = input.seed !== undefined ? snapshot.itemIds[input.seed] : undefined;
  if (input.about && input.seed === undefined && !input.seedDoc) {
    return top === 'content' ? { kind: 'matches_request' } : { kind: 'for_you' };
  }
  if (input.seed !== undefined || input.seedDoc) {
    if (top === 'personal') return { kind: 'for_you' };
    const kind = top === 'content' ? 'similar_to' : 'bought_together';
    return seedId ? { kind, productId: seedId } : { kind };
  }
  const model = top === 'content' ? snapshot.content : (snapshot.ease ?? snapshot.knn);
  const link = strongestLink(model, input.history, item) ?? strongestLink(snapshot.knn, input.history, item);
  const anchor = link ? snapshot.itemIds[link.from] : undefined;
  if (top === 'content') return anchor ? { kind: 'similar_to', productId: anchor } : { kind: 'for_you' };
  if (link && anchor && input.purchased.has(link.from) && link.share >= 0.3)
    return { kind: 'bought_together', productId: anchor };
  return link && anchor && link.share >= 0.35 ? { kind: 'for_you', productId: anchor } : { kind: 'for_you' };
}
