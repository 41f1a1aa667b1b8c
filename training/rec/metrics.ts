/**
 * Top-k ranking metrics with Microsoft Recommenders' definitions (python_evaluation), binary relevance:
 *   precision@k = hits / k                     recall@k = hits / |T|
 *   NDCG@k      = Σ_hits 1/log(1+rank) / Σ_{r ≤ min(|T|,k)} 1/log(1+r)
 *   MAP@k       = Σ_hits (hits so far / rank) / min(|T|, k)          (their current `map_at_k`)
 *   MAP (÷|T|)  = the same sum / |T|   (their `map`, and `map_at_k` before 2024: the published table)
 *   HR@k        = 1 when any of the k is relevant
 * Each is averaged over the evaluated users; coverage is the share of the catalogue that appears in
 * at least one user's list.
 */

export interface UserMetrics {
  precision: number;
  recall: number;
  ndcg: number;
  map: number;
  mapFull: number;
  hit: number;
}

export function userMetrics(ranked: ArrayLike<string>, relevant: ReadonlySet<string>, k: number): UserMetrics {
  const n = Math.min(k, ranked.length);
  let hits = 0;
  let dcg = 0;
  let apSum = 0;
  for (let r = 1; r <= n; r++) {
    if (!relevant.has(ranked[r - 1] as string)) continue;
    hits++;
    dcg += 1 / Math.log(1 + r);
    apSum += hits / r;
  }
  const ideal = Math.min(relevant.size, k);
  let idcg = 0;
  for (let r = 1; r <= ideal; r++) idcg += 1 / Math.log(1 + r);
  const size = relevant.size;
  return {
    precision: hits / k,
    recall: size === 0 ? 0 : hits / size,
    ndcg: idcg === 0 ? 0 : dcg / idcg,
    map: ideal === 0 ? 0 : apSum / ideal,
    mapFull: size === 0 ? 0 : apSum / size,
    hit: hits > 0 ? 1 : 0,
  };
}

export interface RankingMetrics extends UserMetrics {
  users: number;
  coverage: number;
}

/** Averages per-user metrics; `recommended` is every item that appeared in any list. */
export class MetricsAccumulator {
  private readonly sum: UserMetrics = { precision: 0, recall: 0, ndcg: 0, map: 0, mapFull: 0, hit: 0 };
  private users = 0;
  private readonly recommended = new Set<string>();

  constructor(private readonly k: number) {}

  add(ranked: readonly string[], relevant: ReadonlySet<string>): UserMetrics {
    const m = userMetrics(ranked, relevant, this.k);
    for (const key of Object.keys(this.sum) as (keyof UserMetrics)[]) this.sum[key] += m[key];
    for (const item of ranked.slice(0, this.k)) this.recommended.add(item);
    this.users++;
    return m;
  }

  result(catalogueSize: number): RankingMetrics {
    const n = Math.max(1, this.users);
    return {
      precision: this.sum.precision / n,
      recall: this.sum.recall / n,
      ndcg: this.sum.ndcg / n,
      map: this.sum.map / n,
      mapFull: this.sum.mapFull / n,
      hit: this.sum.hit / n,
      users: this.users,
      coverage: catalogueSize === 0 ? 0 : this.recommended.size / catalogueSize,
    };
  }
}

/** The q-quantile (0..1) of a sample, by the nearest-rank method. */
export function quantile(sample: readonly number[], q: number): number {
  if (sample.length === 0) return 0;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}
