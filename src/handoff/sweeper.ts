import type { Logger } from 'pino';
import type { HandoffService } from './service';

/**
 * Runs the claim-timeout sweep on an interval. Safe on every instance at once: each timeout is a
 * compare-and-set, so exactly one instance closes a given handoff. Returns a stop function.
 */
export function scheduleHandoffSweeps(service: HandoffService, log: Logger, intervalMs = 30_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return; // a slow sweep (store hiccup) must not pile up behind itself
    running = true;
    service
      .sweepTimeouts()
      .catch((e: unknown) => log.error({ err: e }, 'handoff timeout sweep failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
