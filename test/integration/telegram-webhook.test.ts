/** The Telegram webhook: it takes updates only from Telegram, acknowledges one only once its turn is stored, and answers each once. */
import { createTelegramAdapter } from '../../adapters/telegram';
import { silentLogger } from '../../src/core/logger';
import { textUpdate } from '../support/fake-telegram-api';
import { closeServer, listenOn } from '../support/http';
import { postUpdate, SECRET, webhookForEachTest } from '../support/telegram-webhook';

describe('Telegram webhook (delivery and security)', () => {
  const webhook = webhookForEachTest();

  it('acknowledges only a stored turn: a failure answers 500 and the redelivery is processed', async () => {
    const t = webhook();
    const original = t.handler.handle.bind(t.handler);
    let failNext = true;
    t.handler.handle = async (m) => {
      if (failNext) {
        failNext = false;
        throw new Error('store unavailable');
      }
      return original(m);
    };
    expect((await t.post(textUpdate(1501, 'are you there?'))).status).toBe(500);
    expect(t.fake.callsTo('sendMessage')).toHaveLength(0);
    expect((await t.post(textUpdate(1501, 'are you there?'))).status).toBe(200);
    await t.adapter.drain();
    expect(t.fake.callsTo('sendMessage').map((c) => c.params.text)).toEqual(['echo: are you there?']);
  });

  it('rejects a forged or missing secret token with 401 without calling the handler', async () => {
    const t = webhook();
    expect((await t.post(textUpdate(3001, 'hi'), 'forged')).status).toBe(401);
    expect((await t.post(textUpdate(3002, 'hi'), null)).status).toBe(401);
    expect((await t.post(textUpdate(3003, 'hi'), `${SECRET}x`)).status).toBe(401);
    await t.adapter.drain();
    expect(t.handler.messages).toHaveLength(0);
    expect(t.fake.calls).toHaveLength(0);
  });

  it('rejects bodies that are not updates (400) or too large (413)', async () => {
    const t = webhook();
    expect((await t.post({ hello: 'world' })).status).toBe(400);
    const huge = textUpdate(3100, 'x'.repeat(1_100_000));
    expect((await t.post(huge)).status).toBe(413);
    const notJson = await fetch(`${t.url}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: '{"update_id":',
    });
    expect(notJson.status).toBe(400);
    await t.adapter.drain();
    expect(t.handler.messages).toHaveLength(0);
  });

  it('answers a retried update once, whether the retry overlaps or follows', async () => {
    const t = webhook();
    const update = textUpdate(4001, 'once please');
    const [a, b] = await Promise.all([t.post(update), t.post(update)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await t.adapter.drain();
    expect((await t.post(update)).status).toBe(200);
    await t.adapter.drain();
    expect(t.fake.callsTo('sendMessage')).toHaveLength(1);
  });

  it('renders nothing when the core reports a duplicate delivery (redelivered to a fresh instance)', async () => {
    const t = webhook();
    await t.post(textUpdate(4101, 'first'));
    await t.adapter.drain();
    // A second instance (no in-process memory of update 4101) shares the core, which dedupes.
    const other = createTelegramAdapter({ config: t.config, handler: t.handler, log: silentLogger() });
    const second = await listenOn(other.router);
    try {
      expect((await postUpdate(second.url, textUpdate(4101, 'first'))).status).toBe(200);
      await other.drain();
    } finally {
      await other.stop();
      await closeServer(second.server);
    }
    expect(t.handler.messages).toHaveLength(2);
    expect(t.fake.callsTo('sendMessage')).toHaveLength(1);
  });
});
