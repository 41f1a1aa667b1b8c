/**
 * A weighted blend of item models. Each part's scores are first scaled so that its best item scores 1
 * for this history: EASE weights, cosine sums and popularity counts live on unrelated scales, and
 * per-request scaling keeps a weight meaning "share of the vote" whatever the data size.
 */
import type { SparseRow } from '../data/interactions';
import type { ItemScorer } from './scorer';

export interface BlendPart {
  model: ItemScorer;
  weight: number;
}

export class HybridModel implements ItemScorer {
  readonly itemCount: number;
  private readonly buffer: Float64Array;

  constructor(
    readonly parts: readonly BlendPart[],
    readonly name = 'hybrid',
  ) {
    const first = parts[0];
    if (!first) throw new Error('a hybrid needs at least one part');
    this.itemCount = first.model.itemCount;
    for (const p of parts) {
      if (p.model.itemCount !== this.itemCount) throw new Error(`${p.model.name} scores a different item index`);
    }
    this.buffer = new Float64Array(this.itemCount);
  }

  scoreInto(history: SparseRow, out: Float64Array, weight = 1): void {
    for (const part of this.parts) {
      if (part.weight === 0) continue;
      this.buffer.fill(0);
      part.model.scoreInto(history, this.buffer);
      addScaled(this.buffer, out, weight * part.weight);
    }
  }

  get bytes(): number {
    return this.parts.reduce((sum, p) => sum + p.model.bytes, this.buffer.byteLength);
  }

  link(from: number, to: number): number {
    let best = 0;
    for (const part of this.parts) best = Math.max(best, part.weight * part.model.link(from, to));
    return best;
  }
}

/** out += weight × scores / max(scores); nothing when no score is positive. */
export function addScaled(scores: Float64Array, out: Float64Array, weight: number): number {
  let max = 0;
  for (const s of scores) if (s > max) max = s;
  if (max <= 0) return 0;
  const f = weight / max;
  for (let j = 0; j < scores.length; j++) out[j] = (out[j] as number) + f * (scores[j] as number);
  return max;
}
