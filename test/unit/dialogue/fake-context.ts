/** A TurnContext for dialogue unit tests: no store, no pipeline, handoffs and links recorded. */
import type { HandoffReason, TurnContext } from '../../../src/core/context';
import { silentLogger } from '../../../src/core/logger';
import type { Lang, Reply } from '../../../src/core/message';
import type { DialogueEngine } from '../../../src/core/ports';
import type { Entity, NluResult } from '../../../src/nlu/types';

export interface FakeTurnInput {
  text?: string;
  /** The NLU's reading of `text` (`NluResult.text`); defaults to `text`. */
  nluText?: string;
  payload?: string;
  intent?: string;
  entities?: Partial<Entity>[];
  lang?: Lang;
  state?: Record<string, unknown>;
  frustrated?: boolean;
  now?: string;
}

export interface FakeContext extends TurnContext {
  handoffs: HandoffReason[];
  links: string[];
}

export function entity(type: Entity['type'], value: string, text = value, start = 0): Entity {
  return { type, value, text, start, end: start + text.length };
}

export function fakeContext(input: FakeTurnInput): FakeContext {
  const lang = input.lang ?? 'en';
  const at = input.now ?? '2026-01-15T10:00:00.000Z';
  const nlu: NluResult | undefined =
    input.payload !== undefined
      ? undefined
      : {
          lang,
          text: input.nluText ?? input.text ?? '',
          intent: input.intent ?? 'None',
          score: input.intent && input.intent !== 'None' ? 0.9 : 0.2,
          alternatives: [],
          entities: (input.entities ?? []).map((e) => entity(e.type ?? 'product', e.value ?? '', e.text, e.start)),
          sentiment: 0,
          frustrated: input.frustrated ?? false,
        };
  const ref = { channel: 'test' as const, channelConversationId: 'c1', channelUserId: 'u1' };
  const replies: Reply[] = [];
  const ctx: FakeContext = {
    message: {
      ...ref,
      deliveryId: 'd1',
      timestamp: new Date(at),
      ref,
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.payload !== undefined ? { payload: input.payload } : {}),
    },
    now: new Date(at),
    log: silentLogger(),
    customer: { id: 'cust-anon', name: '', consents: [], createdAt: at, updatedAt: at },
    identity: { channel: 'test', channelUserId: 'u1', customerId: 'cust-anon', verified: false, createdAt: at },
    conversation: {
      id: 'test:c1',
      ref,
      state: input.state ?? {},
      handoff: 'bot',
      version: 1,
      createdAt: at,
      lastActivityAt: at,
    },
    lang,
    nlu,
    replies,
    handoffs: [],
    links: [],
    reply(reply) {
      replies.push(typeof reply === 'string' ? { text: reply } : reply);
    },
    async requestHandoff(reason) {
      ctx.handoffs.push(reason);
    },
    async linkCustomer(customerId) {
      ctx.links.push(customerId);
      ctx.identity = { ...ctx.identity, customerId, verified: true };
    },
  };
  return ctx;
}

/** Plays turns against one conversation, carrying the state from turn to turn. */
export function conversation(engine: DialogueEngine) {
  let state: Record<string, unknown> = {};
  return async (input: FakeTurnInput): Promise<FakeContext> => {
    const ctx = fakeContext({ ...input, state });
    await engine.respond(ctx);
    state = ctx.conversation.state;
    return ctx;
  };
}

/** Every reply text of a turn, one per line. */
export const replyText = (ctx: FakeContext) => ctx.replies.map((r) => r.text).join('\n');

/** The entities of a message naming an order and the email that proves it. */
export function orderAndEmail(orderNumber: string, email = 'ann@example.com'): FakeTurnInput['entities'] {
  return [
    { type: 'order_number', value: orderNumber },
    { type: 'email', value: email },
  ];
}
