import type { Logger } from 'pino';
import type { Store } from '../store/repositories';
import type { Clock } from './clock';
import { runEvery } from './schedule';

/**
 * Periodically forgets expired delivery ids and key/value entries. The store keeps explicit expiry
 * timestamps (no TTL indexes, for portability), so something has to sweep them.
 */
export function scheduleStoreSweeps(store: Store, clock: Clock, log: Logger, intervalMs = 10 * 60_000): () => void {
  return runEvery(
    intervalMs,
    async () => {
      const now = clock.now().toISOString();
      const deliveries = await store.deliveries.sweep(now);
      const keys = await store.kv.sweep(now);
      if (deliveries + keys > 0) log.debug({ deliveries, keys }, 'expired records swept');
    },
    log,
    'store sweep',
  );
}
