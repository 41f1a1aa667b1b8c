/**
 * The server across its own lifetime on the embedded store: a restart on the same DATA_DIR keeps
 * every conversation (and the dialogue state inside it), and a graceful shutdown lets a turn that is
 * already running finish and answer.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../src/core/clock';
import { silentLogger } from '../../src/core/logger';
import type { Reply } from '../../src/core/message';
import { openStore } from '../../src/store/open-store';
import { call } from '../e2e/http-client';
import { cachedModelFile } from '../support/nlu-model-cache';
import { NLU_TRAINING_MS, startTestServer, WebChatShopper } from '../support/test-server';

function texts(replies: Reply[]): string {
  return replies.map((r) => r.text).join('\n');
}

describe('server lifecycle (embedded store)', () => {
  let dataDir: string;

  beforeAll(() => cachedModelFile(), NLU_TRAINING_MS);
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concierge-lifecycle-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('a restart on the same DATA_DIR keeps every conversation, and the next turn continues', async () => {
    const clock = new ManualClock();
    const first = await startTestServer({ dataDir, clock });
    const tracking = await WebChatShopper.start(first.url);
    await tracking.say('hello');
    // Stop halfway through a form: the bot is waiting for the proof of ownership.
    expect(texts(await tracking.say('where is my order 10234?'))).toMatch(/email address/);
    const other = await WebChatShopper.start(first.url);
    await other.say('do you ship to France?');
    const before = { tracking: await tracking.history(), other: await other.history() };
    const seededOrders = (await first.server.store.orders.listByCustomer('cust-001')).length;
    expect(before.tracking).toHaveLength(4);
    await first.close();

    clock.advance(5 * 60_000);
    const second = await startTestServer({ dataDir, clock });
    try {
      expect(second.url).not.toBe(first.url);
      // Demo data is seeded into an empty store only: the restart must not load it twice.
      expect(await second.server.store.orders.listByCustomer('cust-001')).toHaveLength(seededOrders);
      const resumed = await WebChatShopper.resume(second.url, tracking.token);
      expect(resumed.conversationId).toBe(tracking.conversationId);
      expect(await resumed.history()).toEqual(before.tracking);
      const otherResumed = await WebChatShopper.resume(second.url, other.token);
      expect(await otherResumed.history()).toEqual(before.other);

      // The open form survived: the email alone completes the order question asked before the restart.
      const status = texts(await resumed.say('amelia.hart@example.com'));
      const order = await second.server.store.orders.get('10234');
      expect(status).toMatch(/10234/);
      expect(status).toContain(String(order?.trackingNumber));
      expect(await resumed.history()).toHaveLength(6);
    } finally {
      await second.close();
    }
  });

  it('graceful shutdown: readiness fails at once, a turn in flight finishes, answers and is stored', async () => {
    const t = await startTestServer({ dataDir });
    const shopper = await WebChatShopper.start(t.url);
    await shopper.say('hello');

    // Hold the next turn inside the core (its reply is about to be stored) until the test lets go.
    const store = t.server.store;
    const append = store.messages.append.bind(store.messages);
    let entered!: () => void;
    const turnIsRunning = new Promise<void>((resolve) => {
      entered = resolve;
    });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    jest.spyOn(store.messages, 'append').mockImplementation(async (message) => {
      if (message.direction === 'out') {
        entered();
        await gate;
      }
      return append(message);
    });

    const answer = shopper.send({ text: 'where is my order 10234?' });
    await turnIsRunning;
    expect(t.server.bot.active).toBe(1);
    const closing = t.close();

    // The same app, reached over a second socket: it reports not ready while shutting down.
    const probe = await listen(t.server);
    try {
      expect(await call(`${probe.url}/readyz`)).toMatchObject({ status: 503, body: { status: 'shutting_down' } });
      expect((await call(`${probe.url}/healthz`)).status).toBe(200);
    } finally {
      await new Promise<void>((resolve) => probe.server.close(() => resolve()));
    }

    release();
    const res = await answer;
    expect(res.status).toBe(200);
    const replies = (res.body as { replies: Reply[] }).replies;
    expect(texts(replies)).toMatch(/email address or phone number\b.*10234/);
    await closing;

    // What the shopper was told is in the store the server closed.
    const reopened = await openStore({ dataDir, log: silentLogger() });
    try {
      const stored = await reopened.messages.tail(`webchat:${shopper.conversationId}`, 10);
      expect(stored.map((m) => m.text).slice(0, 3)).toEqual(['hello', expect.any(String), 'where is my order 10234?']);
      expect(stored.slice(3).map((m) => m.reply)).toEqual(replies);
    } finally {
      await reopened.close();
    }
  });
});

async function listen(server: {
  app: Parameters<typeof createHttpServer>[1];
}): Promise<{ server: Server; url: string }> {
  const http = createHttpServer(server.app);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  return { server: http, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
}
