import type { Server } from 'node:http';
import { createTelegramAdapter, type TelegramAdapter, type TelegramConfig } from '../../adapters/telegram';
import { silentLogger } from '../../src/core/logger';
import { conversationKey, type Message, type Reply } from '../../src/core/message';
import type { MessageHandler, TurnResult } from '../../src/core/ports';
import { callbackUpdate, FakeTelegramApi, keyboardOf, textUpdate } from '../support/fake-telegram-api';
import { closeServer, listenOn } from '../support/http';

const TOKEN = '123456:TEST-token';
const SECRET = 's3cret_Token-1';

/** Echoes text, answers payloads, dedupes by delivery id like the core does. */
class EchoHandler implements MessageHandler {
  readonly messages: Message[] = [];
  private readonly seen = new Set<string>();
  replies: (m: Message) => Reply[] = (m) => [
    {
      text: m.payload ? `pressed ${m.payload}` : `echo: ${m.text ?? ''}`,
      quickReplies: [
        { label: 'Track order', payload: 'intent:order_status' },
        { label: 'Help', payload: 'cmd:help' },
      ],
    },
  ];

  async handle(m: Message): Promise<TurnResult> {
    this.messages.push(m);
    const conversationId = conversationKey(m.ref);
    const key = `${m.channel}:${m.deliveryId}`;
    if (this.seen.has(key)) return { conversationId, replies: [], duplicate: true };
    this.seen.add(key);
    return { conversationId, replies: this.replies(m), duplicate: false };
  }
}

