import Redis from 'ioredis';
import { silentLogger } from '../../src/core/logger';
import { createRedisBus, type RedisBus } from '../../src/core/redis-bus';
import { redisForSuite } from '../support/redis-env';

const URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

/** Resolves with the next message a handler receives, so tests await delivery instead of sleeping. */
function nextMessage(bus: RedisBus, topic: string): Promise<{ message: Promise<string>; stop: () => Promise<void> }> {
  let resolve!: (m: string) => void;
  const message = new Promise<string>((r) => {
    resolve = r;
  });
  return bus.subscribe(topic, resolve).then((stop) => ({ message, stop }));
}

describe('RedisBus (real Redis)', () => {
  let available = false;
  const buses: RedisBus[] = [];
  const log = silentLogger();
  const prefix = `test-${process.pid}-${Date.now()}:`;

  beforeAll(async () => {
    available = await redisForSuite(URL, 'redis-bus');
  });

  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
  });

  async function bus(name?: string): Promise<RedisBus> {
    const b = await createRedisBus(URL, log, { prefix, ...(name ? { name } : {}) });
    buses.push(b);
    return b;
  }

  it('delivers a message published on one instance exactly once to a subscriber on another', async () => {
    if (!available) return;
    const a = await bus();
    const b = await bus();
    const received: string[] = [];
    const first = await nextMessage(b, 'agent-reply');
    await b.subscribe('agent-reply', (m) => received.push(m));
    await a.publish('agent-reply', 'hello');
    expect(await first.message).toBe('hello');
    // A marker published after it arrives after it (one connection, ordered): nothing else came before.
    const marker = await nextMessage(b, 'marker');
    await a.publish('marker', 'done');
    await marker.message;
    expect(received).toEqual(['hello']);
  });

  it('stops delivering after unsubscribe, while other handlers keep receiving', async () => {
    if (!available) return;
    const a = await bus();
    const b = await bus();
    const gone: string[] = [];
    const stopGone = await b.subscribe('t', (m) => gone.push(m));
    await stopGone();
    const kept = await nextMessage(b, 't');
    await a.publish('t', 'after');
    expect(await kept.message).toBe('after');
    expect(gone).toEqual([]);
  });

  it('resubscribes after its subscriber connection is killed', async () => {
    if (!available) return;
    const name = `bus-reconnect-${process.pid}`;
    const a = await bus();
    const b = await bus(name);
    const received: string[] = [];
    await b.subscribe('after-reconnect', (m) => received.push(m));

    const resubscribed = new Promise<void>((resolve) => b.onResubscribed(resolve));
    const admin = new Redis(URL);
    try {
      const list = String(await admin.client('LIST'));
      const line = list.split('\n').find((l) => l.includes(` name=${name}-sub `));
      const id = /\bid=(\d+)/.exec(line ?? '')?.[1];
      expect(id).toBeDefined();
      await admin.client('KILL', 'ID', id as string);
    } finally {
      admin.disconnect();
    }
    await resubscribed;

    const arrived = await nextMessage(b, 'after-reconnect');
    await a.publish('after-reconnect', 'still here');
    expect(await arrived.message).toBe('still here');
    expect(received).toEqual(['still here']);
  });

  it('fails fast with a clear message when Redis is unreachable', async () => {
    await expect(createRedisBus('redis://127.0.0.1:1', log)).rejects.toThrow(
      /cannot connect to Redis at 127\.0\.0\.1:1/,
    );
  });
});
