/** Purchase prediction and proactive offers. */
export {
  type CampaignCreate,
  type CampaignPatch,
  campaignCreateSchema,
  campaignFromCreate,
  campaignListQuerySchema,
  campaignPatchSchema,
  campaignRunSchema,
  retrainSchema,
} from './campaigns/admin-schema';
export type { SkipReason } from './campaigns/audience';
export {
  CampaignRunner,
  type CampaignRunnerDeps,
  type OfferOutbound,
  type RunSummary,
} from './campaigns/campaign-runner';
export { inQuietHours } from './campaigns/quiet-hours';
export { recordOrderForOffers } from './campaigns/redemption';
export { type CampaignReport, campaignReport, type GroupStats } from './campaigns/report';
export { customerFeatures, FEATURE_NAMES, type FeatureName, featureRecord } from './features/customer-features';
export { applyCartSpeedups } from './forest/cart-speedups';
export { DEFAULT_FOREST_OPTIONS, type ForestOptions, PropensityForest } from './forest/propensity-forest';
export { averagePrecision, type BinaryMetrics, bestF1Threshold, binaryMetrics, rocAuc } from './metrics';
export { PROPENSITY_MODEL_NAME, PropensityModel } from './model/propensity-model';
export { type RetrainOptions, type RetrainResult, retrainPropensity } from './model/retrain';
export { schedulePropensityRetrain } from './model/schedule';
export {
  bandOf,
  type PropensityBand,
  type PropensityScore,
  PropensityScorer,
  type PropensitySource,
} from './model/scorer';
