import type { Response } from 'express';
import type { Logger } from '../../src/core/logger';
import type { Reply } from '../../src/core/message';
import type { Bus } from '../../src/core/ports';

/** Bus topic for one web chat conversation; any instance holding its stream subscribes to it. */
export function webchatTopic(conversationId: string): string {
  return `webchat:${conversationId}`;
}

/** What travels on the bus and then, as JSON, in each `replies` event of the stream. */
export interface ReplyEnvelope {
  replies: Reply[];
  at: string;
}

export interface SseOptions {
  bus: Bus;
  log: Logger;
  /** Comment lines keep proxies from closing an idle stream. */
  heartbeatMs?: number;
  /** Browsers wait this long before reconnecting a dropped stream. */
  retryMs?: number;
  /** Streams one conversation may hold (tabs); more are refused so one visitor cannot hoard sockets. */
  maxStreamsPerConversation?: number;
}

interface Stream {
  res: Response;
  close: () => Promise<void>;
}

/** Open event streams of this process, grouped by conversation. */
export class SseHub {
  private readonly streams = new Map<string, Set<Stream>>();
  private nextId = 1;

  constructor(private readonly options: SseOptions) {}

  canOpen(conversationId: string): boolean {
    return (this.streams.get(conversationId)?.size ?? 0) < (this.options.maxStreamsPerConversation ?? 10);
  }

  /** Takes over `res` as an event stream until the client goes away or the hub stops. */
  async open(conversationId: string, res: Response): Promise<void> {
    const { bus, log } = this.options;
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    // nginx buffers responses by default, which would hold events back.
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write(`retry: ${this.options.retryMs ?? 3000}\n\n`);

    let closed = false;
    let unsubscribe: (() => Promise<void>) | undefined;
    const heartbeat = setInterval(() => res.write(': ping\n\n'), this.options.heartbeatMs ?? 25_000);
    heartbeat.unref();
    const stream: Stream = {
      res,
      close: async () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        this.streams.get(conversationId)?.delete(stream);
        if (this.streams.get(conversationId)?.size === 0) this.streams.delete(conversationId);
        await unsubscribe?.().catch((err: unknown) => log.warn({ err }, 'webchat unsubscribe failed'));
        if (!res.writableEnded) res.end();
      },
    };
    let set = this.streams.get(conversationId);
    if (!set) {
      set = new Set();
      this.streams.set(conversationId, set);
    }
    set.add(stream);
    res.on('close', () => void stream.close());

    const subscription = await bus.subscribe(webchatTopic(conversationId), (raw) => this.forward(res, raw));
    if (closed) {
      // The client left while we were subscribing: nothing else will release the subscription.
      await subscription();
      return;
    }
    unsubscribe = subscription;
    // Tells the client (and tests) that messages published from now on will arrive.
    res.write('event: ready\ndata: {}\n\n');
  }

  private forward(res: Response, raw: string): void {
    let envelope: ReplyEnvelope;
    try {
      envelope = JSON.parse(raw) as ReplyEnvelope;
    } catch (err) {
      this.options.log.warn({ err }, 'webchat dropped a malformed bus message');
      return;
    }
    // JSON.stringify never emits raw newlines, so one `data:` line carries the whole event.
    res.write(`id: ${this.nextId++}\nevent: replies\ndata: ${JSON.stringify(envelope)}\n\n`);
  }

  get size(): number {
    let n = 0;
    for (const set of this.streams.values()) n += set.size;
    return n;
  }

  async closeAll(): Promise<void> {
    const all = [...this.streams.values()].flatMap((set) => [...set]);
    await Promise.all(all.map((s) => s.close()));
  }
}
