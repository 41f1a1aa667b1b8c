import type { Logger } from '../core/logger';
import { runEvery } from '../core/schedule';
import type { RecommendationService } from './service';

/**
 * Keeps the recommender current in the background: every `intervalMs` it reads the events appended
 * since the last run and refits when enough changed (see RecommenderOptions). A run that is still
 * going (a large refit) is never stacked on. Returns a stop function.
 */
export function scheduleRecommendationRefresh(
  service: RecommendationService,
  log: Logger,
  intervalMs = 60_000,
): () => void {
  return runEvery(intervalMs, () => service.refresh(), log, 'recommendation refresh');
}
