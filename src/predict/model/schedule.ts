import type { Logger } from 'pino';
import type { Clock } from '../../core/clock';
import { runEvery } from '../../core/schedule';
import type { Store } from '../../store/repositories';
import { PROPENSITY_MODEL_NAME } from './propensity-model';
import { type RetrainResult, retrainPropensity } from './retrain';
import type { PropensityScorer } from './scorer';

/**
 * Keeps the propensity model fresh: trains once at startup when none is stored, then every
 * `intervalHours` (0: never), in the background so turns never wait for it. Scorers reload the new version.
 */
export function schedulePropensityRetrain(deps: {
  store: Store;
  scorer: PropensityScorer;
  clock: Clock;
  log: Logger;
  intervalHours: number;
}): { retrainNow: (options?: { horizonDays?: number; seed?: number }) => Promise<RetrainResult>; stop: () => void } {
  const { store, scorer, clock, log } = deps;
  let running: Promise<RetrainResult> | undefined;
  const retrainNow = (options: { horizonDays?: number; seed?: number } = {}) => {
    running ??= retrainPropensity({ store, clock, log }, options)
      .then(async (result) => {
        if (result.status === 'trained') scorer.reload();
        log.info({ status: result.status, rows: result.rows }, 'propensity model retrain finished');
        return result;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  if (deps.intervalHours <= 0) return { retrainNow, stop: () => undefined };
  void store.models.latest(PROPENSITY_MODEL_NAME).then(
    (model) => {
      if (!model) void retrainNow().catch((error: unknown) => log.error({ err: error }, 'propensity retrain failed'));
    },
    (error: unknown) => log.error({ err: error }, 'cannot read the propensity model'),
  );
  const stop = runEvery(deps.intervalHours * 3_600_000, () => retrainNow(), log, 'propensity retrain');
  return { retrainNow, stop };
}
