import { Router } from 'express';
import type { Clock } from '../../src/core/clock';
import type { Config } from '../../src/core/config';
import { ERROR_CODES, RateLimitedError } from '../../src/core/errors';
import type { Logger } from '../../src/core/logger';
import type { Bus, ChannelSender, MessageHandler } from '../../src/core/ports';
import type { Store } from '../../src/store/repositories';
import { errorMiddleware, sendError } from '../shared/http-errors';
import { clientIp, RateLimiter } from '../shared/rate-limit';
import { apiRoutes } from './api-routes';
import { corsMiddleware } from './cors';
import { apiHeaders } from './security-headers';
import { WebChatSender } from './sender';
import { SseHub } from './sse';
import { staticRoutes } from './static-routes';
import { DEFAULT_TOKEN_TTL_MS } from './token';
import { buildWidgetBundle, type WidgetBundle } from './widget-bundle';

export type { HistoryItem } from './schemas';
export { signVisitorToken, type VisitorClaims, verifyVisitorToken } from './token';

export type WebChatConfig = Pick<Config, 'WEBCHAT_ALLOWED_ORIGINS' | 'WEBCHAT_RATE_LIMIT_PER_MINUTE'>;

export interface WebChatDeps {
  config: WebChatConfig;
  handler: MessageHandler;
  store: Store;
  bus: Bus;
  clock: Clock;
  log: Logger;
  tokenSecret: string;
  /** Knobs for tests; production uses the defaults. */
  tuning?: {
    tokenTtlMs?: number;
    heartbeatMs?: number;
    /** Requests per minute from one IP across the API; default 4× the per-visitor limit. */
    ipRateLimitPerMinute?: number;
  };
}

export interface WebChatAdapter {
  channel: 'webchat';
  router: Router;
  sender: ChannelSender;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The web chat channel: a JSON API under /api/webchat, an event stream for replies that arrive
 * later, the embeddable widget at /widget.js and a demo storefront at /. Mount the router at '/'.
 */
export function createWebChatAdapter(deps: WebChatDeps): WebChatAdapter {
  const log = deps.log.child({ channel: 'webchat' });
  const perMinute = deps.config.WEBCHAT_RATE_LIMIT_PER_MINUTE;
  // One page load costs ~3 requests (session, history, stream) on top of the messages themselves,
  // and shoppers behind one office NAT share an IP: the IP budget is therefore wider.
  const ipLimiter = new RateLimiter(deps.tuning?.ipRateLimitPerMinute ?? perMinute * 4, deps.clock);
  const visitorLimiter = new RateLimiter(perMinute, deps.clock);
  const hub = new SseHub({ bus: deps.bus, log, heartbeatMs: deps.tuning?.heartbeatMs ?? 25_000 });

  let bundle: Promise<WidgetBundle> | undefined;
  const getBundle = () => {
    bundle ??= buildWidgetBundle();
    // A failed build is retried on the next request rather than cached forever.
    bundle.catch(() => {
      bundle = undefined;
    });
    return bundle;
  };

  const api = Router();
  api.use(apiHeaders, corsMiddleware(deps.config.WEBCHAT_ALLOWED_ORIGINS), (req, _res, next) => {
    if (req.method === 'OPTIONS') return next();
    const decision = ipLimiter.take(`ip:${clientIp(req)}`);
    if (!decision.allowed) return next(new RateLimitedError('too many requests', decision.retryAfterSeconds));
    next();
  });
  api.use(
    apiRoutes({
      handler: deps.handler,
      store: deps.store,
      clock: deps.clock,
      log,
      tokenSecret: deps.tokenSecret,
      tokenTtlMs: deps.tuning?.tokenTtlMs ?? DEFAULT_TOKEN_TTL_MS,
      visitorLimiter,
      hub,
    }),
  );
  api.use((_req, res) => sendError(res, 404, ERROR_CODES.NOT_FOUND, 'no such web chat endpoint'));
  api.use(errorMiddleware(log, 'webchat', '16 KB'));

  const router = Router();
  router.use('/api/webchat', api);
  router.use(staticRoutes({ bundle: getBundle, log }));
  router.use(errorMiddleware(log, 'webchat', '16 KB'));

  return {
    channel: 'webchat',
    router,
    sender: new WebChatSender({ bus: deps.bus, clock: deps.clock }),
    async start() {
      try {
        const built = await getBundle();
        log.info({ bytes: built.bytes }, 'webchat widget ready');
      } catch (err) {
        // The chat API works without the widget; say so once instead of failing startup.
        log.error({ err }, 'webchat widget could not be built; /widget.js will answer 503');
      }
    },
    async stop() {
      await hub.closeAll();
    },
  };
}
