import { Router } from 'express';
import type { Logger } from 'pino';
import type { BotMetrics } from './metrics';

/**
 * Liveness (the process answers), readiness (the store answers and we are not shutting down) and
 * Prometheus metrics.
 */
export function healthRouter(deps: {
  ping: () => Promise<void>;
  isShuttingDown: () => boolean;
  metrics: BotMetrics;
  log: Logger;
}): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (deps.isShuttingDown()) {
      res.status(503).json({ status: 'shutting_down' });
      return;
    }
    try {
      await deps.ping();
      res.json({ status: 'ready' });
    } catch (error) {
      deps.log.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'store_unreachable' });
    }
  });
  router.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  return router;
}
