/**
 * Two bot processes' worth of server (two createServer instances) sharing one store and one Redis:
 * whatever one instance learns from Slack reaches a shopper whose web-chat stream the other holds,
 * exactly once. The store is MongoDB when MONGODB_URI is set (a fresh database), otherwise one
 * embedded DATA_DIR opened by both (SQLite WAL allows it).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../src/core/clock';
import { RedisBus } from '../../src/core/redis-bus';
import type { Handoff } from '../../src/handoff';
import type { SseClient } from '../e2e/http-client';
import { FakeSlackApi } from '../support/fake-slack-api';
import { redisForSuite } from '../support/redis-env';
import { messageEvent } from '../support/slack-payloads';
import { postSlackEvent } from '../support/slack-requests';
import {
  NLU_TRAINING_MS,
  slackEnv,
  startTestServer,
  storeEnv,
  streamReplies,
  type TestServer,
  WebChatShopper,
} from '../support/test-server';

const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

/** Texts of `replies` events until (and including) one whose text is `last`. */
async function textsUntil(stream: SseClient, last: string): Promise<string[]> {
  const texts: string[] = [];
  while (texts.at(-1) !== last) texts.push(...streamReplies(await stream.next('replies')).map((r) => r.text));
  return texts;
}

describe('two instances, one store, one Redis', () => {
  const store = storeEnv('twoinst');
  const clock = new ManualClock();
  let available = false;
  let dataDir: string;
  let slack: FakeSlackApi;
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    available = await redisForSuite(REDIS_URL, 'two-instance');
    if (!available) return;
    dataDir = await mkdtemp(join(tmpdir(), 'concierge-two-'));
    slack = await new FakeSlackApi().start();
    const env = { ...store.env, ...slackEnv(slack.url), REDIS_URL };
    // One after the other: the first seeds the empty store, the second finds it seeded.
    a = await startTestServer({ env, clock, dataDir });
    b = await startTestServer({ env, clock, dataDir });
  }, NLU_TRAINING_MS);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await slack?.stop();
    await store.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function openHandoff(conversationId: string): Promise<Handoff & { threadTs: string }> {
    const handoff = await a.server.store.handoffs.findOpenByConversation(conversationId);
    expect(handoff?.threadTs).toEqual(expect.any(String));
    return handoff as Handoff & { threadTs: string };
  }

  /** Both instances have finished every Slack request they took. */
  const slackIdle = () => Promise.all([a.server.slack?.idle(), b.server.slack?.idle()]);

  it('uses the shared store and the Redis bus on both', () => {
    if (!available) return;
    expect([a.server.store.kind, b.server.store.kind]).toEqual([store.kind, store.kind]);
    expect(a.server.bus).toBeInstanceOf(RedisBus);
    expect(b.server.bus).toBeInstanceOf(RedisBus);
  });

  it('an agent reply taken by B reaches the stream held by A exactly once; the shopper is heard via B', async () => {
    if (!available) return;
    const shopper = await WebChatShopper.start(a.url);
    const stream = await shopper.openStream();
    try {
      expect((await shopper.say('can I speak to a human please'))[0]?.text).toMatch(/connecting you/);
      const handoff = await openHandoff(`webchat:${shopper.conversationId}`);

      const reply = messageEvent(
        { user: 'UAGENT', text: 'Hello from instance B', thread_ts: handoff.threadTs },
        'EvTwo1',
      );
      expect((await postSlackEvent(b.url, clock, reply)).status).toBe(200);
      // Slack retries the same event, and a load balancer may send each retry to either instance.
      const retryA = await postSlackEvent(a.url, clock, reply, { 'x-slack-retry-num': '1' });
      const retryB = await postSlackEvent(b.url, clock, reply, { 'x-slack-retry-num': '2' });
      expect([retryA.status, retryB.status]).toEqual([200, 200]);
      await slackIdle();

      // Everything published before the barrier arrives before it (one Redis, ordered delivery).
      const barrier = messageEvent({ user: 'UAGENT', text: 'barrier', thread_ts: handoff.threadTs });
      await postSlackEvent(a.url, clock, barrier);
      expect(await textsUntil(stream, 'barrier')).toEqual([
        'A member of our team has joined the conversation.',
        'Hello from instance B',
        'barrier',
      ]);
      const stored = await b.server.store.messages.tail(`webchat:${shopper.conversationId}`, 50);
      expect(stored.filter((m) => m.text === 'Hello from instance B')).toHaveLength(1);

      // The shopper's next message lands on B: it goes to the thread, and the bot stays out of it.
      const onB = await WebChatShopper.resume(b.url, shopper.token);
      expect(await onB.say('the parcel says delivered but it is not here')).toEqual([]);
      const relayed = slack
        .callsOf('chat.postMessage')
        .filter(
          (c) => c.args.thread_ts === handoff.threadTs && String(c.args.text).includes('delivered but it is not'),
        );
      expect(relayed).toHaveLength(1);
    } finally {
      stream.close();
    }
  });

  it('a claim timeout swept by both instances at once is announced exactly once', async () => {
    if (!available) return;
    const shopper = await WebChatShopper.start(a.url);
    await shopper.say('I need a human');
    const handoff = await openHandoff(`webchat:${shopper.conversationId}`);
    const stream = await (await WebChatShopper.resume(b.url, shopper.token)).openStream();
    try {
      clock.advance(10 * 60_000);
      const swept = await Promise.all([a.server.handoff.sweepTimeouts(), b.server.handoff.sweepTimeouts()]);
      expect(swept[0] + swept[1]).toBe(1);

      const notices = slack
        .callsOf('chat.postMessage')
        .filter((c) => c.args.thread_ts === handoff.threadTs && /No one claimed/.test(String(c.args.text)));
      expect(notices).toHaveLength(1);
      // A barrier through the other instance's bus: any second notice would have come before it.
      const ref = {
        channel: 'webchat',
        channelConversationId: shopper.conversationId,
        channelUserId: 'unused',
      } as const;
      await a.server.outbound.send(ref, [{ text: 'barrier', from: 'system' }]);
      const texts = await textsUntil(stream, 'barrier');
      expect(texts).toHaveLength(2);
      expect(texts[0]).toMatch(/no one from our team is free/);
      expect(await a.server.store.handoffs.get(handoff.id)).toMatchObject({ status: 'timed_out' });
    } finally {
      stream.close();
    }
  });
});
