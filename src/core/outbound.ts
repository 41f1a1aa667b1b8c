import type { Logger } from 'pino';
import type { Store } from '../store/repositories';
import type { Clock } from './clock';
import { ChannelError } from './errors';
import { type ChannelId, type ConversationRef, conversationKey, type Reply, replyToPlainText } from './message';
import type { ChannelSender } from './ports';

/**
 * Sends messages outside a turn (agent replies, offers, timeout notices). Each reply is stored in the
 * conversation before it is handed to the channel, so the transcript is complete even if sending fails.
 */
export class Outbound {
  private readonly senders = new Map<ChannelId, ChannelSender>();

  constructor(private readonly deps: { store: Store; clock: Clock; log: Logger }) {}

  register(sender: ChannelSender): void {
    this.senders.set(sender.channel, sender);
  }

  has(channel: ChannelId): boolean {
    return this.senders.has(channel);
  }

  async send(ref: ConversationRef, replies: Reply[]): Promise<void> {
    const sender = this.senders.get(ref.channel);
    if (!sender) throw new ChannelError(`no sender registered for channel ${ref.channel}`);
    const conversationId = conversationKey(ref);
    const at = this.deps.clock.now().toISOString();
    for (const reply of replies) {
      await this.deps.store.messages.append({
        conversationId,
        direction: 'out',
        text: replyToPlainText(reply),
        reply,
        at,
      });
    }
    await sender.send(ref, replies);
    this.deps.log.debug({ conversationId, count: replies.length, channel: ref.channel }, 'outbound sent');
  }
}
