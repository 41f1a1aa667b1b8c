/**
 * The two shapes every channel is translated to and from. Adapters parse their wire format into a
 * `Message` and render a `Reply`; everything between is channel-agnostic.
 */

export const CHANNELS = ['webchat', 'telegram', 'botframework', 'slack', 'test'] as const;
export type ChannelId = (typeof CHANNELS)[number];

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** One inbound message from a shopper, already verified and parsed by an adapter. */
export interface Message {
  channel: ChannelId;
  /** Stable id of the sender on that channel (Telegram user id, web visitor id, …). */
  channelUserId: string;
  /** The channel's conversation id (Telegram chat id, web-chat conversation id, …). */
  channelConversationId: string;
  /** Unique per delivery on the channel; a retried delivery repeats it and is answered once. */
  deliveryId: string;
  text?: string;
  /** Set when the shopper pressed a quick reply or card button; handled without NLU. */
  payload?: string;
  /** The channel's idea of the user's language, if it has one (a hint, not a decision). */
  localeHint?: string;
  timestamp: Date;
  /** Where to send later messages (proactive offers, agent replies). */
  ref: ConversationRef;
  /** Raw channel-specific data, for the rare skill that needs it. */
  channelData?: unknown;
}

export interface QuickReply {
  label: string;
  payload: string;
}

export interface CardButton {
  label: string;
  /** Sent back as a `Message.payload` when pressed. */
  payload?: string;
  /** Opens a link instead of sending a payload. */
  url?: string;
}

export interface Card {
  id: string;
  title: string;
  subtitle?: string;
  /** Display price, already formatted for the shopper's language ("£24.00"). */
  price?: string;
  imageUrl?: string;
  buttons?: CardButton[];
}

/** One outbound bubble. Channels that lack quick replies or cards degrade them to text. */
export interface Reply {
  text: string;
  quickReplies?: QuickReply[];
  cards?: Card[];
  /** Who speaks: the bot (default), a human agent, or the system (offers, notices). */
  from?: 'bot' | 'agent' | 'system';
}

/** Enough to reach a conversation later, from any process. */
export interface ConversationRef {
  channel: ChannelId;
  channelConversationId: string;
  channelUserId: string;
  /** Bot Framework: the connector to answer on. */
  serviceUrl?: string;
  /** Bot Framework: the bot's own account id on that channel. */
  botId?: string;
  tenantId?: string;
  /** Bot Framework: the channel behind the connector (msteams, webchat, directline, sms…), which decides
   *  how rich a proactive reply can be. */
  subChannel?: string;
}

/** Our key for a conversation: one per channel conversation. */
export function conversationKey(ref: Pick<ConversationRef, 'channel' | 'channelConversationId'>): string {
  return `${ref.channel}:${ref.channelConversationId}`;
}

/** Plain-text rendering of a reply for channels (or logs) with nothing richer. */
export function replyToPlainText(reply: Reply): string {
  const lines = [reply.text];
  for (const card of reply.cards ?? []) {
    const head = [card.title, card.price].filter(Boolean).join(' — ');
    lines.push(`• ${head}${card.subtitle ? `\n  ${card.subtitle}` : ''}`);
  }
  if (reply.quickReplies?.length) {
    lines.push(reply.quickReplies.map((q, i) => `${i + 1}. ${q.label}`).join('\n'));
  }
  return lines.join('\n');
}
