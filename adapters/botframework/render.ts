import {
  ActionTypes,
  type Activity,
  ActivityTypes,
  type Attachment,
  AttachmentLayoutTypes,
  type CardAction,
  CardFactory,
} from 'botbuilder';
import { type Card, type CardButton, type QuickReply, type Reply, replyToPlainText } from '../../src/core/message';

/** Channels that show neither cards nor suggested actions: they get the plain-text rendering. */
const TEXT_ONLY_CHANNELS = new Set(['sms', 'telephony', 'email']);
/** Teams shows suggested actions only as imBack (which loses the payload): use a button card there. */
const NO_MESSAGE_BACK_SUGGESTIONS = new Set(['msteams']);

/** A button that sends `payload` back in `value` while the chat shows the label the shopper chose. */
function payloadAction(label: string, payload: string): CardAction {
  return { type: ActionTypes.MessageBack, title: label, text: label, displayText: label, value: { payload } };
}

function cardAction(button: CardButton): CardAction | undefined {
  if (button.url) return { type: ActionTypes.OpenUrl, title: button.label, value: button.url };
  if (button.payload) return payloadAction(button.label, button.payload);
  return undefined;
}

export function heroCard(card: Card): Attachment {
  const buttons = (card.buttons ?? []).flatMap((b) => cardAction(b) ?? []);
  return CardFactory.heroCard(card.title, card.subtitle ?? '', card.imageUrl ? [card.imageUrl] : [], buttons, {
    ...(card.price ? { subtitle: card.price } : {}),
  });
}

function quickReplyActions(quickReplies: QuickReply[]): CardAction[] {
  return quickReplies.map((q) => payloadAction(q.label, q.payload));
}

/**
 * One reply → the activities to send. Text as plain text (no accidental markdown), product cards as
 * hero cards (a carousel when there are several), quick replies as suggested actions carrying the
 * payload. `bfChannelId` (msteams, webchat, …) picks the degradations; unknown means the rich form.
 */
export function renderReply(reply: Reply, bfChannelId?: string): Partial<Activity>[] {
  if (bfChannelId && TEXT_ONLY_CHANNELS.has(bfChannelId)) {
    return [{ type: ActivityTypes.Message, text: replyToPlainText(reply), textFormat: 'plain' }];
  }
  const activity: Partial<Activity> = { type: ActivityTypes.Message, textFormat: 'plain' };
  if (reply.text.trim() !== '') activity.text = reply.text;
  const cards = reply.cards ?? [];
  if (cards.length > 0) {
    activity.attachments = cards.map(heroCard);
    activity.attachmentLayout = cards.length > 1 ? AttachmentLayoutTypes.Carousel : AttachmentLayoutTypes.List;
  }
  const quick = reply.quickReplies ?? [];
  if (quick.length === 0) return [activity];

  if (bfChannelId && NO_MESSAGE_BACK_SUGGESTIONS.has(bfChannelId)) {
    // Without product cards, text and buttons stay one bubble; with them, the buttons follow.
    if (cards.length === 0) {
      const card = CardFactory.heroCard('', activity.text ?? '', [], quickReplyActions(quick));
      return [{ type: ActivityTypes.Message, attachments: [card] }];
    }
    return [
      activity,
      { type: ActivityTypes.Message, attachments: [CardFactory.heroCard('', [], quickReplyActions(quick))] },
    ];
  }
  activity.suggestedActions = { actions: quickReplyActions(quick), to: [] };
  return [activity];
}
