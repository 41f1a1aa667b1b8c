/**
 * Human handoff through the whole server: a web-chat shopper and a Telegram shopper ask for a person,
 * an agent answers from a Slack thread (signed requests into /slack/events, the bot's Web API calls
 * into FakeSlackApi), and the replies reach each shopper on their own channel.
 */
import type { TelegramAdapter } from '../../adapters/telegram';
import type { Handoff } from '../../src/handoff';
import { FakeSlackApi } from '../support/fake-slack-api';
import {
  callbackUpdate,
  FakeTelegramApi,
  keyboardOf,
  type TelegramCall,
  type TelegramSender,
  textUpdate,
} from '../support/fake-telegram-api';
import { buttonPress, messageEvent } from '../support/slack-payloads';
import { postSlack, postSlackAction, postSlackEvent } from '../support/slack-requests';
import {
  NLU_TRAINING_MS,
  postTelegramUpdate,
  slackEnv,
  startTestServer,
  storeEnv,
  streamReplies,
  TELEGRAM_TOKEN,
  type TestServer,
  telegramEnv,
  WebChatShopper,
} from '../support/test-server';

/** An English-speaking Telegram user, writing from private chat `chatId`. */
const grace = (chatId: number): TelegramSender => ({
  chatId,
  firstName: 'Grace',
  languageCode: 'en',
  date: 1_768_471_200,
});

