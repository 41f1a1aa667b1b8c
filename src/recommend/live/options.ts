/** Settings of the live recommender, with the defaults the demo shop and small shops run on. */

export interface RecommenderOptions {
  /** Implicit-feedback weight of each event type; other types are ignored. */
  eventWeights: Record<string, number>;
  /** An interaction loses half its weight after this many days (tastes move). */
  halfLifeDays: number;
  /** Half-life of "trending" popularity, shorter: what sells this week. */
  trendingHalfLifeDays: number;
  /** EASE λ; `auto` scales it to the data: `easeLambdaRatio` × the mean diagonal of XᵀX. */
  easeLambda: number | 'auto';
  easeLambdaRatio: number;
  /** Catalogues larger than this keep only their most-touched items in EASE (12·n² bytes while fitting). */
  easeMaxItems: number;
  /** Blend weights for a shopper with a history (each part scaled to its best item first). */
  weights: { ease: number; knn: number; content: number; trending: number };
  /** Blend weights around a seed product ("more like this"). */
  seedWeights: { content: number; collaborative: number; personal: number; trending: number };
  /** Categories whose products may be recommended again after purchase (besides `product.consumable`). */
  consumableCategories: string[];
  /** Outside [ref/band, ref×band] of the shopper's usual price, scores fade. */
  priceBand: number;
  /** Multiplies an item's score for each already chosen item of the same category. */
  diversityPenalty: number;
  /** Refit when at least this many new events arrived… */
  refitMinEvents: number;
  /** …and the last fit is at least this old. */
  refitMinIntervalMs: number;
  /** Re-read the whole event log this often (picks up erasures and merged customers). */
  fullRebuildIntervalMs: number;
  /** A refit yields to the event loop after about this many milliseconds of work. */
  sliceMs: number;
  /** Events read per page while catching up with the log. */
  pageSize: number;
}

export const DEFAULT_RECOMMENDER_OPTIONS: RecommenderOptions = {
  eventWeights: { product_view: 1, cart_add: 3, purchase: 5 },
  halfLifeDays: 60,
  trendingHalfLifeDays: 14,
  easeLambda: 'auto',
  easeLambdaRatio: 6,
  easeMaxItems: 4000,
  weights: { ease: 1, knn: 0.3, content: 0.35, trending: 0.1 },
  seedWeights: { content: 1, collaborative: 0.6, personal: 0.2, trending: 0.05 },
  consumableCategories: [],
  priceBand: 1.8,
  diversityPenalty: 0.6,
  refitMinEvents: 50,
  refitMinIntervalMs: 10 * 60_000,
  fullRebuildIntervalMs: 24 * 3_600_000,
  sliceMs: 3,
  pageSize: 5000,
};

export function resolveOptions(partial: Partial<RecommenderOptions> = {}): RecommenderOptions {
  return {
    ...DEFAULT_RECOMMENDER_OPTIONS,
    ...partial,
    weights: { ...DEFAULT_RECOMMENDER_OPTIONS.weights, ...partial.weights },
    seedWeights: { ...DEFAULT_RECOMMENDER_OPTIONS.seedWeights, ...partial.seedWeights },
  };
}
