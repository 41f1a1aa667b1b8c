/**
 * The retrain job: build rows from the event log, train the forest, measure it on out-of-bag scores
 * (every row is scored only by trees that never saw it), pick the F1-best threshold there, and store
 * the model with its metrics. Returns why it skipped when the log cannot support a model yet.
 */
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { Store } from '../../store/repositories';
import { type ForestOptions, PropensityForest } from '../forest/propensity-forest';
import { type BinaryMetrics, bestF1Threshold, binaryMetrics } from '../metrics';
import { PROPENSITY_MODEL_NAME, PropensityModel } from './propensity-model';
import { buildTrainingSet, eventsByCustomer } from './training-set';

export interface RetrainOptions {
  horizonDays?: number;
  cutoffs?: number;
  seed?: number;
  forest?: Partial<ForestOptions>;
}

export type RetrainResult =
  | { status: 'trained'; version: number; metrics: BinaryMetrics; rows: number; trainSeconds: number }
  | { status: 'skipped'; reason: string; rows: number; positives: number };

/** Fewest rows of each class worth training on. */
const MIN_PER_CLASS = 5;

export async function retrainPropensity(
  deps: { store: Store; clock: Clock; log: Logger },
  options: RetrainOptions = {},
): Promise<RetrainResult> {
  const now = deps.clock.now();
  const horizonDays = options.horizonDays ?? 14;
  const byCustomer = await eventsByCustomer(deps.store, now);
  const set = buildTrainingSet(byCustomer, now, { horizonDays, cutoffs: options.cutoffs ?? 6 });
  const positives = set.labels.filter((y) => y === 1).length;
  if (positives < MIN_PER_CLASS || set.rows.length - positives < MIN_PER_CLASS) {
    deps.log.warn({ rows: set.rows.length, positives }, 'propensity retrain skipped: too few examples');
    return {
      status: 'skipped',
      reason: 'too few buyers or non-buyers in the event log',
      rows: set.rows.length,
      positives,
    };
  }
  const started = performance.now();
  // Leaves of ~n/200 rows (at least 2, at most 40) keep probabilities smooth on large logs and still
  // let trees split on a small shop's few hundred rows.
  const minNumSamples = Math.max(2, Math.min(40, Math.round(set.rows.length / 200)));
  const { forest, oobScores } = PropensityForest.train(set.rows, set.labels, {
    seed: options.seed ?? 42,
    minNumSamples,
    ...options.forest,
  });
  const trainSeconds = (performance.now() - started) / 1000;
  const scored = oobScores.flatMap((s, i) => (s === undefined ? [] : [{ s, y: set.labels[i] as number }]));
  const scores = scored.map((r) => r.s);
  const labels = scored.map((r) => r.y);
  const threshold = bestF1Threshold(scores, labels);
  const metrics = binaryMetrics(scores, labels, threshold);
  const trainedAt = now.toISOString();
  const model = new PropensityModel(forest, threshold, horizonDays, metrics, trainedAt);
  const version = await deps.store.models.put(
    PROPENSITY_MODEL_NAME,
    model.serialize(),
    { metrics, trainedAt, rows: set.rows.length, positives, customers: set.customers, trainSeconds },
    trainedAt,
  );
  deps.log.info({ version, rocAuc: metrics.rocAuc, rows: set.rows.length, trainSeconds }, 'propensity model trained');
  return { status: 'trained', version, metrics, rows: set.rows.length, trainSeconds };
}
