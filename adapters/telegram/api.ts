import type { Telegram } from 'telegraf';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import type { Logger } from '../../src/core/logger';
import type { Reply } from '../../src/core/message';
import type { CallbackDataCodec } from './callback-data';
import { ALLOWED_UPDATES } from './config';
import { type InlineKeyboard, renderReply, type TelegramOp } from './render';
import { type Sleep, toChannelError, withRetryAfter } from './retry';

function markup(keyboard: InlineKeyboard | undefined): { reply_markup: InlineKeyboardMarkup } | undefined {
  return keyboard ? { reply_markup: { inline_keyboard: keyboard } } : undefined;
}

/** The Bot API calls the adapter makes, with flood-wait handling and photo → text degradation. */
export class TelegramApi {
  constructor(
    private readonly telegram: Telegram,
    private readonly codec: CallbackDataCodec,
    private readonly sleep: Sleep,
    private readonly log: Logger,
  ) {}

  async sendReplies(chatId: string, replies: Reply[]): Promise<void> {
    const ops = replies.flatMap((reply) => renderReply(reply, this.codec));
    await this.codec.flush();
    for (const op of ops) await this.send(chatId, op);
  }

  private async send(chatId: string, op: TelegramOp): Promise<void> {
    const retry = { sleep: this.sleep, attempts: 3, maxWaitSeconds: 60 };
    if (op.kind === 'text') {
      await withRetryAfter(() => this.telegram.sendMessage(chatId, op.text, markup(op.keyboard)), retry);
      return;
    }
    try {
      await withRetryAfter(
        () => this.telegram.sendPhoto(chatId, op.photo, { caption: op.caption, ...markup(op.keyboard) }),
        retry,
      );
    } catch (err) {
      // Telegram fetches the image itself; a 400 means it could not (dead link, wrong type). The card
      // still reaches the shopper, as text with the same buttons.
      if (toChannelError(err).status !== 400) throw err;
      this.log.warn({ chatId, status: 400 }, 'telegram photo rejected; sending card as text');
      await withRetryAfter(() => this.telegram.sendMessage(chatId, op.fallbackText, markup(op.keyboard)), retry);
    }
  }

  /** Best effort: a lost typing indicator is not worth failing a turn for. */
  async typing(chatId: string): Promise<void> {
    await this.telegram.sendChatAction(chatId, 'typing').catch((err: unknown) => {
      this.log.debug({ err: toChannelError(err).message, chatId }, 'telegram typing failed');
    });
  }

  /** Stops the spinner on the pressed button; `text` shows as a small toast. Best effort too. */
  async answerCallback(id: string, text?: string): Promise<void> {
    await this.telegram.answerCbQuery(id, text).catch((err: unknown) => {
      this.log.warn({ err: toChannelError(err).message }, 'telegram answerCallbackQuery failed');
    });
  }

  async setWebhook(url: string, secret: string, attempts: number): Promise<void> {
    await withRetryAfter(
      () => this.telegram.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] }),
      { sleep: this.sleep, attempts },
    );
  }
}