describe('Telegram adapter (webhook mode)', () => {
  let fake: FakeTelegramApi;
  let handler: EchoHandler;
  let adapter: TelegramAdapter;
  let server: Server;
  let url: string;
  let config: TelegramConfig;

  beforeEach(async () => {
    fake = new FakeTelegramApi(TOKEN);
    const apiRoot = await fake.start();
    handler = new EchoHandler();
    config = {
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_REGISTER_WEBHOOK: false,
      TELEGRAM_API_ROOT: apiRoot,
      PUBLIC_URL: 'https://shop.example.com/',
    };
    adapter = createTelegramAdapter({ config, handler, log: silentLogger() });
    ({ url, server } = await listenOn(adapter.router));
  });

  afterEach(async () => {
    await adapter.stop();
    await closeServer(server);
    await fake.stop();
  });

  const post = (body: unknown, secret: string | null = SECRET) =>
    fetch(`${url}/telegram/webhook`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }),
      },
      body: JSON.stringify(body),
    });

  it('answers a message with the reply and an inline keyboard in the same chat', async () => {
    const res = await post(textUpdate(1001, 'hello there'));
    expect(res.status).toBe(200);
    await adapter.drain();

    expect(handler.messages).toHaveLength(1);
    expect(handler.messages[0]).toMatchObject({
      channel: 'telegram',
      deliveryId: '1001',
      channelUserId: '4242',
      channelConversationId: '4242',
      text: 'hello there',
      localeHint: 'zh-hans',
      ref: { channel: 'telegram', channelConversationId: '4242', channelUserId: '4242' },
    });
    expect(fake.callsTo('sendChatAction')[0]?.params).toMatchObject({ chat_id: '4242', action: 'typing' });
    const [sent] = fake.callsTo('sendMessage');
    expect(sent?.token).toBe(TOKEN);
    expect(sent?.params).toMatchObject({ chat_id: '4242', text: 'echo: hello there' });
    expect(keyboardOf(sent!)).toEqual([
      [
        { text: 'Track order', callback_data: 'intent:order_status' },
        { text: 'Help', callback_data: 'cmd:help' },
      ],
    ]);
  });

  it('acknowledges only a stored turn: a failure answers 500 and the redelivery is processed', async () => {
    const original = handler.handle.bind(handler);
    let failNext = true;
    handler.handle = async (m) => {
      if (failNext) {
        failNext = false;
        throw new Error('store unavailable');
      }
      return original(m);
    };
    expect((await post(textUpdate(1501, 'are you there?'))).status).toBe(500);
    expect(fake.callsTo('sendMessage')).toHaveLength(0);
    expect((await post(textUpdate(1501, 'are you there?'))).status).toBe(200);
    await adapter.drain();
    expect(fake.callsTo('sendMessage').map((c) => c.params.text)).toEqual(['echo: are you there?']);
  });

  it('maps /start, /help, /stop and /start@bot to what the core understands', async () => {
    await post(textUpdate(1, '/start'));
    await post(textUpdate(2, '/help'));
    await post(textUpdate(3, '/stop'));
    await post(textUpdate(4, '/start@concierge_test_bot ref42'));
    await adapter.drain();
    const seen = handler.messages.map((m) => ({ payload: m.payload, text: m.text }));
    expect(seen).toEqual([
      { payload: 'cmd:start', text: undefined },
      { payload: undefined, text: 'help' },
      { payload: 'cmd:stop', text: undefined },
      { payload: 'cmd:start', text: undefined },
    ]);
  });

  it('answers a button press and routes its data as the payload', async () => {
    const res = await post(callbackUpdate(2001, 'intent:order_status'));
    expect(res.status).toBe(200);
    await adapter.drain();

    expect(fake.callsTo('answerCallbackQuery')[0]?.params).toMatchObject({ callback_query_id: 'cq-2001' });
    // Answered before the turn ran, so the spinner stops at once.
    expect(fake.calls.findIndex((c) => c.method === 'answerCallbackQuery')).toBeLessThan(
      fake.calls.findIndex((c) => c.method === 'sendMessage'),
    );
    expect(handler.messages[0]).toMatchObject({ payload: 'intent:order_status', deliveryId: '2001', localeHint: 'en' });
    expect(handler.messages[0]?.text).toBeUndefined();
    expect(fake.callsTo('sendMessage')[0]?.params).toMatchObject({
      chat_id: '4242',
      text: 'pressed intent:order_status',
    });
  });

  it('rejects a forged or missing secret token with 401 without calling the handler', async () => {
    expect((await post(textUpdate(3001, 'hi'), 'forged')).status).toBe(401);
    expect((await post(textUpdate(3002, 'hi'), null)).status).toBe(401);
    expect((await post(textUpdate(3003, 'hi'), `${SECRET}x`)).status).toBe(401);
    await adapter.drain();
    expect(handler.messages).toHaveLength(0);
    expect(fake.calls).toHaveLength(0);
  });

  it('rejects bodies that are not updates (400) or too large (413)', async () => {
    expect((await post({ hello: 'world' })).status).toBe(400);
    const huge = textUpdate(3100, 'x'.repeat(1_100_000));
    expect((await post(huge)).status).toBe(413);
    const notJson = await fetch(`${url}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: '{"update_id":',
    });
    expect(notJson.status).toBe(400);
    await adapter.drain();
    expect(handler.messages).toHaveLength(0);
  });

  it('answers a retried update once, whether the retry overlaps or follows', async () => {
    const update = textUpdate(4001, 'once please');
    const [a, b] = await Promise.all([post(update), post(update)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await adapter.drain();
    expect((await post(update)).status).toBe(200);
    await adapter.drain();
    expect(fake.callsTo('sendMessage')).toHaveLength(1);
  });

  it('renders nothing when the core reports a duplicate delivery (redelivered to a fresh instance)', async () => {
    await post(textUpdate(4101, 'first'));
    await adapter.drain();
    // A second instance (no in-process memory of update 4101) shares the core, which dedupes.
    const other = createTelegramAdapter({ config, handler, log: silentLogger() });
    const second = await listenOn(other.router);
    try {
      const res = await fetch(`${second.url}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(textUpdate(4101, 'first')),
      });
      expect(res.status).toBe(200);
      await other.drain();
    } finally {
      await other.stop();
      await closeServer(second.server);
    }
    expect(handler.messages).toHaveLength(2);
    expect(fake.callsTo('sendMessage')).toHaveLength(1);
  });

  it('sends cards as photos with callback and url buttons, and image-less cards as text', async () => {
    const longPayload = `slot:size:${'XL-'.repeat(40)}`;
    handler.replies = () => [
      {
        text: 'Two picks for you:',
        cards: [
          {
            id: 'p1',
            title: 'Linen shirt',
            price: '£24.00',
            subtitle: 'Breathable, relaxed fit',
            imageUrl: 'https://cdn.example.com/shirt.jpg',
            buttons: [
              { label: 'Details', payload: 'product:p1' },
              { label: 'Choose size', payload: longPayload },
              { label: 'View online', url: 'https://shop.example.com/p/p1' },
            ],
          },
          { id: 'p2', title: 'Canvas tote', price: '£12.00', buttons: [{ label: 'Details', payload: 'product:p2' }] },
        ],
      },
    ];
    await post(textUpdate(5001, 'shirts'));
    await adapter.drain();

    const [photo] = fake.callsTo('sendPhoto');
    expect(photo?.params).toMatchObject({
      chat_id: '4242',
      photo: 'https://cdn.example.com/shirt.jpg',
      caption: 'Linen shirt — £24.00\nBreathable, relaxed fit',
    });
    const rows = keyboardOf(photo!);
    expect(rows[0]).toEqual([{ text: 'Details', callback_data: 'product:p1' }]);
    expect(rows[2]).toEqual([{ text: 'View online', url: 'https://shop.example.com/p/p1' }]);
    const token = rows[1]?.[0]?.callback_data ?? '';
    expect(Buffer.byteLength(token)).toBeLessThanOrEqual(64);

    const texts = fake.callsTo('sendMessage').map((c) => c.params);
    expect(texts[0]).toMatchObject({ text: 'Two picks for you:' });
    expect(texts[1]).toMatchObject({ text: 'Canvas tote — £12.00' });
    expect(keyboardOf(fake.callsTo('sendMessage')[1]!)).toEqual([[{ text: 'Details', callback_data: 'product:p2' }]]);

    // Pressing the long-payload button routes the full payload, not the token.
    handler.replies = () => [];
    await post(callbackUpdate(5002, token));
    await adapter.drain();
    expect(handler.messages.at(-1)?.payload).toBe(longPayload);
  });

  it('tells the shopper when a button token is unknown instead of routing garbage', async () => {
    await post(callbackUpdate(5101, '~#unknown-token'));
    await adapter.drain();
    expect(fake.callsTo('answerCallbackQuery')[0]?.params).toMatchObject({ callback_query_id: 'cq-5101' });
    expect(fake.callsTo('answerCallbackQuery')[0]?.params.text).toMatch(/expired/);
    expect(handler.messages).toHaveLength(0);
  });

  it('degrades a card whose photo Telegram cannot fetch to a text message with its buttons', async () => {
    fake.failNext('sendPhoto', {
      error_code: 400,
      description: 'Bad Request: wrong file identifier/HTTP URL specified',
    });
    handler.replies = () => [
      {
        text: '',
        cards: [
          {
            id: 'p1',
            title: 'Mug',
            imageUrl: 'https://x.example/404.png',
            buttons: [{ label: 'Buy', payload: 'product:p1' }],
          },
        ],
      },
    ];
    await post(textUpdate(5201, 'mug'));
    await adapter.drain();
    expect(fake.callsTo('sendPhoto')).toHaveLength(1);
    const [fallback] = fake.callsTo('sendMessage');
    expect(fallback?.params.text).toBe('Mug');
    expect(keyboardOf(fallback!)).toEqual([[{ text: 'Buy', callback_data: 'product:p1' }]]);
  });

  it('splits long text at 4096 characters on line boundaries, keyboard on the last part', async () => {
    const line = `${'word '.repeat(19)}end`; // 99 characters
    const text = Array.from({ length: 90 }, () => line).join('\n'); // ~9 000 characters
    handler.replies = () => [{ text, quickReplies: [{ label: 'More', payload: 'intent:more' }] }];
    await post(textUpdate(6001, 'long'));
    await adapter.drain();

    const parts = fake.callsTo('sendMessage');
    expect(parts.length).toBe(3);
    for (const p of parts) {
      const t = String(p.params.text);
      expect(t.length).toBeLessThanOrEqual(4096);
      expect(t.endsWith('end')).toBe(true);
    }
    expect(parts.map((p) => p.params.text).join('\n')).toBe(text);
    expect(parts[0]?.params.reply_markup).toBeUndefined();
    expect(keyboardOf(parts[2]!)).toEqual([[{ text: 'More', callback_data: 'intent:more' }]]);
  });

  it('sends proactive replies to a conversation reference', async () => {
    await adapter.sender.send({ channel: 'telegram', channelConversationId: '777', channelUserId: '777' }, [
      { text: 'Your parcel is out for delivery.', from: 'system' },
    ]);
    expect(fake.callsTo('sendMessage')[0]?.params).toMatchObject({
      chat_id: '777',
      text: 'Your parcel is out for delivery.',
    });
  });
});
