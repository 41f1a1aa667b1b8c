import type { Logger } from 'pino';
import { runEvery } from '../core/schedule';
import type { HandoffService } from './service';

/**
 * Runs the claim-timeout sweep on an interval. Safe on every instance at once: each timeout is a
 * compare-and-set, so exactly one instance closes a given handoff. Returns a stop function.
 */
export function scheduleHandoffSweeps(service: HandoffService, log: Logger, intervalMs = 30_000): () => void {
  return runEvery(intervalMs, () => service.sweepTimeouts(), log, 'handoff timeout sweep');
}
