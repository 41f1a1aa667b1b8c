/**
 * A stand-in for the core behind a channel adapter: records every message, answers with `replies`, and
 * like the core reports a delivery it has already seen as a duplicate, with nothing to send.
 */
import { conversationKey, type Message, type QuickReply, type Reply } from '../../src/core/message';
import type { MessageHandler, TurnResult } from '../../src/core/ports';

/** Answers text with `echo: <text>` and a pressed button with `pressed <payload>`, offering `quickReplies`. */
export function echo(quickReplies?: QuickReply[]): (m: Message) => Reply[] {
  return (m) => [
    {
      text: m.payload ? `pressed ${m.payload}` : `echo: ${m.text ?? ''}`,
      ...(quickReplies ? { quickReplies } : {}),
    },
  ];
}

export class EchoHandler implements MessageHandler {
  readonly messages: Message[] = [];
  private readonly seen = new Set<string>();

  constructor(public replies: (m: Message) => Reply[] = echo()) {}

  async handle(m: Message): Promise<TurnResult> {
    this.messages.push(m);
    const conversationId = conversationKey(m.ref);
    const key = `${m.channel}:${m.deliveryId}`;
    if (this.seen.has(key)) return { conversationId, replies: [], duplicate: true };
    this.seen.add(key);
    return { conversationId, replies: this.replies(m), duplicate: false };
  }
}
