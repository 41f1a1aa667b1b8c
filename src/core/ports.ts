/**
 * Interfaces the core depends on and other folders implement. Passed in through constructors.
 */
import type { HandoffReason, TurnContext } from './context';
import type { ChannelId, ConversationRef, Reply } from './message';

/** The dialogue layer (src/dialogue): decides what to say for one turn, via ctx.reply(). */
export interface DialogueEngine {
  respond(ctx: TurnContext): Promise<void>;
}

/** The handoff layer (src/handoff), seen from the pipeline. */
export interface HandoffPort {
  /**
   * Called before NLU. When a human owns (or is about to own) the conversation, relays the shopper's
   * message to the agent desk and returns true: the bot stays silent.
   */
  relayIfOwned(ctx: TurnContext): Promise<boolean>;
  /** Starts a handoff; a repeat while one is open does nothing new. */
  request(ctx: TurnContext, reason: HandoffReason, detail?: string): Promise<void>;
  /** Payloads that belong to the handoff layer (the rating after a handoff); true when handled. */
  handlePayload(ctx: TurnContext): Promise<boolean>;
}

/** Sends replies to a conversation outside a turn (agent replies, offers). One per channel. */
export interface ChannelSender {
  readonly channel: ChannelId;
  send(ref: ConversationRef, replies: Reply[]): Promise<void>;
}

/** Cross-instance messaging: in-process by default, Redis pub/sub with REDIS_URL. */
export interface Bus {
  publish(topic: string, message: string): Promise<void>;
  /** Returns an unsubscribe function. */
  subscribe(topic: string, handler: (message: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface TurnResult {
  /** Our conversation id (`channel:channelConversationId`). */
  conversationId: string;
  replies: import('./message').Reply[];
  /** True when this delivery id was seen before; nothing was answered again. */
  duplicate: boolean;
}

/** What adapters call: the bot core, seen from a channel. */
export interface MessageHandler {
  handle(message: import('./message').Message): Promise<TurnResult>;
}
