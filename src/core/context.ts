import type { Logger } from 'pino';
import type { NluResult } from '../nlu/types';
import type { Conversation, Customer, Identity } from '../store/entities';
import type { Lang, Message, Reply } from './message';

/** Why a conversation goes to a human; recorded with every handoff. */
export const HANDOFF_REASONS = [
  'shopper_request',
  'repeated_misunderstanding',
  'frustration',
  'complaint',
  'verification_failed',
  'delivery_problem',
  'faulty_item',
  'data_request',
  'skill_request',
] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];

/**
 * Everything one turn needs, created fresh for each message. Nothing on it survives the turn except
 * what is written to `conversation.state` (saved with optimistic concurrency) or to the store.
 */
export interface TurnContext {
  readonly message: Message;
  readonly now: Date;
  readonly log: Logger;
  customer: Customer;
  identity: Identity;
  conversation: Conversation;
  /** Language of this turn: detected from the text, else the conversation's, else the hint. */
  lang: Lang;
  nlu: NluResult | undefined;
  readonly replies: Reply[];
  reply(reply: Reply | string): void;
  /** Hands the conversation to a human; idempotent while one is pending or active. */
  requestHandoff(reason: HandoffReason, detail?: string): Promise<void>;
  /** Links this channel user to a verified customer (after proof of ownership). */
  linkCustomer(customerId: string): Promise<void>;
}

export type Next = () => Promise<void>;
export type Middleware<C> = (ctx: C, next: Next) => Promise<void>;
