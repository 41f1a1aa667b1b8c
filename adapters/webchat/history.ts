import type { StoredMessage } from '../../src/store/entities';
import type { HistoryItem } from './schemas';

/** How much of a conversation a reloaded widget shows; older messages stay in the store. */
export const HISTORY_LIMIT = 200;

/** Stored messages as the widget draws them: who spoke, what they said, and any rich reply. */
export function toHistoryItem(message: StoredMessage): HistoryItem {
  if (message.direction === 'in') {
    return { from: 'user', text: message.text || message.payload || '', at: message.at };
  }
  const item: HistoryItem = {
    from: message.reply?.from ?? 'bot',
    text: message.reply?.text ?? message.text,
    at: message.at,
  };
  if (message.reply) item.reply = message.reply;
  return item;
}
