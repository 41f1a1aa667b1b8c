/** The Telegram adapter turning updates into messages, and replies into Bot API calls. */
import { callbackUpdate, keyboardOf, textUpdate } from '../support/fake-telegram-api';
import { TOKEN, webhookForEachTest } from '../support/telegram-webhook';

describe('Telegram adapter (webhook mode)', () => {
  const webhook = webhookForEachTest();

  it('answers a message with the reply and an inline keyboard in the same chat', async () => {
    const t = webhook();
    const res = await t.post(textUpdate(1001, 'hello there'));
    expect(res.status).toBe(200);
    await t.adapter.drain();

    expect(t.handler.messages).toHaveLength(1);
    expect(t.handler.messages[0]).toMatchObject({
      channel: 'telegram',
      deliveryId: '1001',
      channelUserId: '4242',
      channelConversationId: '4242',
      text: 'hello there',
      localeHint: 'zh-hans',
      ref: { channel: 'telegram', channelConversationId: '4242', channelUserId: '4242' },
    });
    expect(t.fake.callsTo('sendChatAction')[0]?.params).toMatchObject({ chat_id: '4242', action: 'typing' });
    const [sent] = t.fake.callsTo('sendMessage');
    expect(sent?.token).toBe(TOKEN);
    expect(sent?.params).toMatchObject({ chat_id: '4242', text: 'echo: hello there' });
    expect(keyboardOf(sent!)).toEqual([
      [
        { text: 'Track order', callback_data: 'intent:order_status' },
        { text: 'Help', callback_data: 'cmd:help' },
      ],
    ]);
  });

  it('maps /start, /help, /stop and /start@bot to what the core understands', async () => {
    const t = webhook();
    await t.post(textUpdate(1, '/start'));
    await t.post(textUpdate(2, '/help'));
    await t.post(textUpdate(3, '/stop'));
    await t.post(textUpdate(4, '/start@concierge_test_bot ref42'));
    await t.adapter.drain();
    const seen = t.handler.messages.map((m) => ({ payload: m.payload, text: m.text }));
    expect(seen).toEqual([
      { payload: 'cmd:start', text: undefined },
      { payload: undefined, text: 'help' },
      { payload: 'cmd:stop', text: undefined },
      { payload: 'cmd:start', text: undefined },
    ]);
  });

  it('answers a button press and routes its data as the payload', async () => {
    const t = webhook();
    const res = await t.post(callbackUpdate(2001, 'intent:order_status'));
    expect(res.status).toBe(200);
    await t.adapter.drain();

    expect(t.fake.callsTo('answerCallbackQuery')[0]?.params).toMatchObject({ callback_query_id: 'cq-2001' });
    // Answered before the turn ran, so the spinner stops at once.
    expect(t.fake.calls.findIndex((c) => c.method === 'answerCallbackQuery')).toBeLessThan(
      t.fake.calls.findIndex((c) => c.method === 'sendMessage'),
    );
    expect(t.handler.messages[0]).toMatchObject({
      payload: 'intent:order_status',
      deliveryId: '2001',
      localeHint: 'en',
    });
    expect(t.handler.messages[0]?.text).toBeUndefined();
    expect(t.fake.callsTo('sendMessage')[0]?.params).toMatchObject({
      chat_id: '4242',
      text: 'pressed intent:order_status',
    });
  });

  it('sends cards as photos with callback and url buttons, and image-less cards as text', async () => {
    const t = webhook();
    const longPayload = `slot:size:${'XL-'.repeat(40)}`;
    t.handler.replies = () => [
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
    await t.post(textUpdate(5001, 'shirts'));
    await t.adapter.drain();

    const [photo] = t.fake.callsTo('sendPhoto');
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

    const texts = t.fake.callsTo('sendMessage').map((c) => c.params);
    expect(texts[0]).toMatchObject({ text: 'Two picks for you:' });
    expect(texts[1]).toMatchObject({ text: 'Canvas tote — £12.00' });
    expect(keyboardOf(t.fake.callsTo('sendMessage')[1]!)).toEqual([[{ text: 'Details', callback_data: 'product:p2' }]]);

    // Pressing the long-payload button routes the full payload, not the token.
    t.handler.replies = () => [];
    await t.post(callbackUpdate(5002, token));
    await t.adapter.drain();
    expect(t.handler.messages.at(-1)?.payload).toBe(longPayload);
  });

  it('tells the shopper when a button token is unknown instead of routing garbage', async () => {
    const t = webhook();
    await t.post(callbackUpdate(5101, '~#unknown-token'));
    await t.adapter.drain();
    expect(t.fake.callsTo('answerCallbackQuery')[0]?.params).toMatchObject({ callback_query_id: 'cq-5101' });
    expect(t.fake.callsTo('answerCallbackQuery')[0]?.params.text).toMatch(/expired/);
    expect(t.handler.messages).toHaveLength(0);
  });

  it('degrades a card whose photo Telegram cannot fetch to a text message with its buttons', async () => {
    const t = webhook();
    t.fake.failNext('sendPhoto', {
      error_code: 400,
      description: 'Bad Request: wrong file identifier/HTTP URL specified',
    });
    t.handler.replies = () => [
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
    await t.post(textUpdate(5201, 'mug'));
    await t.adapter.drain();
    expect(t.fake.callsTo('sendPhoto')).toHaveLength(1);
    const [fallback] = t.fake.callsTo('sendMessage');
    expect(fallback?.params.text).toBe('Mug');
    expect(keyboardOf(fallback!)).toEqual([[{ text: 'Buy', callback_data: 'product:p1' }]]);
  });

  it('splits long text at 4096 characters on line boundaries, keyboard on the last part', async () => {
    const t = webhook();
    const line = `${'word '.repeat(19)}end`; // 99 characters
    const text = Array.from({ length: 90 }, () => line).join('\n'); // ~9 000 characters
    t.handler.replies = () => [{ text, quickReplies: [{ label: 'More', payload: 'intent:more' }] }];
    await t.post(textUpdate(6001, 'long'));
    await t.adapter.drain();

    const parts = t.fake.callsTo('sendMessage');
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
    const t = webhook();
    await t.adapter.sender.send({ channel: 'telegram', channelConversationId: '777', channelUserId: '777' }, [
      { text: 'Your parcel is out for delivery.', from: 'system' },
    ]);
    expect(t.fake.callsTo('sendMessage')[0]?.params).toMatchObject({
      chat_id: '777',
      text: 'Your parcel is out for delivery.',
    });
  });
});
