import express from 'express';
import { Telegraf } from 'telegraf';
import { type Clock, systemClock } from '../../src/core/clock';
import { ConciergeError, ERROR_CODES } from '../../src/core/errors';
import type { Logger } from '../../src/core/logger';
import type { ConversationRef, Reply } from '../../src/core/message';
import type { ChannelSender, MessageHandler } from '../../src/core/ports';
import type { KvRepo } from '../../src/store/repositories';
import type { ChannelAdapter } from '../shared/channel-adapter';
import { TurnTracker } from '../shared/turn-tracker';
import { TelegramApi } from './api';
import { CallbackDataCodec } from './callback-data';
import { ALLOWED_UPDATES, type TelegramConfig, webhookSecret, webhookUrl } from './config';
import { TelegramUpdateProcessor } from './processor';
import { realSleep, type Sleep } from './retry';
import { telegramUpdateSchema } from './update-schema';
import { telegramWebhookRouter } from './webhook';

export type { TelegramConfig } from './config';
export { verifyTelegramSecret } from './verify';

export interface TelegramAdapterDeps {
  config: TelegramConfig;
  handler: MessageHandler;
  log: Logger;
  clock?: Clock;
  /** Waits out Telegram's flood limits; tests pass one that resolves at once. */
  sleep?: Sleep;
  /** setWebhook attempts in all when Telegram answers 429. */
  setWebhookAttempts?: number;
  /** Shared key/value store for long button payloads, so they work on every instance and after restarts. */
  kv?: Pick<KvRepo, 'get' | 'set'>;
}

export interface TelegramAdapter extends ChannelAdapter {
  /** Resolves when every update received so far has been answered (tests and graceful stop). */
  drain(): Promise<void>;
}

/**
 * Telegram over the Bot API via telegraf. Webhook mode mounts `POST /telegram/webhook`; polling mode
 * (local development) mounts nothing and long-polls getUpdates between start() and stop().
 */
export function createTelegramAdapter(deps: TelegramAdapterDeps): TelegramAdapter {
  const { config, handler } = deps;
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new ConciergeError(ERROR_CODES.CONFIG, 'TELEGRAM_BOT_TOKEN is required for the Telegram adapter');
  const log = deps.log.child({ channel: 'telegram' });
  const sleep = deps.sleep ?? realSleep;

  const bot = new Telegraf(token, {
    // webhookReply would answer a call inside the webhook response, unconfirmed; we answer 200 first.
    telegram: { webhookReply: false, ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}) },
  });
  const clock = deps.clock ?? systemClock;
  const codec = new CallbackDataCodec({ ...(deps.kv ? { kv: deps.kv } : {}), now: () => clock.now() });
  const api = new TelegramApi(bot.telegram, codec, sleep, log);
  const processor = new TelegramUpdateProcessor({ api, codec, handler, clock, log });
  const turns = new TurnTracker();
  const onError = (err: unknown) => log.error({ err }, 'telegram update failed');

  const router = express.Router();
  const secret = webhookSecret(config, token);
  if (config.TELEGRAM_MODE === 'webhook') {
    const onUpdate = async (update: Parameters<TelegramUpdateProcessor['process']>[0]) => {
      const render = await processor.accept(update);
      if (render) turns.run(render, onError);
    };
    router.use(telegramWebhookRouter({ secret, onUpdate, log }));
  }

  // Polling: telegraf's loop awaits each batch, so turns run inline; errors are caught here because
  // telegraf's default error handler rethrows and would end polling.
  bot.use(async (ctx) => {
    const parsed = telegramUpdateSchema.safeParse(ctx.update);
    if (!parsed.success) {
      log.warn({ updateId: ctx.update.update_id }, 'telegram: invalid update ignored');
      return;
    }
    await new Promise<void>((resolve) => turns.run(() => processor.process(parsed.data).finally(resolve), onError));
  });

  let polling: Promise<void> | undefined;
  let stopped = false;

  async function registerWebhook(): Promise<void> {
    const url = webhookUrl(config);
    if (!url) {
      log.error('TELEGRAM_REGISTER_WEBHOOK is set but PUBLIC_URL is not; webhook not registered');
      return;
    }
    try {
      await api.setWebhook(url, secret, deps.setWebhookAttempts ?? 5);
      log.info({ url }, 'telegram webhook registered');
    } catch (err) {
      // A webhook set on an earlier run keeps working; a channel hiccup must not stop the whole bot.
      log.error({ err }, 'telegram setWebhook failed; keeping whatever webhook Telegram has');
    }
  }

  function startPolling(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let launched = false;
      // launch() resolves only when polling ends; its onLaunch callback fires once getMe succeeded.
      polling = bot
        .launch({ allowedUpdates: [...ALLOWED_UPDATES] }, () => {
          launched = true;
          log.info('telegram long polling started');
          resolve();
        })
        .catch((err: unknown) => {
          log.error({ err }, 'telegram polling stopped with an error');
          if (!launched) reject(err);
        });
    });
  }

  const sender: ChannelSender = {
    channel: 'telegram',
    send: (ref: ConversationRef, replies: Reply[]) => api.sendReplies(ref.channelConversationId, replies),
  };

  return {
    channel: 'telegram',
    router,
    sender,
    async start() {
      if (config.TELEGRAM_MODE === 'polling') return startPolling();
      if (config.TELEGRAM_REGISTER_WEBHOOK) await registerWebhook();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      if (polling) {
        try {
          bot.stop('shutdown');
        } catch {
          // "Bot is not running": launch failed before polling began; nothing to stop.
        }
        await polling;
      }
      await turns.drain();
    },
    drain: () => turns.drain(),
  };
}
