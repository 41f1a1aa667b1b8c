/**
 * The persisted propensity model: the forest plus everything needed to use and judge it — feature
 * names (a model trained on other features is refused rather than misread), the decision threshold,
 * the metrics measured when it was trained, and when.
 */
import { FEATURE_NAMES } from '../features/customer-features';
import { type ForestJson, PropensityForest } from '../forest/propensity-forest';
import type { BinaryMetrics } from '../metrics';

export const PROPENSITY_MODEL_NAME = 'propensity';

export interface PropensityModelJson {
  format: 'concierge-propensity/1';
  featureNames: string[];
  /** A customer is "likely to buy" at or above this probability (best F1 on out-of-bag scores). */
  threshold: number;
  /** Days after the scoring moment in which a purchase counts as the positive label. */
  horizonDays: number;
  metrics: BinaryMetrics | null;
  trainedAt: string;
  forest: ForestJson;
}

export class PropensityModel {
  constructor(
    readonly forest: PropensityForest,
    readonly threshold: number,
    readonly horizonDays: number,
    readonly metrics: BinaryMetrics | null,
    readonly trainedAt: string,
    readonly featureNames: readonly string[] = FEATURE_NAMES,
  ) {}

  predict(rows: readonly (readonly number[])[]): number[] {
    return this.forest.predictProba(rows);
  }

  serialize(): string {
    const json: PropensityModelJson = {
      format: 'concierge-propensity/1',
      featureNames: [...this.featureNames],
      threshold: this.threshold,
      horizonDays: this.horizonDays,
      metrics: this.metrics,
      trainedAt: this.trainedAt,
      forest: this.forest.toJSON(),
    };
    return JSON.stringify(json);
  }

  static deserialize(data: string, expectedFeatures: readonly string[] = FEATURE_NAMES): PropensityModel {
    const json = JSON.parse(data) as PropensityModelJson;
    if (json.format !== 'concierge-propensity/1') throw new Error(`unknown propensity model format ${json.format}`);
    if (json.featureNames.join(',') !== expectedFeatures.join(',')) {
      throw new Error('propensity model was trained on different features; retrain it');
    }
    return new PropensityModel(
      PropensityForest.fromJSON(json.forest),
      json.threshold,
      json.horizonDays,
      json.metrics,
      json.trainedAt,
      json.featureNames,
    );
  }
}
