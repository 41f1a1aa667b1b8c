/**
 * Pre-binning: every feature is mapped to a small integer (its quantile bin) before the trees see it.
 * Trees then only consider thresholds between bins, which is what makes training fast (a node's best
 * split is one histogram pass instead of one pass per candidate threshold). A feature with no more
 * distinct values than bins keeps every distinct value, so nothing is lost for counts and flags.
 */

/** Per feature, the ascending cut points: bin(x) = number of cut points <= x. */
export type BinEdges = number[][];

export function fitBins(rows: readonly (readonly number[])[], maxBins: number): BinEdges {
  if (maxBins < 2) throw new RangeError('maxBins must be at least 2');
  const width = rows[0]?.length ?? 0;
  const edges: BinEdges = [];
  for (let f = 0; f < width; f++) {
    const values = Float64Array.from(rows, (row) => row[f] ?? 0).sort();
    edges.push(featureEdges(values, maxBins));
  }
  return edges;
}

function featureEdges(sorted: Float64Array, maxBins: number): number[] {
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i] as number;
    if (i === 0 || v !== sorted[i - 1]) distinct.push(v);
  }
  const cuts: number[] = [];
  if (distinct.length <= maxBins) {
    for (let i = 1; i < distinct.length; i++) cuts.push(midpoint(distinct[i - 1] as number, distinct[i] as number));
    return cuts;
  }
  // Quantile cut points: place a cut after the value at each 1/maxBins of the rows, halfway to the next
  // distinct value, so heavy ties (e.g. many zeros) collapse into one bin instead of wasting several.
  for (let q = 1; q < maxBins; q++) {
    const at = sorted[Math.floor((q * sorted.length) / maxBins)] as number;
    const next = nextDistinct(distinct, at);
    if (next === undefined) break;
    const cut = midpoint(at, next);
    if (cuts.length === 0 || cut > (cuts.at(-1) as number)) cuts.push(cut);
  }
  return cuts;
}

function nextDistinct(distinct: number[], value: number): number | undefined {
  let lo = 0;
  let hi = distinct.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((distinct[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return distinct[lo];
}

function midpoint(a: number, b: number): number {
  const m = (a + b) / 2;
  // Guard against rounding landing on `b` for neighbouring doubles: the cut must stay in (a, b].
  return m > a ? m : b;
}

export function binValue(value: number, cuts: readonly number[]): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cuts[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function binRow(row: readonly number[], edges: BinEdges): number[] {
  return edges.map((cuts, f) => binValue(row[f] ?? 0, cuts));
}