describe('human handoff across channels (whole server, Slack desk)', () => {
  const store = storeEnv('handoff');
  let slack: FakeSlackApi;
  let telegram: FakeTelegramApi;
  let t: TestServer;

  beforeAll(async () => {
    slack = await new FakeSlackApi().start();
    telegram = new FakeTelegramApi(TELEGRAM_TOKEN);
    const apiRoot = await telegram.start();
    t = await startTestServer({ env: { ...store.env, ...slackEnv(slack.url), ...telegramEnv(apiRoot) } });
  }, NLU_TRAINING_MS);
  afterAll(async () => {
    await t?.close();
    await telegram?.stop();
    await slack?.stop();
    await store.drop();
  });

  async function openHandoff(conversationId: string): Promise<Handoff & { threadTs: string }> {
    const handoff = await t.server.store.handoffs.findOpenByConversation(conversationId);
    expect(handoff?.threadTs).toEqual(expect.any(String));
    return handoff as Handoff & { threadTs: string };
  }

  /** Every Telegram turn answered so far has been sent (the webhook acknowledges before sending). */
  async function telegramDrained(): Promise<void> {
    const adapter = t.server.adapters.find((a) => a.channel === 'telegram') as TelegramAdapter;
    await adapter.drain();
  }

  const threadPosts = (threadTs: string) =>
    slack.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === threadTs);

  it('web chat: the agent reply arrives on the event stream, the bot stays silent, resolve asks for a rating', async () => {
    const shopper = await WebChatShopper.start(t.url);
    const stream = await shopper.openStream();
    try {
      const connecting = await shopper.say('can I speak to a human please');
      expect(connecting[0]?.text).toMatch(/connecting you with someone from our team/);

      const handoff = await openHandoff(`webchat:${shopper.conversationId}`);
      const opened = slack
        .callsOf('chat.postMessage')
        .find((c) => !c.args.thread_ts && JSON.stringify(c.args.blocks).includes(handoff.id));
      const context = JSON.stringify(opened?.args.blocks);
      for (const expected of [handoff.id, 'webchat', 'shopper_request', 'can I speak to a human please']) {
        expect(context).toContain(expected);
      }

      const reply = await postSlackEvent(
        t.url,
        t.clock,
        messageEvent({ user: 'UAGENT', text: 'Hi, Sam here. Let me look into it.', thread_ts: handoff.threadTs }),
      );
      expect(reply.status).toBe(200);
      // Replying is claiming: the shopper hears that someone joined, then what they said.
      expect(streamReplies(await stream.next('replies'))).toEqual([
        { text: 'A member of our team has joined the conversation.', from: 'system' },
      ]);
      expect(streamReplies(await stream.next('replies'))).toEqual([
        { text: 'Hi, Sam here. Let me look into it.', from: 'agent' },
      ]);

      // While the agent owns the conversation the shopper's words go to the thread, not to the bot.
      expect(await shopper.say('my parcel was due yesterday')).toEqual([]);
      expect(threadPosts(handoff.threadTs).map((c) => c.args.text)).toContainEqual(
        expect.stringContaining('my parcel was due yesterday'),
      );

      expect(
        (await postSlackAction(t.url, t.clock, buttonPress('concierge_resolve', handoff.id, handoff.threadTs))).status,
      ).toBe(200);
      const [thanks] = streamReplies(await stream.next('replies'));
      expect(thanks?.text).toMatch(/Thanks for chatting with us/);
      expect(thanks?.quickReplies?.map((q) => q.payload)).toEqual(['csat:1', 'csat:2', 'csat:3', 'csat:4', 'csat:5']);

      const rated = await shopper.press('csat:5', '5');
      expect(rated[0]?.text).toMatch(/Thank you for your feedback/);
      expect(await t.server.store.handoffs.get(handoff.id)).toMatchObject({ status: 'resolved', csat: 5 });

      // Control is back with the bot.
      expect((await shopper.say('hello')).length).toBeGreaterThan(0);
      expect(stream.events.filter((e) => e.event === 'replies')).toHaveLength(3);
    } finally {
      stream.close();
    }
  });

  it('Telegram: the agent reply arrives as sendMessage on the Bot API, and the rating is stored', async () => {
    const chat = 5151;
    const toChat = () => telegram.callsTo('sendMessage').filter((c) => c.params.chat_id === String(chat));
    const sent = async (count: number): Promise<TelegramCall[]> => {
      await telegram.waitFor('sendMessage', telegram.callsTo('sendMessage').length - toChat().length + count);
      return toChat();
    };

    expect((await postTelegramUpdate(t.url, textUpdate(9001, 'I want to talk to a person', grace(chat)))).status).toBe(
      200,
    );
    expect((await sent(1))[0]?.params.text).toMatch(/connecting you/);
    const handoff = await openHandoff(`telegram:${chat}`);

    await postSlackEvent(
      t.url,
      t.clock,
      messageEvent({ user: 'UAGENT', text: 'Hello Grace!', thread_ts: handoff.threadTs }),
    );
    expect((await sent(3)).map((c) => c.params.text).slice(1)).toEqual([
      'A member of our team has joined the conversation.',
      'Hello Grace!',
    ]);

    expect((await postTelegramUpdate(t.url, textUpdate(9002, 'it never arrived', grace(chat)))).status).toBe(200);
    await telegramDrained();
    expect(toChat()).toHaveLength(3);
    expect(threadPosts(handoff.threadTs).map((c) => c.args.text)).toContainEqual(
      expect.stringContaining('it never arrived'),
    );

    await postSlackAction(t.url, t.clock, buttonPress('concierge_resolve', handoff.id, handoff.threadTs));
    const ask = (await sent(4))[3] as TelegramCall;
    expect(ask.params.text).toMatch(/Thanks for chatting with us/);
    const buttons = keyboardOf(ask)
      .flat()
      .map((b) => b.callback_data);
    expect(buttons).toEqual(['csat:1', 'csat:2', 'csat:3', 'csat:4', 'csat:5']);

    expect((await postTelegramUpdate(t.url, callbackUpdate(9003, 'csat:5', grace(chat)))).status).toBe(200);
    expect((await sent(5))[4]?.params.text).toMatch(/Thank you for your feedback/);
    expect(await t.server.store.handoffs.get(handoff.id)).toMatchObject({ status: 'resolved', csat: 5 });
  });

  it('a retried Slack event is delivered once; forged and stale signatures are refused', async () => {
    const shopper = await WebChatShopper.start(t.url);
    const stream = await shopper.openStream();
    try {
      await shopper.say('let me talk to an agent');
      const handoff = await openHandoff(`webchat:${shopper.conversationId}`);
      const event = messageEvent({ user: 'UAGENT', text: 'Only once, please', thread_ts: handoff.threadTs }, 'EvOnce1');
      expect((await postSlackEvent(t.url, t.clock, event)).status).toBe(200);
      const retry = await postSlackEvent(t.url, t.clock, event, {
        'x-slack-retry-num': '1',
        'x-slack-retry-reason': 'http_timeout',
      });
      expect(retry.status).toBe(200);

      const body = JSON.stringify(messageEvent({ user: 'UEVIL', text: 'forged', thread_ts: handoff.threadTs }));
      const forged = await postSlack(t.url, t.clock, body, 'application/json', { signature: `v0=${'0'.repeat(64)}` });
      expect(forged.status).toBe(401);
      const stale = Math.floor(t.clock.now().getTime() / 1000) - 6 * 60;
      expect((await postSlack(t.url, t.clock, body, 'application/json', { timestamp: stale })).status).toBe(401);

      // Slack is answered before the listener finishes; once the receiver is idle, everything these
      // requests caused has been published, so a later event is a barrier on the ordered stream.
      await t.server.slack?.idle();
      await postSlackEvent(
        t.url,
        t.clock,
        messageEvent({ user: 'UAGENT', text: 'barrier', thread_ts: handoff.threadTs }),
      );
      const texts: string[] = [];
      while (texts.at(-1) !== 'barrier') texts.push(...streamReplies(await stream.next('replies')).map((r) => r.text));
      expect(texts).toEqual(['A member of our team has joined the conversation.', 'Only once, please', 'barrier']);
      expect((await shopper.history()).map((h) => h.text)).not.toContain('forged');

      await postSlackAction(t.url, t.clock, buttonPress('concierge_resolve', handoff.id, handoff.threadTs));
      await t.server.slack?.idle();
    } finally {
      stream.close();
    }
  });

  it('an unclaimed handoff times out: the thread says so and the shopper is offered email', async () => {
    const shopper = await WebChatShopper.start(t.url);
    const stream = await shopper.openStream();
    try {
      await shopper.say('I need a human');
      const handoff = await openHandoff(`webchat:${shopper.conversationId}`);

      t.clock.advance(9 * 60_000);
      expect(await t.server.handoff.sweepTimeouts()).toBe(0);
      t.clock.advance(60_000);
      expect(await t.server.handoff.sweepTimeouts()).toBe(1);

      const [notice] = streamReplies(await stream.next('replies'));
      expect(notice?.text).toMatch(/no one from our team is free/);
      expect(notice?.text).toMatch(/leave your email address/);
      expect(threadPosts(handoff.threadTs).map((c) => c.args.text)).toContainEqual(
        expect.stringMatching(/No one claimed this within 10 minutes/),
      );
      expect(await t.server.store.handoffs.get(handoff.id)).toMatchObject({ status: 'timed_out' });
      // The bot answers again.
      expect((await shopper.say('hello')).length).toBeGreaterThan(0);
    } finally {
      stream.close();
    }
  });
});
