/**
 * Popularity: the baseline every table is measured against, and the fallback for a shopper with no
 * history. The same scorer serves "most popular" (users per item) and "trending" (recent, decayed
 * event weight per item, built by the live service).
 */
import type { InteractionMatrix, SparseRow } from '../data/interactions';
import { itemUserCounts } from '../data/interactions';
import type { ItemScorer } from './scorer';

export class PopularityModel implements ItemScorer {
  readonly itemCount: number;
  private readonly max: number;

  constructor(
    private readonly scores: Float64Array,
    readonly name = 'popularity',
  ) {
    this.itemCount = scores.length;
    let max = 0;
    for (const s of scores) if (s > max) max = s;
    this.max = max;
  }

  /** Adds scores scaled to 0..1 (the best-selling item scores 1), whatever the history. */
  scoreInto(_history: SparseRow, out: Float64Array, weight = 1): void {
    if (this.max <= 0) return;
    const f = weight / this.max;
    for (let j = 0; j < this.itemCount; j++) out[j] = (out[j] as number) + f * (this.scores[j] as number);
  }

  link(): number {
    return 0;
  }

  get bytes(): number {
    return this.scores.byteLength;
  }

  /** Raw score of one item (0 for an unknown one). */
  scoreOf(item: number): number {
    return this.scores[item] ?? 0;
  }
}

/** Most popular = touched by the most users. */
export function fitPopularity(matrix: InteractionMatrix): PopularityModel {
  return new PopularityModel(itemUserCounts(matrix));
}
