/**
 * Building blocks for handoff tests: a shopper conversation in a real (embedded) store, and a
 * TurnContext built from that conversation the way the pipeline builds it.
 */
import { loadShopPolicy } from '../../src/commerce/policy/load-policy';
import type { ShopPolicy } from '../../src/commerce/types';
import type { ManualClock } from '../../src/core/clock';
import type { HandoffReason, TurnContext } from '../../src/core/context';
import { silentLogger } from '../../src/core/logger';
import type { ChannelId, ConversationRef, Lang, Message } from '../../src/core/message';
import type { HandoffPort } from '../../src/core/ports';
import type { Conversation, Customer, Identity } from '../../src/store/entities';
import type { Store } from '../../src/store/repositories';

/** The demo policy: Mon–Sat 9–18 Europe/London. ManualClock's default start (Thu 10:00 UTC) is inside. */
export function testPolicy(): ShopPolicy {
  return loadShopPolicy();
}

/** 20:00 London on a weekday: outside contact hours. */
export const AFTER_HOURS = '2026-01-15T20:00:00.000Z';

export interface SeedOptions {
  channel?: ChannelId;
  id?: string;
  lang?: Lang;
  customer?: Partial<Customer>;
  state?: Record<string, unknown>;
  /** Earlier messages, oldest first: `>` prefix for the shopper, otherwise the bot. */
  history?: { text: string; intent?: string; from?: 'shopper' | 'bot' }[];
}

export interface Seeded {
  conversation: Conversation;
  customer: Customer;
  identity: Identity;
}

/** A shopper with a stored customer, identity and conversation (plus optional history). */
export async function seedConversation(store: Store, clock: ManualClock, options: SeedOptions = {}): Promise<Seeded> {
  const channel = options.channel ?? 'webchat';
  const chatId = options.id ?? `chat-${Math.random().toString(36).slice(2, 10)}`;
  const at = clock.now().toISOString();
  const customer: Customer = {
    id: `cus_${chatId}`,
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    consents: [],
    createdAt: at,
    updatedAt: at,
    ...options.customer,
  };
  await store.customers.create(customer);
  const identity: Identity = {
    channel,
    channelUserId: `u-${chatId}`,
    customerId: customer.id,
    verified: true,
    createdAt: at,
  };
  await store.identities.create(identity);
  const ref: ConversationRef = { channel, channelConversationId: chatId, channelUserId: identity.channelUserId };
  const conversation: Conversation = {
    id: `${channel}:${chatId}`,
    ref,
    customerId: customer.id,
    lang: options.lang ?? 'en',
    state: options.state ?? {},
    handoff: 'bot',
    version: 1,
    createdAt: at,
    lastActivityAt: at,
  };
  await store.conversations.create(conversation);
  for (const line of options.history ?? []) {
    await store.messages.append({
      conversationId: conversation.id,
      direction: line.from === 'bot' ? 'out' : 'in',
      text: line.text,
      ...(line.intent ? { intent: line.intent } : {}),
      at,
    });
  }
  return { conversation, customer, identity };
}

let delivery = 0;

/**
 * A TurnContext for one shopper message, built from the stored conversation the way the pipeline
 * builds it (fresh per turn; the conversation is a copy). The message is recorded first, as stage 3
 * of the pipeline would.
 */
export async function turnFor(
  store: Store,
  clock: ManualClock,
  seeded: Seeded,
  input: { text?: string; payload?: string },
  handoff?: HandoffPort,
): Promise<TurnContext> {
  const stored = await store.conversations.get(seeded.conversation.id);
  if (!stored) throw new Error(`no conversation ${seeded.conversation.id}`);
  const now = clock.now();
  const message: Message = {
    channel: stored.ref.channel,
    channelUserId: stored.ref.channelUserId,
    channelConversationId: stored.ref.channelConversationId,
    deliveryId: `d-${++delivery}`,
    ...input,
    timestamp: now,
    ref: stored.ref,
  };
  await store.messages.append({
    conversationId: stored.id,
    direction: 'in',
    text: input.text ?? '',
    ...(input.payload ? { payload: input.payload } : {}),
    at: now.toISOString(),
  });
  const ctx: TurnContext = {
    message,
    now,
    log: silentLogger(),
    customer: seeded.customer,
    identity: seeded.identity,
    conversation: { ...stored, state: structuredClone(stored.state) },
    lang: stored.lang ?? 'en',
    nlu: undefined,
    replies: [],
    reply(reply) {
      ctx.replies.push(typeof reply === 'string' ? { text: reply } : reply);
    },
    requestHandoff: async (reason: HandoffReason, detail?: string) => {
      if (!handoff) throw new Error('turnFor: no handoff port given');
      await handoff.request(ctx, reason, detail);
    },
    linkCustomer: async () => {},
  };
  return ctx;
}

/** Ends a turn the way the pipeline does: saves the turn's conversation copy. */
export async function finishTurn(store: Store, ctx: TurnContext): Promise<Conversation> {
  return store.conversations.save(ctx.conversation);
}
