/**
 * The composition root: builds every part from configuration and hands each its dependencies. The
 * only file under src/ (with main.ts) that imports adapters.
 */
import { once } from 'node:events';
import type { Server } from 'node:http';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { adminRouter } from '../adapters/admin';
import { healthRouter } from '../adapters/ops/health';
import { BotMetrics } from '../adapters/ops/metrics';
import { productImageRouter } from '../adapters/ops/product-images';
import type { ChannelAdapter } from '../adapters/shared/channel-adapter';
import { perIpRateLimit, RateLimiter } from '../adapters/shared/rate-limit';
import { createSlackAdapter, type SlackAdapter } from '../adapters/slack';
import { type Commerce, createCommerce, loadShopPolicy, seedDemoShop } from './commerce';
import { Bot } from './core/bot';
import { InProcessBus } from './core/bus';
import { type Clock, systemClock } from './core/clock';
import type { Config } from './core/config';
import { ConciergeError, httpStatusFor } from './core/errors';
import { InFlightTurns } from './core/in-flight';
import { createLogger, type Logger } from './core/logger';
import { scheduleStoreSweeps } from './core/maintenance';
import { Outbound } from './core/outbound';
import type { Bus } from './core/ports';
import { createRedisBus } from './core/redis-bus';
import { ConciergeDialogue } from './dialogue';
import { HandoffService, scheduleHandoffSweeps } from './handoff';
import { loadOrTrainNlu } from './nlu';
import { CampaignRunner, PropensityScorer, schedulePropensityRetrain } from './predict';
import { projectRoot } from './project-paths';
import { RecommendationService, scheduleRecommendationRefresh } from './recommend';
import { createChannelAdapters } from './server-channels';
import { LiveRecommender } from './skills';
import { openStore } from './store/open-store';
import type { Store } from './store/repositories';

export interface ServerOptions {
  config: Config;
  log?: Logger;
  clock?: Clock;
  /** The NLU corpus folder; `intents/` of the project by default. */
  corpusDir?: string;
}

export interface ConciergeServer {
  readonly app: express.Express;
  readonly config: Config;
  readonly log: Logger;
  readonly store: Store;
  readonly bus: Bus;
  readonly bot: InFlightTurns;
  readonly outbound: Outbound;
  readonly commerce: Commerce;
  readonly handoff: HandoffService;
  readonly adapters: readonly ChannelAdapter[];
  readonly slack: SlackAdapter | undefined;
  /** Starts listening and the channels; resolves with the bound port. */
  listen(): Promise<number>;
  /** Graceful shutdown: stop taking traffic, let turns in flight finish, close the store. */
  close(): Promise<void>;
}

export async function createServer(options: ServerOptions): Promise<ConciergeServer> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const log = options.log ?? createLogger({ level: config.LOG_LEVEL });
  const root = projectRoot();

  const store = await openStore({
    dataDir: config.DATA_DIR,
    log,
    clock,
    ...(config.MONGODB_URI ? { mongoUri: config.MONGODB_URI, mongoDb: config.MONGODB_DB } : {}),
  });
  try {
    return await assemble({ options, clock, log, root, store });
  } catch (error) {
    // A half-built server must not keep the store (and with MongoDB, the process) open.
    await store.close().catch(() => undefined);
    throw error;
  }
}

