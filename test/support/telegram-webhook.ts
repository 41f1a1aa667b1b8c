/**
 * The Telegram adapter in webhook mode on a local port, talking to FakeTelegramApi, with an EchoHandler
 * standing in for the core.
 */
import { createTelegramAdapter, type TelegramAdapter, type TelegramConfig } from '../../adapters/telegram';
import { silentLogger } from '../../src/core/logger';
import { EchoHandler, echo } from './echo-handler';
import { FakeTelegramApi } from './fake-telegram-api';
import { closeServer, listenOn } from './http';

export const TOKEN = '123456:TEST-token';
export const SECRET = 's3cret_Token-1';

export interface TelegramWebhook {
  fake: FakeTelegramApi;
  /** Echoes with two quick replies: Track order (intent:order_status) and Help (cmd:help). */
  handler: EchoHandler;
  adapter: TelegramAdapter;
  config: TelegramConfig;
  url: string;
  /** POSTs an update to the webhook with `secret` in the secret-token header (`null` sends none). */
  post(body: unknown, secret?: string | null): Promise<Response>;
  close(): Promise<void>;
}

/** POSTs an update to the webhook of the server at `url`. */
export function postUpdate(url: string, body: unknown, secret: string | null = SECRET): Promise<Response> {
  return fetch(`${url}/telegram/webhook`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }),
    },
    body: JSON.stringify(body),
  });
}

export async function startTelegramWebhook(): Promise<TelegramWebhook> {
  const fake = new FakeTelegramApi(TOKEN);
  const apiRoot = await fake.start();
  const handler = new EchoHandler(
    echo([
      { label: 'Track order', payload: 'intent:order_status' },
      { label: 'Help', payload: 'cmd:help' },
    ]),
  );
  const config: TelegramConfig = {
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_MODE: 'webhook',
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_REGISTER_WEBHOOK: false,
    TELEGRAM_API_ROOT: apiRoot,
    PUBLIC_URL: 'https://shop.example.com/',
  };
  const adapter = createTelegramAdapter({ config, handler, log: silentLogger() });
  const { url, server } = await listenOn(adapter.router);
  return {
    fake,
    handler,
    adapter,
    config,
    url,
    post: (body, secret) => postUpdate(url, body, secret),
    async close() {
      await adapter.stop();
      await closeServer(server);
      await fake.stop();
    },
  };
}

/**
 * For a describe block: a fresh webhook before each test, closed after it. Returns the current one;
 * call it inside a test.
 */
export function webhookForEachTest(): () => TelegramWebhook {
  let current: TelegramWebhook | undefined;
  beforeEach(async () => {
    current = await startTelegramWebhook();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('the Telegram webhook runs only inside a test');
    return current;
  };
}
