import { App, type webApi } from '@slack/bolt';
import type { Router } from 'express';
import type { Logger } from 'pino';
import type { Clock } from '../../src/core/clock';
import type { Config } from '../../src/core/config';
import type { AgentDesk, HandoffService } from '../../src/handoff';
import { boltLogger } from './bolt-logger';
import { SlackDesk } from './desk';
import { registerListeners } from './listeners';
import { defaultRateLimitPolicy, type RateLimitPolicy } from './rate-limit';
import { type DeliveryLedger, SlackExpressReceiver } from './receiver';

export { verifySlackSignature } from './signature';

export interface SlackAdapterOptions {
  config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_SUPPORT_CHANNEL' | 'SLACK_API_URL'>;
  handoff: HandoffService;
  log: Logger;
  clock: Clock;
  /** store.deliveries: drops Slack's redelivered events across instances. */
  deliveries: DeliveryLedger;
  /** How 429s are waited out (tests inject a sleep that does not wait). */
  rateLimit?: RateLimitPolicy;
  /** WebClient retries for network errors and 5xx (node-retry options; tests pass `{ retries: 0 }`). */
  retryConfig?: webApi.RetryOptions;
  /** Route for events, interactivity and slash commands alike. */
  path?: string;
}

export interface SlackAdapter {
  readonly channel: 'slack';
  /** Mount before any body parser: the signature is checked over the raw body. */
  readonly router: Router;
  readonly desk: AgentDesk;
  /** Verifies the bot token (auth.test); call before taking traffic. */
  start(): Promise<void>;
  /** Waits for requests in flight. */
  stop(): Promise<void>;
  /** Resolves when no Slack request is being processed (tests). */
  idle(): Promise<void>;
}

/**
 * The Slack agent desk, or undefined (with one log line) when its credentials are not configured.
 * Wire-up: `handoff.attachDesk(adapter.desk)`, `app.use(adapter.router)`, `await adapter.start()`.
 */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter | undefined {
  const { config, handoff, log, clock } = options;
  const token = config.SLACK_BOT_TOKEN;
  const signingSecret = config.SLACK_SIGNING_SECRET;
  const channel = config.SLACK_SUPPORT_CHANNEL;
  if (!token || !signingSecret || !channel) {
    log.info('Slack agent desk disabled: set SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET and SLACK_SUPPORT_CHANNEL');
    return undefined;
  }
  const slackLog = log.child({ channel: 'slack' });
  const receiver = new SlackExpressReceiver({
    signingSecret,
    clock,
    log: slackLog,
    deliveries: options.deliveries,
    ...(options.path ? { path: options.path } : {}),
  });
  const app = new App({
    receiver,
    token,
    logger: boltLogger(slackLog),
    convoStore: false,
    // auth.test runs in start(), where a bad token or unreachable Slack is an error we can report.
    deferInitialization: true,
    clientOptions: {
      ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
      // 429s come back to us as errors so RateLimitPolicy decides how to wait (see rate-limit.ts).
      rejectRateLimitedCalls: true,
      // Bounded, because opening a thread happens inside a shopper's turn: a few quick retries, then
      // the handoff falls back to email rather than keeping the shopper waiting for minutes.
      retryConfig: options.retryConfig ?? { retries: 2, minTimeout: 250, maxTimeout: 1000 },
      timeout: 10_000,
    },
  });
  const desk = new SlackDesk({
    client: app.client,
    channel,
    log: slackLog,
    rateLimit: options.rateLimit ?? defaultRateLimitPolicy,
  });
  registerListeners(app, { handoff, desk, clock, log: slackLog });

  return {
    channel: 'slack',
    router: receiver.router,
    desk,
    async start() {
      await app.init();
      slackLog.info('Slack agent desk ready');
    },
    stop: () => receiver.stop(),
    idle: () => receiver.idle(),
  };
}
