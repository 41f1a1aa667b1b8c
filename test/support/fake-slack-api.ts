/**
 * A local stand-in for the Slack Web API (https://slack.com/api/:method) speaking its wire format:
 * form-encoded or JSON requests, `{ ok, … }` answers, 429 + Retry-After when asked to. It records every
 * call so tests can assert what the bot posted, and lets tests await a call instead of sleeping.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';

export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  /** The bearer token the client sent. */
  token: string | undefined;
}

export const FAKE_BOT_USER_ID = 'UBOT';
export const FAKE_BOT_ID = 'BBOT';

/** Form fields that carry JSON in Slack's form encoding. */
const JSON_FIELDS = ['blocks', 'attachments', 'metadata'];

export class FakeSlackApi {
  readonly calls: SlackCall[] = [];
  /** Channel names the fake knows, mapped to ids (Slack answers with the id). */
  readonly channels = new Map<string, string>([
    ['#support', 'CSUPPORT'],
    ['support', 'CSUPPORT'],
  ]);
  private readonly rateLimits = new Map<string, number[]>();
  private readonly waiters: { match: (c: SlackCall) => boolean; resolve: (c: SlackCall) => void }[] = [];
  private server: import('node:http').Server | undefined;
  private tsCounter = 0;

  /** e.g. `http://127.0.0.1:PORT/api/`, for WebClient's slackApiUrl. */
  url = '';

  async start(): Promise<this> {
    const app = express();
    app.use(express.urlencoded({ extended: false }), express.json());
    app.post('/api/:method', (req, res) => {
      const method = String(req.params.method);
      const args = this.parseArgs(req.body);
      const auth = req.headers.authorization;
      const token = auth?.startsWith('Bearer ')
        ? auth.slice(7)
        : typeof args.token === 'string'
          ? args.token
          : undefined;
      const limited = this.rateLimits.get(method);
      const retryAfter = limited?.shift();
      if (retryAfter !== undefined) {
        this.record({ method: `${method}#429`, args, token });
        res.status(429).set('Retry-After', String(retryAfter)).json({ ok: false, error: 'ratelimited' });
        return;
      }
      const call = { method, args, token };
      this.record(call);
      res.json(this.answer(call));
    });
    const server = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    this.server = server;
    const { port } = server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/api/`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next `times` calls of `method` answer 429 with this Retry-After. */
  rateLimitNext(method: string, retryAfterSeconds: number, times = 1): void {
    this.rateLimits.set(method, [...(this.rateLimits.get(method) ?? []), ...Array(times).fill(retryAfterSeconds)]);
  }

  callsOf(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first call (past or future) that matches. */
  waitFor(match: (call: SlackCall) => boolean): Promise<SlackCall> {
    const seen = this.calls.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  /** Resolves once `method` has been called `count` times in all. */
  async waitForCount(method: string, count: number): Promise<SlackCall[]> {
    // The matcher runs after the call is recorded, so the count includes it.
    await this.waitFor((c) => c.method === method && this.callsOf(method).length >= count);
    return this.callsOf(method);
  }

  private record(call: SlackCall): void {
    this.calls.push(call);
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const waiter = this.waiters[i];
      if (waiter?.match(call)) {
        this.waiters.splice(i, 1);
        waiter.resolve(call);
      }
    }
  }

  private parseArgs(body: unknown): Record<string, unknown> {
    const args: Record<string, unknown> = { ...(body as Record<string, unknown>) };
    for (const field of JSON_FIELDS) {
      const value = args[field];
      if (typeof value === 'string') args[field] = JSON.parse(value);
    }
    return args;
  }

  private channelId(channel: unknown): string {
    const name = String(channel ?? '');
    return this.channels.get(name) ?? name;
  }

  private answer(call: SlackCall): Record<string, unknown> {
    const { method, args } = call;
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://shop.slack.example/',
          team: 'Shop',
          user: 'concierge',
          team_id: 'T1',
          user_id: FAKE_BOT_USER_ID,
          bot_id: FAKE_BOT_ID,
        };
      case 'chat.postMessage': {
        const ts = `1768471200.${String(++this.tsCounter).padStart(6, '0')}`;
        const channel = this.channelId(args.channel);
        return {
          ok: true,
          channel,
          ts,
          message: {
            type: 'message',
            text: args.text,
            ts,
            bot_id: FAKE_BOT_ID,
            ...(args.thread_ts ? { thread_ts: args.thread_ts } : {}),
          },
        };
      }
      case 'chat.update':
        return { ok: true, channel: this.channelId(args.channel), ts: args.ts, text: args.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `1768471200.${String(++this.tsCounter).padStart(6, '0')}` };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
