import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bot } from '../../../src/core/bot';
import { ManualClock } from '../../../src/core/clock';
import type { TurnContext } from '../../../src/core/context';
import { silentLogger } from '../../../src/core/logger';
import type { Message } from '../../../src/core/message';
import type { DialogueEngine, HandoffPort } from '../../../src/core/ports';
import type { Nlu, NluResult } from '../../../src/nlu/types';
import { openStore } from '../../../src/store/open-store';
import type { Store } from '../../../src/store/repositories';

const keywordNlu: Nlu = {
  async classify(text: string): Promise<NluResult> {
    const zh = /[\u4e00-\u9fff]/.test(text);
    const intent = /boom/.test(text) ? 'explode' : /hello|你好/.test(text) ? 'greeting' : 'None';
    return {
      lang: zh ? 'zh' : 'en',
      text,
      intent,
      score: intent === 'None' ? 0.1 : 0.9,
      alternatives: [],
      entities: [],
      sentiment: 0,
      frustrated: false,
    };
  },
};

/** Answers with the intent and counts turns in the conversation state. */
const countingDialogue: DialogueEngine = {
  async respond(ctx: TurnContext) {
    if (ctx.nlu?.intent === 'explode') throw new Error('skill failed');
    const turns = ((ctx.conversation.state.turns as number | undefined) ?? 0) + 1;
    ctx.conversation.state.turns = turns;
    ctx.reply(`${ctx.nlu?.intent ?? `payload ${ctx.message.payload}`} #${turns} (${ctx.lang})`);
  },
};

const silentHandoff: HandoffPort = {
  relayIfOwned: async (ctx) => ctx.conversation.handoff !== 'bot',
  request: async () => undefined,
  handlePayload: async () => false,
};

let dir: string;
let store: Store;
let clock: ManualClock;
let deliveries = 0;

function message(text: string, extra: Partial<Message> = {}): Message {
  deliveries++;
  return {
    channel: 'test',
    channelUserId: 'u1',
    channelConversationId: 'c1',
    deliveryId: `d${deliveries}`,
    text,
    timestamp: clock.now(),
    ref: { channel: 'test', channelConversationId: 'c1', channelUserId: 'u1' },
    ...extra,
  };
}

