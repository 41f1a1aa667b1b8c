import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import type { Bus } from './ports';

/** Topics are namespaced so several apps (or test runs) can share one Redis. */
const DEFAULT_PREFIX = 'concierge:';

export interface RedisBusOptions {
  prefix?: string;
  /** Connection name shown in `CLIENT LIST` (tests use it to kill the subscriber connection). */
  name?: string;
}

/**
 * Bus over Redis pub/sub, for several bot instances. A connection in subscriber mode cannot publish,
 * so there are two: one publishes, one subscribes. After a reconnect the subscriber subscribes again to
 * every topic that still has handlers; we do that ourselves (not ioredis' autoResubscribe) so that we
 * know when it is done and can tell listeners.
 */
export class RedisBus implements Bus {
  private readonly handlers = new Map<string, Set<(message: string) => void>>();
  private readonly resubscribeListeners = new Set<() => void>();
  private closed = false;
  private hasBeenReady = false;

  constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    private readonly log: Logger,
    private readonly prefix: string,
  ) {
    sub.on('message', (channel: string, message: string) => this.dispatch(channel, message));
    sub.on('ready', () => this.onSubscriberReady());
    for (const [role, conn] of [
      ['publisher', pub],
      ['subscriber', sub],
    ] as const) {
      // Without a listener ioredis prints every connection error; we log them once, structured.
      conn.on('error', (err: Error) => log.warn({ err, role }, 'redis bus connection error'));
      conn.on('reconnecting', () => log.info({ role }, 'redis bus reconnecting'));
    }
  }

  async publish(topic: string, message: string): Promise<void> {
    await this.pub.publish(this.prefix + topic, message);
  }

  async subscribe(topic: string, handler: (message: string) => void): Promise<() => Promise<void>> {
    const channel = this.prefix + topic;
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      try {
        await this.sub.subscribe(channel);
      } catch (err) {
        if (set.size === 0) this.handlers.delete(channel);
        throw err;
      }
    }
    set.add(handler);
    const handlers = set;
    return async () => {
      handlers.delete(handler);
      if (handlers.size === 0 && this.handlers.get(channel) === handlers) {
        this.handlers.delete(channel);
        if (!this.closed) await this.sub.unsubscribe(channel);
      }
    };
  }

  /** Called each time the subscriber has re-subscribed after a reconnect; returns a remover. */
  onResubscribed(listener: () => void): () => void {
    this.resubscribeListeners.add(listener);
    return () => this.resubscribeListeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.handlers.clear();
    await Promise.allSettled([this.sub.quit(), this.pub.quit()]);
  }

  private dispatch(channel: string, message: string): void {
    for (const handler of [...(this.handlers.get(channel) ?? [])]) {
      try {
        handler(message);
      } catch (err) {
        // One bad handler must not starve the others of the message.
        this.log.error({ err, channel }, 'bus handler threw');
      }
    }
  }

  private onSubscriberReady(): void {
    if (!this.hasBeenReady) {
      this.hasBeenReady = true;
      return;
    }
    const channels = [...this.handlers.keys()];
    const done = channels.length ? this.sub.subscribe(...channels) : Promise.resolve(0);
    done
      .then(() => {
        this.log.info({ topics: channels.length }, 'redis bus resubscribed');
        for (const listener of [...this.resubscribeListeners]) listener();
      })
      .catch((err: unknown) => this.log.error({ err }, 'redis bus could not resubscribe'));
  }
}

/**
 * Connects both connections and fails fast (with the URL's host in the message, never its password)
 * when Redis is unreachable at startup; later outages are retried by ioredis with backoff.
 */
export async function createRedisBus(url: string, log: Logger, options: RedisBusOptions = {}): Promise<RedisBus> {
  const name = options.name ?? `concierge-bus-${randomUUID().slice(0, 8)}`;
  let started = false;
  const base = {
    lazyConnect: true,
    autoResubscribe: false,
    maxRetriesPerRequest: 3,
    // No retries while starting (a wrong URL should stop startup, not loop); backoff up to 5 s after.
    retryStrategy: (times: number) => (started ? Math.min(times * 200, 5000) : null),
    // ioredis keeps a timer this long after disconnect(); the 2 s default holds up a failed startup.
    disconnectTimeout: 200,
  };
  const pub = new Redis(url, { ...base, connectionName: `${name}-pub` });
  const sub = new Redis(url, { ...base, connectionName: `${name}-sub` });
  let lastError: Error | undefined;
  pub.once('error', (err: Error) => {
    lastError ??= err;
  });
  const bus = new RedisBus(pub, sub, log, options.prefix ?? DEFAULT_PREFIX);
  try {
    await Promise.all([pub.connect(), sub.connect()]);
    started = true;
  } catch (err) {
    pub.disconnect();
    sub.disconnect();
    const host = safeHost(url);
    const reason = (lastError ?? (err as Error)).message;
    throw new Error(`cannot connect to Redis at ${host}: ${reason}`, { cause: lastError ?? err });
  }
  return bus;
}

function safeHost(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '6379'}`;
  } catch {
    return '(unparseable REDIS_URL)';
  }
}
