/**
 * Sparse item-to-item neighbour lists (each item keeps its k most similar items) and the scorer over
 * them: an item's score is the weighted sum of its similarity to the items in the history. Both the
 * collaborative neighbourhood model and the content model produce this shape.
 */
import type { SparseRow } from '../data/interactions';
import { topK } from '../ranking/top-k';
import type { ItemScorer } from './scorer';

export class NeighbourModel implements ItemScorer {
  constructor(
    readonly name: string,
    readonly itemCount: number,
    /** Item i's neighbours are idx[ptr[i]] .. idx[ptr[i+1]-1], most similar first. */
    private readonly ptr: Int32Array,
    private readonly idx: Int32Array,
    private readonly sim: Float32Array,
  ) {}

  scoreInto(history: SparseRow, out: Float64Array, weight = 1): void {
    for (let p = 0; p < history.items.length; p++) {
      const i = history.items[p] as number;
      if (i < 0 || i >= this.itemCount) continue;
      const w = weight * (history.values[p] as number);
      for (let q = this.ptr[i] as number; q < (this.ptr[i + 1] as number); q++) {
        const j = this.idx[q] as number;
        out[j] = (out[j] as number) + w * (this.sim[q] as number);
      }
    }
  }

  link(from: number, to: number): number {
    if (from < 0 || from >= this.itemCount) return 0;
    for (let q = this.ptr[from] as number; q < (this.ptr[from + 1] as number); q++) {
      if (this.idx[q] === to) return this.sim[q] as number;
    }
    return 0;
  }

  /** Neighbours of one item, most similar first. */
  neighbours(item: number): { item: number; similarity: number }[] {
    const out: { item: number; similarity: number }[] = [];
    if (item < 0 || item >= this.itemCount) return out;
    for (let q = this.ptr[item] as number; q < (this.ptr[item + 1] as number); q++) {
      out.push({ item: this.idx[q] as number, similarity: this.sim[q] as number });
    }
    return out;
  }

  get bytes(): number {
    return this.ptr.byteLength + this.idx.byteLength + this.sim.byteLength;
  }

  /** Stored neighbour pairs (for memory reports). */
  get size(): number {
    return this.idx.length;
  }
}

/** Collects neighbour lists item by item, keeping the k best positive similarities of each. */
export class NeighbourListBuilder {
  private readonly ptr: Int32Array;
  private readonly idx: number[] = [];
  private readonly sim: number[] = [];
  private next = 0;

  constructor(
    private readonly itemCount: number,
    private readonly k: number,
  ) {
    this.ptr = new Int32Array(itemCount + 1);
  }

  /** Adds item `i`'s row (must be called for i = 0, 1, 2, … in order). `row[i]` itself is ignored. */
  addRow(i: number, row: Float64Array, touched?: ArrayLike<number>): void {
    if (i !== this.next) throw new Error(`rows must be added in order (expected ${this.next}, got ${i})`);
    const self = row[i] as number;
    row[i] = Number.NEGATIVE_INFINITY;
    const best = touched ? this.bestOfTouched(row, touched) : topK(row, this.k);
    row[i] = self;
    for (const j of best) {
      const s = row[j] as number;
      if (!(s > 0)) break;
      this.idx.push(j);
      this.sim.push(s);
    }
    this.ptr[i + 1] = this.idx.length;
    this.next++;
  }

  private bestOfTouched(row: Float64Array, touched: ArrayLike<number>): Int32Array {
    const ids = Int32Array.from(touched);
    const scores = Float64Array.from(ids, (j) => row[j] as number);
    return Int32Array.from(topK(scores, this.k), (p) => ids[p] as number);
  }

  build(name: string): NeighbourModel {
    if (this.next !== this.itemCount) throw new Error(`only ${this.next} of ${this.itemCount} rows were added`);
    return new NeighbourModel(name, this.itemCount, this.ptr, Int32Array.from(this.idx), Float32Array.from(this.sim));
  }
}
