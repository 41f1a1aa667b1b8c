import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Response } from 'express';

/** One Bot API request as the fake received it. */
export interface TelegramCall {
  method: string;
  token: string;
  params: Record<string, unknown>;
}

/** A Bot API error answer: `{ ok: false, error_code, description, parameters }`. */
export interface TelegramFailure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

interface Waiter {
  res: Response;
  offset: number;
}

/**
 * A local stand-in for https://api.telegram.org speaking the real wire format: `POST
 * /bot<token>/<method>` with a JSON body, answered `{ ok: true, result }` or `{ ok: false, ... }`.
 * Records every call; tests await calls as events instead of sleeping. getUpdates long-polls like the
 * real server: it holds the request until an update is queued (or the client gives up).
 */
export class FakeTelegramApi {
  readonly calls: TelegramCall[] = [];
  private readonly events = new EventEmitter();
  private readonly failures = new Map<string, TelegramFailure[]>();
  private readonly updates: Record<string, unknown>[] = [];
  private readonly waiters: Waiter[] = [];
  private server: Server | undefined;
  private nextMessageId = 1;

  constructor(private readonly token = '123456:TEST-token') {}

  /** Starts on 127.0.0.1 at a random port; returns the apiRoot to give telegraf. */
  async start(): Promise<string> {
    const app = express();
    app.use(express.json({ limit: '10mb' }));
    app.post('/bot:token/:method', (req, res) => this.onCall(req.params.token, req.params.method, req.body, res));
    this.server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const w of this.waiters.splice(0)) w.res.json({ ok: true, result: [] });
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** Makes the next call(s) of `method` fail with these answers, in order. */
  failNext(method: string, ...failures: TelegramFailure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  /** Queues an update for getUpdates (long polling). */
  pushUpdate(update: Record<string, unknown>): void {
    this.updates.push(update);
    for (const w of this.waiters.splice(0)) this.answerUpdates(w.res, w.offset);
  }

  callsTo(method: string): TelegramCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves once `count` calls to `method` have arrived (counting those already recorded). */
  waitFor(method: string, count = 1): Promise<TelegramCall[]> {
    return new Promise((resolve) => {
      const check = () => {
        const matching = this.callsTo(method);
        if (matching.length < count) return false;
        this.events.off('call', check);
        resolve(matching);
        return true;
      };
      if (!check()) this.events.on('call', check);
    });
  }

  private onCall(token: string, method: string, body: unknown, res: Response): void {
    const params = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const call = { method, token, params };
    this.calls.push(call);
    this.events.emit('call', call);
    if (token !== this.token) {
      res.status(401).json({ ok: false, error_code: 401, description: 'Unauthorized' });
      return;
    }
    const failure = this.failures.get(method)?.shift();
    if (failure) {
      res.status(failure.error_code).json({ ok: false, ...failure });
      return;
    }
    if (method === 'getUpdates') {
      this.getUpdates(params, res);
      return;
    }
    const result = this.result(method, params);
    if (result === undefined) {
      res.status(404).json({ ok: false, error_code: 404, description: 'Not Found: method not found' });
      return;
    }
    res.json({ ok: true, result });
  }

  private result(method: string, params: Record<string, unknown>): unknown {
    const date = Math.floor(Date.now() / 1000);
    const chat = { id: Number(params.chat_id), type: 'private' };
    switch (method) {
      case 'getMe':
        return { id: 123456, is_bot: true, first_name: 'Concierge', username: 'concierge_test_bot' };
      case 'sendMessage':
        return { message_id: this.nextMessageId++, date, chat, text: params.text };
      case 'sendPhoto':
        return {
          message_id: this.nextMessageId++,
          date,
          chat,
          caption: params.caption,
          photo: [{ file_id: 'photo-1', file_unique_id: 'p1', width: 320, height: 320 }],
        };
      case 'sendChatAction':
      case 'answerCallbackQuery':
      case 'setWebhook':
      case 'deleteWebhook':
        return true;
      default:
        return undefined;
    }
  }

  private getUpdates(params: Record<string, unknown>, res: Response): void {
    const offset = Number(params.offset ?? 0);
    // Like Telegram: asking from `offset` confirms (forgets) every earlier update.
    while (this.updates.length > 0 && Number(this.updates[0]?.update_id) < offset) this.updates.shift();
    if (this.updates.length > 0 || !Number(params.timeout)) {
      this.answerUpdates(res, offset);
      return;
    }
    const waiter = { res, offset };
    this.waiters.push(waiter);
    res.on('close', () => {
      const i = this.waiters.indexOf(waiter);
      if (i >= 0) this.waiters.splice(i, 1);
    });
  }

  private answerUpdates(res: Response, offset: number): void {
    res.json({ ok: true, result: this.updates.filter((u) => Number(u.update_id) >= offset) });
  }
}

/** Who writes in an update, and when. */
export interface TelegramSender {
  /** The private chat, whose id is also the user's. */
  chatId?: number;
  firstName?: string;
  languageCode?: string;
  /** Unix seconds. */
  date?: number;
}

const ADA: Required<TelegramSender> = { chatId: 4242, firstName: 'Ada', languageCode: 'zh-hans', date: 1_760_000_000 };

function from(sender: Required<TelegramSender>) {
  return { id: sender.chatId, is_bot: false, first_name: sender.firstName, language_code: sender.languageCode };
}

/** A private-chat text message update, as Telegram sends it; by default from Ada, who writes Chinese. */
export function textUpdate(updateId: number, text: string, sender: TelegramSender = {}): Record<string, unknown> {
  const s = { ...ADA, ...sender };
  return {
    update_id: updateId,
    message: { message_id: updateId, date: s.date, chat: { id: s.chatId, type: 'private' }, from: from(s), text },
  };
}

/** A button press (callback query) on a message the bot sent; by default Ada's, in English. */
export function callbackUpdate(updateId: number, data: string, sender: TelegramSender = {}): Record<string, unknown> {
  const s = { ...ADA, languageCode: 'en', ...sender };
  return {
    update_id: updateId,
    callback_query: {
      id: `cq-${updateId}`,
      chat_instance: 'ci',
      from: from(s),
      message: { message_id: 7, date: s.date, chat: { id: s.chatId, type: 'private' } },
      data,
    },
  };
}

/** The inline keyboard a recorded sendMessage/sendPhoto call carried. */
export function keyboardOf(call: TelegramCall): Array<Array<Record<string, string>>> {
  return (call.params.reply_markup as { inline_keyboard: Array<Array<Record<string, string>>> }).inline_keyboard;
}
