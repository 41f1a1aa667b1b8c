import { type Activity, ActivityTypes, TurnContext } from 'botbuilder';
import type { ConversationRef, Message } from '../../src/core/message';

/** What our buttons put in `value`; anything else pressed (an Adaptive Card submit) is read loosely. */
export function payloadFromValue(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'object' && value !== null) {
    const payload = (value as { payload?: unknown }).payload;
    if (typeof payload === 'string' && payload.trim() !== '') return payload;
  }
  return undefined;
}

function refOf(activity: Activity, userId: string): ConversationRef {
  const ref: ConversationRef = {
    channel: 'botframework',
    channelConversationId: activity.conversation.id,
    channelUserId: userId,
    serviceUrl: activity.serviceUrl,
    botId: activity.recipient.id,
  };
  const tenantId = activity.conversation.tenantId ?? teamsTenant(activity.channelData);
  if (tenantId) ref.tenantId = tenantId;
  if (activity.channelId) ref.subChannel = activity.channelId;
  return ref;
}

/** Teams puts the tenant in channelData; other channels leave it out. */
function teamsTenant(channelData: unknown): string | undefined {
  const tenant = (channelData as { tenant?: { id?: unknown } } | undefined)?.tenant;
  return typeof tenant?.id === 'string' ? tenant.id : undefined;
}

function base(activity: Activity, userId: string, deliveryId: string, now: Date): Message {
  const message: Message = {
    channel: 'botframework',
    channelUserId: userId,
    channelConversationId: activity.conversation.id,
    deliveryId,
    timestamp: activity.timestamp ? new Date(activity.timestamp) : now,
    ref: refOf(activity, userId),
    // The Bot Framework channel behind the connector (msteams, webchat, directline, emulator, …).
    channelData: { channelId: activity.channelId, activityType: activity.type },
  };
  if (activity.locale) message.localeHint = activity.locale;
  return message;
}

/**
 * An activity → at most one `Message`. A message activity carries text or, from one of our buttons,
 * a payload in `value`; a conversationUpdate that adds someone other than the bot to a 1:1
 * conversation becomes `cmd:start`, the greeting. Everything else is not ours to answer.
 */
export function messageFromActivity(activity: Activity, now: Date): Message | undefined {
  if (!activity.conversation?.id || !activity.from?.id || !activity.recipient?.id) return undefined;

  if (activity.type === ActivityTypes.Message) {
    const deliveryId = activity.id ?? `${activity.conversation.id}:${activity.timestamp ?? now.toISOString()}`;
    const payload = payloadFromValue(activity.value);
    if (payload) return { ...base(activity, activity.from.id, deliveryId, now), payload };
    // Teams prefixes group-chat messages with "<at>Bot</at>"; strip our own mention.
    const text = (activity.text ? TurnContext.removeRecipientMention(activity) : '')?.trim();
    if (!text) return undefined;
    return { ...base(activity, activity.from.id, deliveryId, now), text };
  }

  if (activity.type === ActivityTypes.ConversationUpdate && !activity.conversation.isGroup) {
    const joined = (activity.membersAdded ?? []).find((m) => m.id !== activity.recipient.id);
    if (!joined) return undefined;
    const deliveryId = activity.id ?? `${activity.conversation.id}:joined:${joined.id}`;
    return { ...base(activity, joined.id, deliveryId, now), payload: 'cmd:start' };
  }
  return undefined;
}
