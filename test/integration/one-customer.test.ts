/**
 * One shopper, three channels: proving ownership of an order on web chat, on Telegram and on Bot
 * Framework links each channel identity to the same customer, whose event log and privacy export
 * then show all three.
 */
import type { Order } from '../../src/store/entities';
import { call } from '../e2e/http-client';
import { FakeBotFrameworkConnector } from '../support/fake-bf-connector';
import { FakeTelegramApi, type TelegramSender, textUpdate } from '../support/fake-telegram-api';
import {
  NLU_TRAINING_MS,
  postTelegramUpdate,
  startTestServer,
  storeEnv,
  TELEGRAM_TOKEN,
  type TestServer,
  telegramEnv,
  WebChatShopper,
} from '../support/test-server';

const ADMIN_TOKEN = 'admin-token-for-e2e-0123456789';
const CHAT = 7171;
const AMELIA: TelegramSender = { chatId: CHAT, firstName: 'Amelia', languageCode: 'en', date: 1_768_471_200 };

describe('one customer across web chat, Telegram and Bot Framework', () => {
  const store = storeEnv('onecust');
  let telegram: FakeTelegramApi;
  let connector: FakeBotFrameworkConnector;
  let t: TestServer;
  let order: Order;

  beforeAll(async () => {
    telegram = new FakeTelegramApi(TELEGRAM_TOKEN);
    const apiRoot = await telegram.start();
    connector = new FakeBotFrameworkConnector();
    await connector.start();
    t = await startTestServer({
      env: { ...store.env, ...telegramEnv(apiRoot), BOTFRAMEWORK_EMULATOR_MODE: 'true', ADMIN_TOKEN },
    });
    order = (await t.server.store.orders.get('10234')) as Order;
  }, NLU_TRAINING_MS);

  afterAll(async () => {
    await t?.close();
    await telegram?.stop();
    await connector?.stop();
    await store.drop();
  });

  /** Says something on Telegram and returns the text the bot sent back. */
  async function onTelegram(updateId: number, text: string): Promise<string> {
    const before = telegram.callsTo('sendMessage').length;
    expect((await postTelegramUpdate(t.url, textUpdate(updateId, text, AMELIA))).status).toBe(200);
    const calls = await telegram.waitFor('sendMessage', before + 1);
    return String(calls[before]?.params.text);
  }

  /** POSTs an activity as the Emulator would; the reply is on the connector when the POST returns. */
  async function onBotFramework(id: string, text: string): Promise<string> {
    const before = connector.calls.length;
    const res = await call(`${t.url}/api/messages`, {
      body: {
        type: 'message',
        id,
        channelId: 'emulator',
        serviceUrl: connector.url,
        timestamp: t.clock.now().toISOString(),
        locale: 'en-GB',
        from: { id: 'bf-user-amelia', name: 'Amelia' },
        recipient: { id: 'concierge-bot', name: 'Concierge' },
        conversation: { id: 'bf-conv-amelia' },
        text,
      },
    });
    expect(res.status).toBe(200);
    const replies = connector.calls.slice(before).map((c) => c.activity);
    return replies.map((a) => String(a.text ?? '')).join('\n');
  }

  it('links all three channel identities to the customer who owns order 10234', async () => {
    const web = await WebChatShopper.start(t.url);
    expect((await web.say('where is my order 10234?'))[0]?.text).toMatch(/email address/);
    expect((await web.say(order.email))[0]?.text).toContain(String(order.trackingNumber));

    expect(await onTelegram(501, 'where is my order 10234?')).toMatch(/email address/);
    expect(await onTelegram(502, order.email)).toContain(String(order.trackingNumber));

    expect(await onBotFramework('bf-1', 'where is my order 10234?')).toMatch(/email address/);
    expect(await onBotFramework('bf-2', order.email)).toContain(String(order.trackingNumber));

    const { store: s } = t.server;
    const identities = await s.identities.listByCustomer(order.customerId);
    expect(
      identities
        .filter((i) => i.verified)
        .map((i) => i.channel)
        .sort(),
    ).toEqual(['botframework', 'telegram', 'webchat']);
    expect(await s.identities.get('telegram', String(CHAT))).toMatchObject({ customerId: order.customerId });
    expect(await s.identities.get('botframework', 'bf-user-amelia')).toMatchObject({ customerId: order.customerId });

    // The omnichannel event log: the anonymous profiles' events moved to the customer on linking.
    const events = await s.events.list({ customerId: order.customerId });
    const messageChannels = new Set(events.filter((e) => e.type === 'message').map((e) => e.channel));
    expect(messageChannels).toEqual(new Set(['webchat', 'telegram', 'botframework']));
    // Both messages of each channel, the one before proof included.
    for (const channel of ['webchat', 'telegram', 'botframework']) {
      expect(events.filter((e) => e.type === 'message' && e.channel === channel)).toHaveLength(2);
    }

    // Each channel's conversation belongs to the customer too.
    const conversations = await s.conversations.listByCustomer(order.customerId);
    expect(conversations.map((c) => c.id).sort()).toEqual(
      [`botframework:bf-conv-amelia`, `telegram:${CHAT}`, `webchat:${web.conversationId}`].sort(),
    );

    const exported = await call(`${t.url}/api/admin/customers/${order.customerId}/export`, { token: ADMIN_TOKEN });
    expect(exported.status).toBe(200);
    const data = exported.body as { identities: { channel: string; channelUserId: string }[] };
    expect(data.identities.map((i) => i.channel).sort()).toEqual(['botframework', 'telegram', 'webchat']);
  });
});
