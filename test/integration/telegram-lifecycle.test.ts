import { createTelegramAdapter, type TelegramConfig } from '../../adapters/telegram';
import { silentLogger } from '../../src/core/logger';
import { EchoHandler } from '../support/echo-handler';
import { FakeTelegramApi, textUpdate } from '../support/fake-telegram-api';

const TOKEN = '123456:TEST-token';

function configFor(apiRoot: string, overrides: Partial<TelegramConfig>): TelegramConfig {
  return {
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_MODE: 'webhook',
    TELEGRAM_WEBHOOK_SECRET: 's3cret',
    TELEGRAM_REGISTER_WEBHOOK: true,
    TELEGRAM_API_ROOT: apiRoot,
    PUBLIC_URL: 'https://shop.example.com/',
    ...overrides,
  };
}

describe('Telegram adapter: webhook registration', () => {
  let fake: FakeTelegramApi;
  let apiRoot: string;

  beforeEach(async () => {
    fake = new FakeTelegramApi(TOKEN);
    apiRoot = await fake.start();
  });
  afterEach(() => fake.stop());

  it('waits out a 429 from setWebhook as told by retry_after, then registers the webhook', async () => {
    fake.failNext('setWebhook', {
      error_code: 429,
      description: 'Too Many Requests: retry after 3',
      parameters: { retry_after: 3 },
    });
    const sleeps: number[] = [];
    const adapter = createTelegramAdapter({
      config: configFor(apiRoot, {}),
      handler: new EchoHandler(),
      log: silentLogger(),
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    await adapter.start();
    await adapter.stop();
    const calls = fake.callsTo('setWebhook');
    expect(calls).toHaveLength(2);
    expect(sleeps).toEqual([3000]);
    expect(calls[1]?.params).toMatchObject({
      url: 'https://shop.example.com/telegram/webhook',
      secret_token: 's3cret',
      allowed_updates: ['message', 'callback_query'],
    });
  });

  it('gives up after a bounded number of 429s without failing startup', async () => {
    const flood = { error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 1 } };
    fake.failNext('setWebhook', flood, flood, flood);
    const adapter = createTelegramAdapter({
      config: configFor(apiRoot, {}),
      handler: new EchoHandler(),
      log: silentLogger(),
      sleep: async () => {},
      setWebhookAttempts: 3,
    });
    await expect(adapter.start()).resolves.toBeUndefined();
    await adapter.stop();
    expect(fake.callsTo('setWebhook')).toHaveLength(3);
  });

  it('registers a secret derived from the token when none is configured', async () => {
    const adapter = createTelegramAdapter({
      config: configFor(apiRoot, { TELEGRAM_WEBHOOK_SECRET: undefined }),
      handler: new EchoHandler(),
      log: silentLogger(),
    });
    await adapter.start();
    await adapter.stop();
    const secret = String(fake.callsTo('setWebhook')[0]?.params.secret_token);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not register without PUBLIC_URL or when registration is off', async () => {
    for (const overrides of [{ PUBLIC_URL: undefined }, { TELEGRAM_REGISTER_WEBHOOK: false }]) {
      const adapter = createTelegramAdapter({
        config: configFor(apiRoot, overrides),
        handler: new EchoHandler(),
        log: silentLogger(),
      });
      await adapter.start();
      await adapter.stop();
    }
    expect(fake.callsTo('setWebhook')).toHaveLength(0);
  });
});

describe('Telegram adapter: polling mode', () => {
  it('receives an update from getUpdates, answers it, and stops cleanly', async () => {
    const fake = new FakeTelegramApi(TOKEN);
    const apiRoot = await fake.start();
    const handler = new EchoHandler();
    const adapter = createTelegramAdapter({
      config: configFor(apiRoot, { TELEGRAM_MODE: 'polling', TELEGRAM_REGISTER_WEBHOOK: false }),
      handler,
      log: silentLogger(),
    });
    try {
      await adapter.start();
      expect(fake.callsTo('getMe')).toHaveLength(1);
      fake.pushUpdate(textUpdate(9001, 'polled hello', { chatId: 31337 }));
      const [sent] = await fake.waitFor('sendMessage');
      expect(sent?.params).toMatchObject({ chat_id: '31337', text: 'echo: polled hello' });
      expect(handler.messages[0]).toMatchObject({ deliveryId: '9001', channelConversationId: '31337' });
      const polls = await fake.waitFor('getUpdates', 2);
      expect(polls[0]?.params.allowed_updates).toEqual(['message', 'callback_query']);
    } finally {
      await adapter.stop();
      await fake.stop();
    }
    // A later poll confirmed update 9001 by asking from offset 9002.
    expect(fake.callsTo('getUpdates').some((c) => c.params.offset === 9002)).toBe(true);
    // The webhook route exists only in webhook mode.
    expect(adapter.router.stack).toHaveLength(0);
  });

  it('fails start() when Telegram rejects the token, and stop() still resolves', async () => {
    const fake = new FakeTelegramApi(TOKEN);
    const apiRoot = await fake.start();
    const adapter = createTelegramAdapter({
      config: { ...configFor(apiRoot, { TELEGRAM_MODE: 'polling' }), TELEGRAM_BOT_TOKEN: '999:wrong' },
      handler: new EchoHandler(),
      log: silentLogger(),
    });
    try {
      await expect(adapter.start()).rejects.toThrow(/Unauthorized/);
      await expect(adapter.stop()).resolves.toBeUndefined();
    } finally {
      await fake.stop();
    }
  });
});