function bot(dialogue: DialogueEngine = countingDialogue, idleMinutes = 60): Bot {
  return new Bot({ store, nlu: keywordNlu, dialogue, handoff: silentHandoff, clock, log: silentLogger(), idleMinutes });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'concierge-bot-'));
  clock = new ManualClock('2026-03-01T10:00:00Z');
  store = await openStore({ dataDir: dir, log: silentLogger(), clock });
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Bot', () => {
  it('answers, stores both sides in order and keeps state between turns', async () => {
    const b = bot();
    expect((await b.handle(message('hello'))).replies).toEqual([{ text: 'greeting #1 (en)' }]);
    expect((await b.handle(message('你好'))).replies).toEqual([{ text: 'greeting #2 (zh)' }]);
    const stored = await store.messages.list('test:c1');
    expect(stored.map((m) => [m.direction, m.text])).toEqual([
      ['in', 'hello'],
      ['out', 'greeting #1 (en)'],
      ['in', '你好'],
      ['out', 'greeting #2 (zh)'],
    ]);
    const conversation = await store.conversations.get('test:c1');
    expect(conversation?.lang).toBe('zh');
    expect(conversation?.state).toEqual({ turns: 2 });
  });

  it('answers a retried delivery once', async () => {
    const b = bot();
    const first = message('hello');
    expect((await b.handle(first)).duplicate).toBe(false);
    const again = await b.handle({ ...first });
    expect(again).toEqual({ conversationId: 'test:c1', replies: [], duplicate: true });
    expect(await store.messages.list('test:c1')).toHaveLength(2);
  });

  it('creates one anonymous customer per channel user and records events', async () => {
    const b = bot();
    await b.handle(message('hello'));
    await b.handle(message('hello'));
    const identity = await store.identities.get('test', 'u1');
    expect(identity?.verified).toBe(false);
    const events = await store.events.list({ customerId: identity?.customerId ?? '' });
    expect(events.map((e) => e.type)).toEqual(['message', 'chat_intent', 'message', 'chat_intent']);
    expect(events[1]?.data).toMatchObject({ intent: 'greeting', lang: 'en' });
  });

  it('apologises when a skill fails, keeps the message, and the next turn works', async () => {
    const b = bot();
    const failed = await b.handle(message('boom'));
    expect(failed.replies[0]?.text).toMatch(/something went wrong/);
    expect((await store.messages.list('test:c1'))[0]?.text).toBe('boom');
    expect((await b.handle(message('hello'))).replies[0]?.text).toBe('greeting #1 (en)');
  });

  it('releases the delivery when the turn fails before anything was recorded', async () => {
    const b = bot();
    const original = store.messages.append.bind(store.messages);
    let fail = true;
    store.messages.append = async (m) => {
      if (fail) throw new Error('disk full');
      return original(m);
    };
    const msg = message('hello');
    await expect(b.handle(msg)).rejects.toThrow('disk full');
    fail = false;
    const retried = await b.handle({ ...msg });
    expect(retried.duplicate).toBe(false);
    expect(retried.replies).toHaveLength(1);
  });

  it('serialises concurrent messages of one conversation', async () => {
    const b = bot();
    await Promise.all([b.handle(message('hello')), b.handle(message('hello')), b.handle(message('hello'))]);
    expect((await store.conversations.get('test:c1'))?.state).toEqual({ turns: 3 });
  });

  it('replays a turn that lost a version race with another instance', async () => {
    const b = bot();
    await b.handle(message('hello'));
    let raced = false;
    const racing: DialogueEngine = {
      async respond(ctx) {
        if (!raced) {
          raced = true;
          // Another process writes the same conversation in the middle of this turn.
          const other = await store.conversations.get(ctx.conversation.id);
          if (other) await store.conversations.save({ ...other, state: { ...other.state, turns: 10 } });
        }
        await countingDialogue.respond(ctx);
      },
    };
    const result = await bot(racing).handle(message('hello'));
    expect(result.replies).toEqual([{ text: 'greeting #11 (en)' }]);
    expect((await store.conversations.get('test:c1'))?.state).toEqual({ turns: 11 });
  });

  it('starts fresh dialogue state after the idle time but keeps the customer', async () => {
    const b = bot(countingDialogue, 30);
    await b.handle(message('hello'));
    const customer = (await store.identities.get('test', 'u1'))?.customerId;
    clock.advance(31 * 60_000);
    expect((await b.handle(message('hello'))).replies[0]?.text).toBe('greeting #1 (en)');
    expect((await store.identities.get('test', 'u1'))?.customerId).toBe(customer);
  });

  it('stays silent while a human owns the conversation', async () => {
    const b = bot();
    await b.handle(message('hello'));
    const conversation = await store.conversations.get('test:c1');
    if (!conversation) throw new Error('missing conversation');
    await store.conversations.save({ ...conversation, handoff: 'agent' });
    expect((await b.handle(message('hello'))).replies).toEqual([]);
    expect((await store.messages.list('test:c1')).at(-1)?.text).toBe('hello');
  });

  it('stores unsure utterances for review, but not a bare entity such as an email, nor an "ok"', async () => {
    const withEmail: Nlu = {
      async classify(text) {
        const base = await keywordNlu.classify(text);
        const at = text.indexOf('ann@example.com');
        return at < 0
          ? base
          : {
              ...base,
              entities: [{ type: 'email', value: 'ann@example.com', text: 'ann@example.com', start: at, end: at + 15 }],
            };
      },
    };
    const b = new Bot({
      store,
      nlu: withEmail,
      dialogue: countingDialogue,
      handoff: silentHandoff,
      clock,
      log: silentLogger(),
    });
    await b.handle(message(' ann@example.com '));
    await b.handle(message('qwerty asdf'));
    await b.handle(message('ok 👍'));
    const notes = await store.notes.list('nlu_review');
    expect(notes.map((n) => n.text)).toEqual(['qwerty asdf']);
  });

  it('links a verified customer and moves the anonymous history', async () => {
    const at = clock.now().toISOString();
    await store.customers.create({
      id: 'cus_ann',
      name: 'Ann',
      email: 'ann@example.com',
      consents: [],
      createdAt: at,
      updatedAt: at,
    });
    const linking: DialogueEngine = {
      async respond(ctx) {
        if (ctx.message.payload === 'verify') await ctx.linkCustomer('cus_ann');
        ctx.reply(`customer ${ctx.customer.id}`);
      },
    };
    const b = bot(linking);
    await b.handle(message('hello'));
    const result = await b.handle(message('', { payload: 'verify' }));
    expect(result.replies[0]?.text).toBe('customer cus_ann');
    const identity = await store.identities.get('test', 'u1');
    expect(identity).toMatchObject({ customerId: 'cus_ann', verified: true });
    const events = await store.events.list({ customerId: 'cus_ann' });
    expect(events.map((e) => e.type)).toEqual(['message', 'chat_intent', 'message']);
    expect((await store.conversations.get('test:c1'))?.customerId).toBe('cus_ann');
  });
});
