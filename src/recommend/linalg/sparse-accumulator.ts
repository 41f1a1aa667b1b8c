/**
 * A dense row of sums that remembers which entries it has touched, so reading the row back and
 * clearing it for the next pass cost only those entries, not the whole catalogue.
 */
export class SparseAccumulator {
  readonly sums: Float64Array;
  /** Entries added to since the last `clear`, each once, in first-touch order. */
  readonly touched: number[] = [];
  private readonly seen: Uint8Array;

  constructor(size: number) {
    this.sums = new Float64Array(size);
    this.seen = new Uint8Array(size);
  }

  add(index: number, amount: number): void {
    if (this.seen[index] === 0) {
      this.seen[index] = 1;
      this.touched.push(index);
    }
    this.sums[index] = (this.sums[index] as number) + amount;
  }

  clear(): void {
    for (const i of this.touched) {
      this.sums[i] = 0;
      this.seen[i] = 0;
    }
    this.touched.length = 0;
  }
}
