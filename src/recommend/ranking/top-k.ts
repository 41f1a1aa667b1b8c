/**
 * The k best entries of a score vector without sorting all of it: a size-k min-heap, O(n log k).
 * Ties go to the lower index, so rankings are reproducible across runs and machines.
 */

/** True when (sa, ia) ranks below (sb, ib): lower score, or equal score and higher index. */
function worse(sa: number, ia: number, sb: number, ib: number): boolean {
  return sa < sb || (sa === sb && ia > ib);
}

/**
 * Indices of the `k` highest scores, best first. `skip[i] !== 0` excludes item i (items already seen);
 * `-Infinity` and NaN scores are never returned.
 */
export function topK(scores: ArrayLike<number>, k: number, skip?: ArrayLike<number>): Int32Array {
  const heapIdx = new Int32Array(Math.max(0, k));
  const heapScore = new Float64Array(Math.max(0, k));
  let size = 0;
  const n = scores.length;
  for (let i = 0; i < n; i++) {
    if (skip && skip[i] !== 0) continue;
    const s = scores[i] as number;
    if (!(s > Number.NEGATIVE_INFINITY)) continue;
    if (size < k) {
      // sift up
      let c = size++;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!worse(s, i, heapScore[p] as number, heapIdx[p] as number)) break;
        heapScore[c] = heapScore[p] as number;
        heapIdx[c] = heapIdx[p] as number;
        c = p;
      }
      heapScore[c] = s;
      heapIdx[c] = i;
    } else if (k > 0 && worse(heapScore[0] as number, heapIdx[0] as number, s, i)) {
      // replace the root (the worst kept) and sift down
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        if (l >= size) break;
        const r = l + 1;
        let m = l;
        if (
          r < size &&
          worse(heapScore[r] as number, heapIdx[r] as number, heapScore[l] as number, heapIdx[l] as number)
        )
          m = r;
        if (!worse(heapScore[m] as number, heapIdx[m] as number, s, i)) break;
        heapScore[c] = heapScore[m] as number;
        heapIdx[c] = heapIdx[m] as number;
        c = m;
      }
      heapScore[c] = s;
      heapIdx[c] = i;
    }
  }
  const out = Array.from(heapIdx.subarray(0, size));
  out.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  return Int32Array.from(out);
}