async function assemble(parts: {
  options: ServerOptions;
  clock: Clock;
  log: Logger;
  root: string;
  store: Store;
}): Promise<ConciergeServer> {
  const { options, clock, log, root, store } = parts;
  const { config } = options;
  const policy = loadShopPolicy(config.SHOP_POLICY_FILE);
  if (config.SEED_DEMO_DATA) {
    const seeded = await seedDemoShop(store, { clock, policy });
    if (seeded.seeded) log.info({ counts: seeded.counts }, 'demo shop loaded into the empty store');
  }
  const commerce = createCommerce({ store, clock, policy });

  const nlu = await loadOrTrainNlu({
    modelFile: config.NLU_MODEL_FILE,
    corpusDir: options.corpusDir ?? join(root, 'intents'),
    vocabulary: commerce.catalog,
    ...(config.ORDER_NUMBER_PATTERN ? { orderNumberPattern: new RegExp(config.ORDER_NUMBER_PATTERN, 'gi') } : {}),
    clock,
    log: (message) => log.info(message),
  });

  const bus: Bus = config.REDIS_URL ? await createRedisBus(config.REDIS_URL, log) : new InProcessBus();
  const outbound = new Outbound({ store, clock, log });
  const scorer = new PropensityScorer({ store, log });
  const propensity = schedulePropensityRetrain({
    store,
    scorer,
    clock,
    log,
    intervalHours: config.PROPENSITY_RETRAIN_HOURS,
  });
  const campaigns = new CampaignRunner({
    store,
    scorer,
    outbound,
    clock,
    log,
    seed: config.CAMPAIGN_SEED,
    defaultTimeZone: policy.contact.timezone,
  });
  const handoff = new HandoffService({
    store,
    outbound,
    clock,
    log,
    policy,
    claimTimeoutMinutes: config.HANDOFF_CLAIM_TIMEOUT_MINUTES,
    // Agents see how likely the shopper is to buy in the handoff header.
    scorer: { score: async (customerId) => (await scorer.score(customerId, clock.now()))?.propensity },
  });
  const recommendations = new RecommendationService({ products: store.products, events: store.events, clock, log });
  await recommendations.refresh();
  const dialogue = new ConciergeDialogue({
    ...commerce,
    notes: store.notes,
    events: store.events,
    recommender: new LiveRecommender({ service: recommendations, products: store.products }),
    misunderstandingLimit: config.HANDOFF_MISUNDERSTANDINGS,
  });
  const metrics = new BotMetrics();
  const bot = new InFlightTurns(
    new Bot({
      store,
      nlu,
      dialogue,
      handoff,
      clock,
      log,
      idleMinutes: config.CONVERSATION_IDLE_MINUTES,
      onTurn: (info) => metrics.recordTurn(info),
    }),
  );

  const adapters = createChannelAdapters({ config, bot, store, bus, clock, log });
  for (const adapter of adapters) outbound.register(adapter.sender);
  const slack = createSlackAdapter({ config, handoff, log, clock, deliveries: store.deliveries });
  if (slack) handoff.attachDesk(slack.desk);

  let shuttingDown = false;
  const app = express();
  app.disable('x-powered-by');
  // Responses not yet sent: shutdown waits for them, so a turn that finishes still gets its answer out.
  const openResponses = new Set<Promise<void>>();
  app.use((_req: Request, res: Response, next: NextFunction) => {
    const done = new Promise<void>((resolve) => res.once('close', () => resolve()));
    openResponses.add(done);
    void done.then(() => openResponses.delete(done));
    next();
  });
  // The Slack receiver verifies signatures over the raw body: it goes before anything that parses.
  // Per-IP ceilings: generous for channel webhooks (their platforms burst), tight for the admin API.
  // The web chat API has its own per-visitor and per-IP limits.
  const webhookLimit = perIpRateLimit(new RateLimiter(WEBHOOK_REQUESTS_PER_MINUTE, clock), 'webhook');
  app.use(['/slack', '/telegram', '/api/messages'], webhookLimit);
  app.use('/api/admin', perIpRateLimit(new RateLimiter(ADMIN_REQUESTS_PER_MINUTE, clock), 'admin'));
  if (slack) app.use(slack.router);
  app.use(healthRouter({ ping: () => store.ping(), isShuttingDown: () => shuttingDown, metrics, log }));
  app.use(productImageRouter({ catalog: commerce.catalog }));
  if (config.ADMIN_TOKEN) {
    app.use(
      adminRouter({
        adminToken: config.ADMIN_TOKEN,
        store,
        customers: commerce.customers,
        runner: campaigns,
        retrain: propensity.retrainNow,
        clock,
        offersEnabled: config.PROACTIVE_OFFERS_ENABLED,
        onErased: (customerId) => recommendations.forget(customerId),
      }),
    );
  }
  for (const adapter of adapters) app.use(adapter.router);
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: { code: 'E_NOT_FOUND', message: 'no such route' } });
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = error instanceof ConciergeError ? httpStatusFor(error.code) : 500;
    if (status >= 500) log.error({ err: error }, 'request failed');
    if (res.headersSent) return;
    const code = error instanceof ConciergeError ? error.code : 'E_INTERNAL';
    res.status(status).json({ error: { code, message: status >= 500 ? 'internal error' : (error as Error).message } });
  });

  let server: Server | undefined;
  const stopHandoffSweeps = scheduleHandoffSweeps(handoff, log);
  const stopStoreSweeps = scheduleStoreSweeps(store, clock, log);
  const stopRecommendationRefresh = scheduleRecommendationRefresh(recommendations, log, 60_000);

  return {
    app,
    config,
    log,
    store,
    bus,
    bot,
    outbound,
    commerce,
    handoff,
    adapters,
    slack,
    async listen() {
      server = app.listen(config.PORT, config.HOST);
      await once(server, 'listening');
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.PORT;
      if (slack) await slack.start();
      for (const adapter of adapters) await adapter.start();
      log.info({ port, store: store.kind, channels: adapters.map((a) => a.channel) }, 'concierge is listening');
      return port;
    },
    async close() {
      if (shuttingDown) return;
      shuttingDown = true;
      stopHandoffSweeps();
      propensity.stop();
      stopStoreSweeps();
      stopRecommendationRefresh();
      const closed = server ? new Promise<void>((resolve) => server?.close(() => resolve())) : Promise.resolve();
      for (const adapter of adapters) await adapter.stop();
      if (slack) await slack.stop();
      await bot.idle();
      // Cutting connections before the answers of finished turns are written would lose them; a
      // client that never finishes its request gets a bounded wait (main.ts force-exits at 15 s).
      await Promise.race([settleAll(openResponses), delay(RESPONSE_GRACE_MS)]);
      server?.closeAllConnections();
      await closed;
      await bus.close();
      await store.close();
      log.info('concierge stopped');
    },
  };
}

const RESPONSE_GRACE_MS = 10_000;
const WEBHOOK_REQUESTS_PER_MINUTE = 1200;
const ADMIN_REQUESTS_PER_MINUTE = 120;

async function settleAll(pending: Set<Promise<void>>): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
