import type { Clock } from '../../src/core/clock';
import { ChannelError } from '../../src/core/errors';
import type { ConversationRef, Reply } from '../../src/core/message';
import type { Bus, ChannelSender } from '../../src/core/ports';
import { type ReplyEnvelope, webchatTopic } from './sse';

/**
 * Messages outside a turn (agent replies, offers) go onto the bus; whichever instance holds the
 * visitor's event stream writes them out. The caller (core Outbound) has already stored them, so a
 * visitor with no open stream sees them in the history on the next page load.
 */
export class WebChatSender implements ChannelSender {
  readonly channel = 'webchat' as const;

  constructor(private readonly deps: { bus: Bus; clock: Clock }) {}

  async send(ref: ConversationRef, replies: Reply[]): Promise<void> {
    if (ref.channel !== 'webchat') throw new ChannelError(`webchat sender cannot reach channel ${ref.channel}`);
    if (replies.length === 0) return;
    const envelope: ReplyEnvelope = { replies, at: this.deps.clock.now().toISOString() };
    await this.deps.bus.publish(webchatTopic(ref.channelConversationId), JSON.stringify(envelope));
  }
}
