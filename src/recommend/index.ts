/**
 * Recommendations: content-based (TF-IDF, both languages), collaborative (EASE, item-kNN) and a hybrid
 * with trending popularity for newcomers, business rules on live products, and the evaluation building
 * blocks the `training/rec-eval.ts` CLI uses.
 */

export { buildMatrix, type InteractionMatrix, type SparseRow } from './data/interactions';
export { invertSpdInPlace, NotPositiveDefiniteError } from './linalg/spd-inverse';
export { drain, runSliced } from './linalg/steps';
export type { Reason, ReasonKind } from './live/blend';
export { DEFAULT_RECOMMENDER_OPTIONS, type RecommenderOptions } from './live/options';
export type { Constraints } from './live/rules';
export type { SnapshotStats } from './live/snapshot';
export { type ContentModel, fitContent } from './models/content';
export { DEFAULT_EASE_LAMBDA, type EaseModel, fitEase } from './models/ease';
export { HybridModel } from './models/hybrid';
export { fitItemKnn } from './models/item-knn';
export { fitPopularity, PopularityModel } from './models/popularity';
export type { ItemScorer } from './models/scorer';
export { topK } from './ranking/top-k';
export { scheduleRecommendationRefresh } from './refresh-job';
export {
  type RecommendationRequest,
  RecommendationService,
  type RecommendationServiceDeps,
  type RecommendedProduct,
  type RefreshReport,
} from './service';
