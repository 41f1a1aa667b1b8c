import { formatMoney } from '../commerce/types';
import type { Lang } from '../core/message';
import type { Conversation, Handoff } from '../store/entities';
import type { Store } from '../store/repositories';
import type { HandoffSummary, PropensityScorer, TranscriptLine } from './desk';

/** How many recent messages the agent sees in the thread header. */
export const TRANSCRIPT_LINES = 8;

/** The dialogue records the order under discussion here (opaque state; read defensively). */
function lastOrderId(conversation: Conversation): string | undefined {
  const value = conversation.state.lastOrderId;
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function collapseRepeats(intents: string[]): string[] {
  return intents.filter((intent, i) => intent !== intents[i - 1]);
}

/** Gathers the context an agent needs from the store; each part is optional and failures stay local. */
export async function buildSummary(
  deps: { store: Store; scorer?: PropensityScorer | undefined },
  handoff: Handoff,
  conversation: Conversation,
  detail?: string,
): Promise<HandoffSummary> {
  const { store } = deps;
  const lang: Lang = conversation.lang ?? 'en';
  const customerId = conversation.customerId ?? handoff.customerId;
  const [customer, identity, messages] = await Promise.all([
    customerId ? store.customers.get(customerId) : Promise.resolve(null),
    store.identities.get(conversation.ref.channel, conversation.ref.channelUserId),
    store.messages.tail(conversation.id, TRANSCRIPT_LINES),
  ]);

  const transcript: TranscriptLine[] = messages.map((m) => ({
    direction: m.direction,
    from: m.direction === 'in' ? 'shopper' : (m.reply?.from ?? 'bot'),
    text: m.text,
    at: m.at,
  }));
  const recentIntents = collapseRepeats(
    messages.flatMap((m) => (m.direction === 'in' && m.intent && m.intent !== 'None' ? [m.intent] : [])),
  );

  const summary: HandoffSummary = {
    handoffId: handoff.id,
    status: handoff.status,
    customer: {
      ...(customerId ? { id: customerId } : {}),
      ...(customer?.name ? { name: customer.name } : {}),
      ...(customer?.email ? { email: customer.email } : {}),
      verified: identity?.verified ?? false,
    },
    channel: conversation.ref.channel,
    lang,
    reason: handoff.reason,
    recentIntents,
    transcript,
  };
  if (detail) summary.detail = detail;
  if (handoff.agentId) summary.agentId = handoff.agentId;

  const orderId = lastOrderId(conversation);
  if (orderId) {
    const order = await store.orders.get(orderId);
    if (order) {
      summary.order = {
        id: order.id,
        status: order.status,
        total: formatMoney(order.totalCents, order.currency, 'en'),
        placedAt: order.createdAt.slice(0, 10),
      };
    }
  }
  if (deps.scorer && customerId) {
    const score = await deps.scorer.score(customerId).catch(() => undefined);
    if (score !== undefined) summary.propensity = score;
  }
  return summary;
}
