/**
 * Who may receive a campaign's offer right now, and where. Each check names the reason it excludes a
 * customer, so a run can report what happened to everyone it considered.
 */
import type { ChannelId } from '../../core/message';
import type { Campaign, Conversation, Customer, Offer } from '../../store/entities';
import type { Store } from '../../store/repositories';
import { inQuietHours } from './quiet-hours';

const DAY_MS = 86_400_000;

export type SkipReason =
  | 'already_offered'
  | 'no_score'
  | 'outside_band'
  | 'category_rule'
  | 'no_consent'
  | 'no_conversation'
  | 'support_open'
  | 'frequency_cap'
  | 'quiet_hours';

export interface Reachable {
  channel: ChannelId;
  conversation: Conversation;
}

/** Channels of the campaign the customer opted in to and we can send on. */
export function consentedChannels(customer: Customer, campaign: Campaign, canSend: (c: ChannelId) => boolean) {
  return campaign.channels.filter(
    (channel) => canSend(channel) && customer.consents.some((c) => c.channel === channel && c.optedIn),
  );
}

/** The customer's most recently active conversation on one of `channels`. */
export function preferredConversation(conversations: Conversation[], channels: ChannelId[]): Reachable | null {
  const candidates = conversations
    .filter((c) => channels.includes(c.ref.channel))
    .sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));
  const best = candidates[0];
  return best ? { channel: best.ref.channel, conversation: best } : null;
}

/** A human is (or is about to be) talking with this customer: offers would interrupt support. */
export function supportOpen(conversations: Conversation[], openHandoffCustomers: Set<string>, customerId: string) {
  return openHandoffCustomers.has(customerId) || conversations.some((c) => c.handoff !== 'bot');
}

/** True when another offer reached this customer within the campaign's cap (holdouts were never sent). */
export function frequencyCapped(offers: Offer[], campaign: Campaign, now: Date): boolean {
  const since = now.getTime() - campaign.frequencyCapDays * DAY_MS;
  return offers.some((o) => o.sentAt !== undefined && Date.parse(o.sentAt) > since);
}

export function quietNow(customer: Customer, campaign: Campaign, now: Date, defaultTimeZone: string): boolean {
  return inQuietHours(now, customer.timezone ?? defaultTimeZone, campaign.quietHours);
}

/** Customers who viewed a product of one of the campaign's categories in the last `days` days. */
export async function viewedCategories(store: Store, customerId: string, categories: string[], now: Date, days = 30) {
  const views = await store.events.list({
    customerId,
    types: ['product_view', 'cart_add'],
    from: new Date(now.getTime() - days * DAY_MS).toISOString(),
    to: now.toISOString(),
  });
  const ids = [...new Set(views.flatMap((v) => (v.productId ? [v.productId] : [])))];
  if (ids.length === 0) return false;
  const products = await store.products.list({ ids });
  return products.some((p) => categories.includes(p.category));
}
