import type { Card, CardButton, QuickReply, Reply } from '../../src/core/message';
import { splitText, truncate } from '../shared/split-text';
import type { CallbackDataCodec } from './callback-data';

export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

export type InlineButton = { text: string; callback_data: string } | { text: string; url: string };
export type InlineKeyboard = InlineButton[][];

/** One Bot API call to make, as data: rendering stays pure and testable without a server. */
export type TelegramOp =
  | { kind: 'text'; text: string; keyboard?: InlineKeyboard }
  | { kind: 'photo'; photo: string; caption: string; keyboard?: InlineKeyboard; fallbackText: string };

/** Packs short quick-reply labels side by side (up to 3, ~30 characters a row), long ones alone. */
export function quickReplyKeyboard(quickReplies: QuickReply[], codec: CallbackDataCodec): InlineKeyboard {
  const rows: InlineKeyboard = [];
  let row: InlineButton[] = [];
  let width = 0;
  for (const q of quickReplies) {
    const button = { text: q.label, callback_data: codec.encode(q.payload) };
    if (row.length > 0 && (row.length === 3 || width + q.label.length > 30)) {
      rows.push(row);
      row = [];
      width = 0;
    }
    row.push(button);
    width += q.label.length;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Telegram only opens http(s) and tg: links; anything else would make the whole message fail. */
function isOpenableUrl(url: string): boolean {
  return /^(https?|tg):\/\//i.test(url);
}

function cardButton(button: CardButton, codec: CallbackDataCodec): InlineButton | undefined {
  if (button.url && isOpenableUrl(button.url)) return { text: button.label, url: button.url };
  if (button.payload) return { text: button.label, callback_data: codec.encode(button.payload) };
  return undefined;
}

/** One button per row: card buttons are few and their labels long ("Add to basket"). */
function cardKeyboard(card: Card, codec: CallbackDataCodec): InlineKeyboard | undefined {
  const rows = (card.buttons ?? []).flatMap((b) => {
    const button = cardButton(b, codec);
    return button ? [[button]] : [];
  });
  return rows.length > 0 ? rows : undefined;
}

/** "Title — £24.00" then the subtitle on its own line. Plain text: no parse_mode, nothing to escape. */
export function cardCaption(card: Card): string {
  const head = [card.title, card.price].filter(Boolean).join(' — ');
  return card.subtitle ? `${head}\n${card.subtitle}` : head;
}

function withKeyboard<T extends TelegramOp>(op: T, keyboard: InlineKeyboard | undefined): T {
  return keyboard && keyboard.length > 0 ? { ...op, keyboard } : op;
}

/**
 * Renders one reply: its text (split at 4096 characters, quick replies as an inline keyboard on the
 * last part), then each card as a photo with buttons — or a text message with buttons when the card
 * has no image. Quick replies with no text of their own ride on the last card.
 */
export function renderReply(reply: Reply, codec: CallbackDataCodec): TelegramOp[] {
  const ops: TelegramOp[] = [];
  const quick = reply.quickReplies?.length ? quickReplyKeyboard(reply.quickReplies, codec) : undefined;
  const cards = reply.cards ?? [];
  const hasText = reply.text.trim() !== '';

  if (hasText) {
    const parts = splitText(reply.text, TEXT_LIMIT);
    parts.forEach((text, i) => {
      ops.push(withKeyboard({ kind: 'text', text }, i === parts.length - 1 ? quick : undefined));
    });
  }
  cards.forEach((card, i) => {
    const caption = cardCaption(card);
    let keyboard = cardKeyboard(card, codec);
    if (!hasText && quick && i === cards.length - 1) keyboard = [...(keyboard ?? []), ...quick];
    if (card.imageUrl) {
      const op = { kind: 'photo' as const, photo: card.imageUrl, caption: truncate(caption, CAPTION_LIMIT) };
      ops.push(withKeyboard({ ...op, fallbackText: truncate(caption, TEXT_LIMIT) }, keyboard));
    } else {
      ops.push(withKeyboard({ kind: 'text', text: truncate(caption, TEXT_LIMIT) }, keyboard));
    }
  });
  // Buttons need a message to hang on; with neither text nor cards, a neutral marker carries them.
  if (!hasText && cards.length === 0 && quick) ops.push({ kind: 'text', text: '👇', keyboard: quick });
  return ops;
}
