import { createHmac } from 'node:crypto';
import type { Config } from '../../src/core/config';

/** The slice of Config the Telegram adapter reads. */
export type TelegramConfig = Pick<
  Config,
  | 'TELEGRAM_BOT_TOKEN'
  | 'TELEGRAM_MODE'
  | 'TELEGRAM_WEBHOOK_SECRET'
  | 'TELEGRAM_REGISTER_WEBHOOK'
  | 'TELEGRAM_API_ROOT'
  | 'PUBLIC_URL'
>;

export const TELEGRAM_WEBHOOK_PATH = '/telegram/webhook';

/** The update kinds we parse; asking Telegram for only these keeps noise (edits, polls) away. */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/**
 * The webhook secret: TELEGRAM_WEBHOOK_SECRET, or one derived from the bot token when unset. Deriving
 * (instead of generating) means every instance and every restart agree on it without shared state,
 * and the webhook is never open. Telegram allows 1–256 characters of [A-Za-z0-9_-]; hex fits.
 */
export function webhookSecret(config: TelegramConfig, token: string): string {
  if (config.TELEGRAM_WEBHOOK_SECRET) return config.TELEGRAM_WEBHOOK_SECRET;
  return createHmac('sha256', token).update('concierge telegram webhook secret').digest('hex');
}

/** Full public webhook URL, or undefined when PUBLIC_URL is not configured. */
export function webhookUrl(config: TelegramConfig): string | undefined {
  if (!config.PUBLIC_URL) return undefined;
  return `${config.PUBLIC_URL.replace(/\/+$/, '')}${TELEGRAM_WEBHOOK_PATH}`;
}
