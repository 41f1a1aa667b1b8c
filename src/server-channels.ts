/**
 * The channel adapters this configuration enables: web chat always, Telegram and Bot Framework when
 * their credentials are set (one log line otherwise). Part of the composition root, with server.ts.
 */

import { createBotFrameworkAdapter } from '../adapters/botframework';
import type { ChannelAdapter } from '../adapters/shared/channel-adapter';
import { createTelegramAdapter } from '../adapters/telegram';
import { createWebChatAdapter } from '../adapters/webchat';
import type { Clock } from './core/clock';
import type { Config } from './core/config';
import type { InFlightTurns } from './core/in-flight';
import type { Logger } from './core/logger';
import type { Bus } from './core/ports';
import { persistentSecret } from './core/secrets';
import type { Store } from './store/repositories';

export function createChannelAdapters(deps: {
  config: Config;
  bot: InFlightTurns;
  store: Store;
  bus: Bus;
  clock: Clock;
  log: Logger;
}): ChannelAdapter[] {
  const { config, bot, store, bus, clock, log } = deps;
  const adapters: ChannelAdapter[] = [
    createWebChatAdapter({
      config,
      handler: bot,
      store,
      bus,
      clock,
      log,
      tokenSecret: persistentSecret(config.WEBCHAT_TOKEN_SECRET, config.DATA_DIR, 'webchat-token'),
    }),
  ];
  if (config.TELEGRAM_BOT_TOKEN)
    adapters.push(createTelegramAdapter({ config, handler: bot, log, clock, kv: store.kv }));
  else log.info('Telegram disabled: set TELEGRAM_BOT_TOKEN to enable it');
  if (config.MICROSOFT_APP_ID || config.BOTFRAMEWORK_EMULATOR_MODE) {
    adapters.push(createBotFrameworkAdapter({ config, handler: bot, log, clock }));
  } else {
    log.info('Bot Framework disabled: set MICROSOFT_APP_ID (or BOTFRAMEWORK_EMULATOR_MODE=true locally) to enable it');
  }
  return adapters;
}
