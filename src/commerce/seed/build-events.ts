/**
 * A plausible omnichannel history: browsing sessions over the last 90 days that lean towards each
 * customer's favourite categories, and the views, cart adds and purchases behind every order.
 * Enough signal for a recommender and a propensity model to learn from.
 */
import type { ChannelId } from '../../core/message';
import type { CustomerEvent, Order, Product } from '../../store/entities';
import type { CustomerDef } from './customers-data';
import type { Prng } from './prng';

const MINUTE_MS = 60_000;
const DAY_MS = 1440 * MINUTE_MS;
const HISTORY_DAYS = 90;
const SESSIONS_BY_ACTIVITY = { high: [16, 24], medium: [8, 14], low: [3, 6] } as const;
const SHOPPER_CHANNELS: ChannelId[] = ['webchat', 'telegram', 'botframework'];

export type SeedEvent = Omit<CustomerEvent, 'id'> & { id: string };

function channelOf(rng: Prng, customer: CustomerDef): ChannelId {
  return rng.chance(0.8) ? customer.channel : rng.pick(SHOPPER_CHANNELS);
}

function browsingSessions(rng: Prng, now: Date, customer: CustomerDef, byCategory: Map<string, Product[]>) {
  const events: Omit<SeedEvent, 'id'>[] = [];
  const categories = [...byCategory.keys()];
  const [min, max] = SESSIONS_BY_ACTIVITY[customer.activity];
  const sessions = rng.int(min, max);
  for (let s = 0; s < sessions; s++) {
    let at = now.getTime() - rng.int(60, HISTORY_DAYS * 1440) * MINUTE_MS;
    const channel = channelOf(rng, customer);
    const liked = rng.chance(0.75);
    const category = liked ? rng.pick(customer.likes) : rng.pick(categories);
    const viewed = rng.sample(byCategory.get(category) ?? [], rng.int(1, 5));
    for (const product of viewed) {
      at += rng.int(1, 6) * MINUTE_MS;
      events.push({ customerId: customer.id, channel, type: 'product_view', productId: product.id, at: iso(at) });
    }
    const first = viewed[0];
    if (first && rng.chance(liked ? 0.3 : 0.1)) {
      at += rng.int(1, 4) * MINUTE_MS;
      events.push({
        customerId: customer.id,
        channel,
        type: 'cart_add',
        productId: first.id,
        valueCents: first.priceCents,
        at: iso(at),
      });
    }
  }
  return events;
}

/** The visit that led to an order, and the purchase itself once paid. */
function orderJourney(rng: Prng, order: Order, customer: CustomerDef) {
  const events: Omit<SeedEvent, 'id'>[] = [];
  const channel = channelOf(rng, customer);
  const placed = new Date(order.createdAt).getTime();
  for (const item of order.items) {
    const base = { customerId: customer.id, channel, productId: item.productId };
    events.push({ ...base, type: 'product_view', at: iso(placed - rng.int(8, 90) * MINUTE_MS) });
    events.push({
      ...base,
      type: 'cart_add',
      valueCents: item.unitPriceCents * item.quantity,
      at: iso(placed - rng.int(1, 7) * MINUTE_MS),
    });
    if (order.paidAt) {
      events.push({
        ...base,
        type: 'purchase',
        valueCents: item.unitPriceCents * item.quantity,
        data: { orderId: order.id, quantity: item.quantity },
        at: order.paidAt,
      });
    }
  }
  return events;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function buildEvents(input: {
  rng: Prng;
  now: Date;
  products: Product[];
  customers: CustomerDef[];
  orders: Order[];
}): SeedEvent[] {
  const { rng, now } = input;
  const byCategory = new Map<string, Product[]>();
  for (const p of input.products) byCategory.set(p.category, [...(byCategory.get(p.category) ?? []), p]);
  const customers = new Map(input.customers.map((c) => [c.id, c]));

  const events: Omit<SeedEvent, 'id'>[] = [];
  for (const customer of input.customers) events.push(...browsingSessions(rng, now, customer, byCategory));
  const horizon = now.getTime() - HISTORY_DAYS * DAY_MS;
  for (const order of input.orders) {
    const customer = customers.get(order.customerId);
    if (customer && new Date(order.createdAt).getTime() >= horizon) events.push(...orderJourney(rng, order, customer));
  }
  // Oldest first, so the store's insertion order (seq) is also time order for incremental readers.
  events.sort((a, b) => a.at.localeCompare(b.at) || (a.customerId ?? '').localeCompare(b.customerId ?? ''));
  return events.map((event, i) => ({ ...event, id: `seed-evt-${String(i + 1).padStart(5, '0')}` }));
}
