import type { Clock } from '../../src/core/clock';
import type { Logger } from '../../src/core/logger';
import type { Message } from '../../src/core/message';
import type { MessageHandler } from '../../src/core/ports';
import { RecentIds } from '../shared/turn-tracker';
import type { TelegramApi } from './api';
import type { CallbackDataCodec } from './callback-data';
import { messageFromCallback, messageFromUpdate } from './parse';
import type { TelegramUpdate } from './update-schema';

/** Telegram's typing indicator lasts ~5 s; renew it a little sooner while the handler works. */
const TYPING_RENEW_MS = 4500;
const EXPIRED_BUTTON = 'This button has expired — please ask again.';

/**
 * One update → at most one turn: parse, call the core, render. Transport-agnostic: the webhook
 * receiver and long polling both feed it. Holds no per-turn state between updates.
 */
export class TelegramUpdateProcessor {
  /**
   * Telegram redelivers an update it thinks was not acknowledged. The core dedupes by delivery id
   * (durably, across instances); this in-process guard also catches a redelivery that arrives while
   * the first is still running, before the core has recorded it.
   */
  private readonly seen = new RecentIds(5000);

  constructor(
    private readonly deps: {
      api: TelegramApi;
      codec: CallbackDataCodec;
      handler: MessageHandler;
      clock: Clock;
      log: Logger;
    },
  ) {}

  async process(update: TelegramUpdate): Promise<void> {
    const render = await this.accept(update);
    if (render) await render();
  }

  /**
   * Runs the turn up to the point where the core has stored it and decided the replies; resolves with
   * the rendering still to do. The webhook acknowledges Telegram only after this resolves, so an
   * update Telegram was told we have is never lost; a failure lets Telegram redeliver it.
   */
  async accept(update: TelegramUpdate): Promise<(() => Promise<void>) | undefined> {
    const id = String(update.update_id);
    if (!this.seen.add(id)) {
      this.deps.log.debug({ updateId: update.update_id }, 'telegram update already seen; ignored');
      return undefined;
    }
    try {
      const message = await this.toMessage(update);
      if (!message) return undefined;
      return await this.turn(message);
    } catch (error) {
      this.seen.delete(id);
      throw error;
    }
  }

  private async toMessage(update: TelegramUpdate): Promise<Message | undefined> {
    const cq = update.callback_query;
    if (!cq) return messageFromUpdate(update);
    const payload = cq.data === undefined ? undefined : await this.deps.codec.decode(cq.data);
    // Answer first: until then the shopper's button shows a spinner.
    await this.deps.api.answerCallback(cq.id, payload === undefined && cq.data ? EXPIRED_BUTTON : undefined);
    return payload === undefined ? undefined : messageFromCallback(update, payload, this.deps.clock.now());
  }

  private async turn(message: Message): Promise<(() => Promise<void>) | undefined> {
    const chatId = message.channelConversationId;
    const stopTyping = this.keepTyping(chatId);
    let result: Awaited<ReturnType<MessageHandler['handle']>>;
    try {
      result = await this.deps.handler.handle(message);
    } finally {
      stopTyping();
    }
    if (result.duplicate) {
      this.deps.log.debug({ deliveryId: message.deliveryId }, 'telegram duplicate delivery; not answered again');
      return undefined;
    }
    const replies = result.replies;
    return () => this.deps.api.sendReplies(chatId, replies);
  }

  private keepTyping(chatId: string): () => void {
    void this.deps.api.typing(chatId);
    const timer = setInterval(() => void this.deps.api.typing(chatId), TYPING_RENEW_MS);
    timer.unref();
    return () => clearInterval(timer);
  }
}
