/**
 * Did the campaign work? Treatment (offers sent) against holdout (drawn from the same eligible audience,
 * never messaged). A conversion is any order — with or without the code — placed between the customer's
 * offer record and its expiry, so both groups are measured over the same window and the lift is the
 * effect of sending. Redemptions (the code itself) are reported separately.
 */
import type { Offer, Order } from '../../store/entities';
import type { Store } from '../../store/repositories';

export interface GroupStats {
  customers: number;
  conversions: number;
  conversionRate: number;
  revenueCents: number;
  revenuePerCustomerCents: number;
}

export interface CampaignReport {
  campaignId: string;
  generatedAt: string;
  treatment: GroupStats;
  holdout: GroupStats;
  /** Orders that used an offer code. */
  redemptions: number;
  redeemedRevenueCents: number;
  lift: {
    /** Treatment minus holdout conversion rate (percentage points / 100). */
    absolute: number;
    /** Absolute lift over the holdout rate; null when the holdout converted nobody. */
    relative: number | null;
    revenuePerCustomerCents: number;
  };
  /** Offers stored but not yet delivered (a failed send awaiting the next run). */
  pending: number;
}

export async function campaignReport(store: Store, campaignId: string, now: Date): Promise<CampaignReport> {
  const offers = await store.offers.listByCampaign(campaignId);
  const treated = offers.filter((o) => o.status === 'sent' || o.status === 'redeemed' || o.status === 'expired');
  const held = offers.filter((o) => o.status === 'holdout');
  const treatment = await groupStats(store, treated, now);
  const holdout = await groupStats(store, held, now);
  const redeemed = offers.filter((o) => o.status === 'redeemed');
  const absolute = treatment.conversionRate - holdout.conversionRate;
  return {
    campaignId,
    generatedAt: now.toISOString(),
    treatment,
    holdout,
    redemptions: redeemed.length,
    redeemedRevenueCents: redeemed.reduce((sum, o) => sum + (o.revenueCents ?? 0), 0),
    lift: {
      absolute,
      relative: holdout.conversionRate > 0 ? absolute / holdout.conversionRate : null,
      revenuePerCustomerCents: treatment.revenuePerCustomerCents - holdout.revenuePerCustomerCents,
    },
    pending: offers.filter((o) => o.status === 'scheduled').length,
  };
}

async function groupStats(store: Store, offers: Offer[], now: Date): Promise<GroupStats> {
  let conversions = 0;
  let revenueCents = 0;
  for (const offer of offers) {
    // Both are ISO-8601 UTC strings, so string order is time order.
    const end = [offer.expiresAt, now.toISOString()].sort()[0] as string;
    const orders = await ordersInWindow(store, offer.customerId, offer.createdAt, end);
    if (orders.length > 0) conversions++;
    revenueCents += orders.reduce((sum, o) => sum + o.totalCents, 0);
  }
  const customers = offers.length;
  return {
    customers,
    conversions,
    conversionRate: customers ? conversions / customers : 0,
    revenueCents,
    revenuePerCustomerCents: customers ? revenueCents / customers : 0,
  };
}

/**
 * Orders in [from, to]; purchase events without a stored order (a shop that only reports purchases
 * into the event log) count as orders too, deduplicated by their order id.
 */
async function ordersInWindow(store: Store, customerId: string, from: string, to: string) {
  const all = await store.orders.listByCustomer(customerId);
  const orders: Pick<Order, 'id' | 'totalCents'>[] = all.filter(
    (o) => o.status !== 'cancelled' && o.createdAt >= from && o.createdAt <= to,
  );
  const known = new Set(all.map((o) => o.id));
  const purchases = await store.events.list({ customerId, types: ['purchase'], from, to });
  const extra = new Map<string, number>();
  for (const event of purchases) {
    const id = typeof event.data?.orderId === 'string' ? event.data.orderId : event.id;
    if (known.has(id)) continue;
    extra.set(id, (extra.get(id) ?? 0) + (event.valueCents ?? 0));
  }
  for (const [id, totalCents] of extra) orders.push({ id, totalCents });
  return orders;
}
