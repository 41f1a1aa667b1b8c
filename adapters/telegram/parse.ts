import type { ConversationRef, Message } from '../../src/core/message';
import type { TelegramUpdate } from './update-schema';

/** Bot commands with a fixed meaning, mapped to what the core understands. */
const COMMANDS: Record<string, { payload?: string; text?: string }> = {
  start: { payload: 'cmd:start' },
  help: { text: 'help' },
  stop: { payload: 'cmd:stop' },
  cancel: { payload: 'cmd:cancel' },
};

/** `/start@MyBot deep-link` → { name: 'start', arg: 'deep-link' }; undefined for ordinary text. */
export function parseCommand(text: string): { name: string; arg: string } | undefined {
  const m = /^\/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!m?.[1]) return undefined;
  return { name: m[1].toLowerCase(), arg: (m[2] ?? '').trim() };
}

function ref(chatId: number, userId: number): ConversationRef {
  return { channel: 'telegram', channelConversationId: String(chatId), channelUserId: String(userId) };
}

/**
 * Turns a text (or captioned) message into a `Message`. Updates we do not answer — no sender (channel
 * posts), no text (stickers, photos without caption), bots — give undefined.
 */
export function messageFromUpdate(update: TelegramUpdate): Message | undefined {
  const msg = update.message;
  if (!msg?.from || msg.from.is_bot) return undefined;
  const raw = msg.text ?? msg.caption;
  if (raw === undefined || raw.trim() === '') return undefined;

  const base: Message = {
    channel: 'telegram',
    channelUserId: String(msg.from.id),
    channelConversationId: String(msg.chat.id),
    deliveryId: String(update.update_id),
    timestamp: new Date(msg.date * 1000),
    ref: ref(msg.chat.id, msg.from.id),
    channelData: update,
  };
  if (msg.from.language_code) base.localeHint = msg.from.language_code;

  const command = parseCommand(raw);
  const mapped = command ? COMMANDS[command.name] : undefined;
  if (mapped?.payload) return { ...base, payload: mapped.payload };
  if (mapped?.text) return { ...base, text: mapped.text };
  // Other commands (a menu entry like "/track 1234") read as words for the NLU: "track 1234".
  if (command) return { ...base, text: `${command.name} ${command.arg}`.trim() };
  return { ...base, text: raw };
}

/**
 * Turns a button press into a `Message` carrying its payload (already decoded from callback_data).
 * Inline-mode messages have no chat; a private chat's id equals the user's id, so that is the fallback.
 */
export function messageFromCallback(update: TelegramUpdate, payload: string, now: Date): Message | undefined {
  const cq = update.callback_query;
  if (!cq) return undefined;
  const chatId = cq.message?.chat.id ?? cq.from.id;
  const message: Message = {
    channel: 'telegram',
    channelUserId: String(cq.from.id),
    channelConversationId: String(chatId),
    deliveryId: String(update.update_id),
    payload,
    // A callback query carries no date of its own; the press happens now.
    timestamp: now,
    ref: ref(chatId, cq.from.id),
    channelData: update,
  };
  if (cq.from.language_code) message.localeHint = cq.from.language_code;
  return message;
}
