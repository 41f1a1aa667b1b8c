/**
 * Propensity features for one customer at one moment, computed only from events before that moment
 * (so training rows built at past cut-offs see exactly what the scorer would have seen then).
 * Time on site is approximated per session: events closer than SESSION_GAP belong to one visit, whose
 * length is last minus first event. The last session counts as live when it ended < SESSION_GAP ago,
 * which is how one web-chat visit in progress is scored.
 */
import type { CustomerEvent } from '../../store/entities';

const DAY_MS = 86_400_000;
export const SESSION_GAP_MS = 30 * 60_000;
/** Stand-in for "never" in day counts, so trees can split on it like any other number. */
const NEVER_DAYS = 365;

/** Intent name prefixes (from the NLU corpus) grouped into the questions that signal buying. */
const INTENT_GROUPS: Record<string, readonly string[]> = {
  delivery: ['delivery.', 'shipping.'],
  product: ['product.'],
  payment: ['payment.', 'order.place'],
  support: ['feedback.complaint', 'return.', 'refund.', 'agent.request'],
};

export const FEATURE_NAMES = [
  'recency_days',
  'purchases_90d',
  'spend_90d',
  'purchases_all',
  'views_7d',
  'views_30d',
  'cart_adds_7d',
  'cart_adds_30d',
  'cart_open_value_7d',
  'sessions_30d',
  'minutes_on_site_30d',
  'messages_30d',
  'intent_delivery_30d',
  'intent_product_30d',
  'intent_payment_30d',
  'intent_support_30d',
  'share_webchat',
  'share_telegram',
  'days_since_last_offer',
  'offers_sent_180d',
  'offers_redeemed_180d',
  'live_session',
  'live_session_minutes',
  'live_session_views',
  'live_session_cart_adds',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

type Features = Record<FeatureName, number>;

function emptyFeatures(): Features {
  return Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as Features;
}

/** Feature vector in FEATURE_NAMES order. `events` may be unsorted and may include events after `now`. */
export function customerFeatures(events: readonly CustomerEvent[], now: Date): number[] {
  const f = featureRecord(events, now);
  return FEATURE_NAMES.map((name) => f[name]);
}

export function featureRecord(events: readonly CustomerEvent[], now: Date): Features {
  const t = now.getTime();
  const past = events
    .map((e) => ({ e, at: Date.parse(e.at) }))
    .filter(({ at }) => at <= t)
    .sort((a, b) => a.at - b.at);
  const f = emptyFeatures();
  const within = (at: number, days: number) => t - at <= days * DAY_MS;
  let lastPurchase = Number.NEGATIVE_INFINITY;
  let lastOffer = Number.NEGATIVE_INFINITY;
  const purchaseKeys = new Set<string>();
  const recentPurchaseKeys = new Set<string>();
  let channelled = 0;
  const channelCount = { webchat: 0, telegram: 0 };
  for (const { e, at } of past) {
    // A chat_intent event annotates a message event already counted; counting it too would skew the mix.
    if (e.channel && e.type !== 'chat_intent') {
      channelled++;
      if (e.channel === 'webchat' || e.channel === 'telegram') channelCount[e.channel]++;
    }
    switch (e.type) {
      case 'purchase': {
        // One order emits a purchase event per line: count orders, not lines.
        const key = typeof e.data?.orderId === 'string' ? e.data.orderId : e.id;
        purchaseKeys.add(key);
        if (within(at, 90)) {
          recentPurchaseKeys.add(key);
          f.spend_90d += (e.valueCents ?? 0) / 100;
        }
        lastPurchase = at;
        break;
      }
      case 'product_view':
        if (within(at, 7)) f.views_7d++;
        if (within(at, 30)) f.views_30d++;
        break;
      case 'cart_add':
        if (within(at, 7)) {
          f.cart_adds_7d++;
          if (at > lastPurchase) f.cart_open_value_7d += (e.valueCents ?? 0) / 100;
        }
        if (within(at, 30)) f.cart_adds_30d++;
        break;
      case 'message':
        if (within(at, 30)) f.messages_30d++;
        break;
      case 'chat_intent': {
        // Recorded by the bot after classifying a message: what the shopper asked about.
        const group = within(at, 30) ? intentGroup(e.data?.intent) : undefined;
        if (group) f[`intent_${group}_30d` as FeatureName]++;
        break;
      }
      case 'offer_sent':
        lastOffer = at;
        if (within(at, 180)) f.offers_sent_180d++;
        break;
      case 'offer_redeemed':
        if (within(at, 180)) f.offers_redeemed_180d++;
        break;
    }
  }
  f.recency_days = Number.isFinite(lastPurchase) ? Math.min(NEVER_DAYS, (t - lastPurchase) / DAY_MS) : NEVER_DAYS;
  f.days_since_last_offer = Number.isFinite(lastOffer) ? Math.min(NEVER_DAYS, (t - lastOffer) / DAY_MS) : NEVER_DAYS;
  f.purchases_all = purchaseKeys.size;
  f.purchases_90d = recentPurchaseKeys.size;
  f.share_webchat = channelled ? channelCount.webchat / channelled : 0;
  f.share_telegram = channelled ? channelCount.telegram / channelled : 0;
  addSessions(
    f,
    past.filter(({ e }) => e.type !== 'offer_sent' && e.type !== 'offer_redeemed'),
    t,
  );
  return f;
}

function intentGroup(intent: unknown): string | undefined {
  if (typeof intent !== 'string') return undefined;
  for (const [group, prefixes] of Object.entries(INTENT_GROUPS)) {
    if (prefixes.some((p) => intent === p || intent.startsWith(p))) return group;
  }
  return undefined;
}

/** Sessions from the shopper's own activity (offers we sent are not visits). */
function addSessions(f: Features, activity: { e: CustomerEvent; at: number }[], t: number): void {
  let start = Number.NaN;
  let end = Number.NaN;
  let views = 0;
  let carts = 0;
  const close = (live: boolean) => {
    if (Number.isNaN(start)) return;
    const minutes = (end - start) / 60_000;
    if (t - end <= 30 * DAY_MS) {
      f.sessions_30d++;
      f.minutes_on_site_30d += minutes;
    }
    if (live) {
      f.live_session = 1;
      f.live_session_minutes = minutes;
      f.live_session_views = views;
      f.live_session_cart_adds = carts;
    }
  };
  for (const { e, at } of activity) {
    if (Number.isNaN(end) || at - end > SESSION_GAP_MS) {
      close(false);
      start = at;
      views = 0;
      carts = 0;
    }
    end = at;
    if (e.type === 'product_view') views++;
    if (e.type === 'cart_add') carts++;
  }
  close(!Number.isNaN(end) && t - end < SESSION_GAP_MS);
}
