import { campaignCreateSchema, campaignFromCreate } from '../../../src/predict/campaigns/admin-schema';
import { frequencyCapped, preferredConversation, supportOpen } from '../../../src/predict/campaigns/audience';
import { normaliseCode, offerCode, renderOffer } from '../../../src/predict/campaigns/offer-message';
import { inQuietHours } from '../../../src/predict/campaigns/quiet-hours';
import { featureRecord } from '../../../src/predict/features/customer-features';
import type { Campaign, Conversation, CustomerEvent, Offer } from '../../../src/store/entities';

const now = new Date('2026-01-15T12:00:00.000Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
const ev = (type: string, minutesAgo: number, extra: Partial<CustomerEvent> = {}): CustomerEvent => ({
  id: `${type}-${minutesAgo}`,
  customerId: 'c1',
  channel: 'webchat',
  type,
  at: ago(minutesAgo),
  ...extra,
});

describe('customer features', () => {
  const events = [
    ev('purchase', 10 * 1440, { valueCents: 1000, data: { orderId: 'o1' } }),
    ev('purchase', 10 * 1440, { id: 'line2', valueCents: 500, data: { orderId: 'o1' } }),
    ev('product_view', 70),
    ev('product_view', 60),
    ev('message', 55),
    ev('chat_intent', 55, { data: { intent: 'delivery.time' } }),
    ev('product_view', 20, { channel: 'telegram' }),
    ev('cart_add', 10, { valueCents: 2500 }),
    ev('offer_sent', 3 * 1440),
    ev('product_view', -5), // after `now`: ignored
  ];
  const f = featureRecord(events, now);

  it('computes recency, frequency and monetary value per order, not per line', () => {
    expect(f.recency_days).toBeCloseTo(10, 6);
    expect(f.purchases_90d).toBe(1);
    expect(f.spend_90d).toBe(15);
  });

  it('approximates time on site from event gaps and scores the live session', () => {
    // 70→55 min ago is one visit (15 min); 20→10 min ago another, still live (10 min).
    expect(f.sessions_30d).toBe(3); // plus the purchase visit 10 days ago
    expect(f.minutes_on_site_30d).toBeCloseTo(25, 6);
    expect(f).toMatchObject({
      live_session: 1,
      live_session_minutes: 10,
      live_session_views: 1,
      live_session_cart_adds: 1,
    });
    expect(f.views_7d).toBe(3);
  });

  it('reads chat intents, channel mix and offer history', () => {
    expect(f.intent_delivery_30d).toBe(1);
    expect(f.days_since_last_offer).toBeCloseTo(3, 6);
    expect(f.offers_sent_180d).toBe(1);
    expect(f.share_telegram).toBeCloseTo(1 / 8, 6);
  });
});

describe('campaign parts', () => {
  it('quiet hours wrap past midnight in the customer zone', () => {
    const q = { start: 21, end: 9 };
    expect(inQuietHours(now, 'Europe/London', q)).toBe(false); // 12:00
    expect(inQuietHours(now, 'Asia/Tokyo', q)).toBe(true); // 21:00
    expect(inQuietHours(now, 'America/New_York', q)).toBe(true); // 07:00
    expect(inQuietHours(now, 'Asia/Tokyo', { start: 0, end: 0 })).toBe(false);
  });

  it('codes are deterministic, distinct per customer and readable', () => {
    const a = offerCode('win', 's', 'camp', 'c1', 0);
    expect(a).toMatch(/^WIN-[A-HJ-NP-Z2-9]{8}$/);
    expect(offerCode('win', 's', 'camp', 'c1', 0)).toBe(a);
    expect(offerCode('win', 's', 'camp', 'c2', 0)).not.toBe(a);
    expect(offerCode('win', 's', 'camp', 'c1', 1)).not.toBe(a);
    expect(normaliseCode(` ${a.toLowerCase()} `)).toBe(a);
  });

  it('renders the template in the shopper language', () => {
    const campaign = {
      offer: { kind: 'free_shipping', validDays: 3, codePrefix: 'X' },
      template: { en: 'Hi {name}: {offer}, {code} by {expiry} {oops}', zh: '{name}：{offer} {code}' },
    } as Campaign;
    const values = { name: 'Ada Lovelace', code: 'X-1', expiresAt: '2026-01-18T12:00:00.000Z' };
    expect(renderOffer(campaign, 'en', values)).toBe('Hi Ada: free shipping, X-1 by 2026-01-18 {oops}');
    expect(renderOffer(campaign, 'zh', values)).toBe('Ada：免运费 X-1');
  });

  it('frequency cap counts only offers that were sent; support and channel choice', () => {
    const campaign = { frequencyCapDays: 7 } as Campaign;
    const offer = (sentAt?: string) => ({ ...(sentAt ? { sentAt } : {}) }) as Offer;
    expect(frequencyCapped([offer(ago(3 * 1440))], campaign, now)).toBe(true);
    expect(frequencyCapped([offer(ago(8 * 1440)), offer()], campaign, now)).toBe(false);
    const conv = (channel: 'webchat' | 'telegram', last: string, handoff: Conversation['handoff'] = 'bot') =>
      ({ id: channel, ref: { channel }, handoff, lastActivityAt: last }) as Conversation;
    const convs = [conv('webchat', ago(100)), conv('telegram', ago(10))];
    expect(preferredConversation(convs, ['webchat', 'telegram'])?.channel).toBe('telegram');
    expect(preferredConversation(convs, ['webchat'])?.channel).toBe('webchat');
    expect(supportOpen(convs, new Set(), 'c1')).toBe(false);
    expect(supportOpen([conv('webchat', ago(1), 'pending')], new Set(), 'c1')).toBe(true);
    expect(supportOpen(convs, new Set(['c1']), 'c1')).toBe(true);
  });

  it('admin schema validates campaign bodies', () => {
    const body = {
      name: 'Spring regulars',
      propensityMin: 0.4,
      propensityMax: 1,
      offer: { kind: 'discount', percentOff: 10, validDays: 7, codePrefix: 'spring' },
      template: { en: 'Hi {name}, {offer}: {code}', zh: '{name}，{offer}：{code}' },
      channels: ['webchat'],
    };
    const parsed = campaignCreateSchema.parse(body);
    expect(parsed).toMatchObject({ holdoutShare: 0.1, frequencyCapDays: 7, quietHours: { start: 21, end: 9 } });
    expect(parsed.offer.codePrefix).toBe('SPRING');
    expect(campaignFromCreate(parsed, now).id).toMatch(/^spring-regulars-/);
    expect(campaignCreateSchema.safeParse({ ...body, propensityMin: 0.9, propensityMax: 0.2 }).success).toBe(false);
    expect(campaignCreateSchema.safeParse({ ...body, offer: { ...body.offer, percentOff: undefined } }).success).toBe(
      false,
    );
    expect(campaignCreateSchema.safeParse({ ...body, channels: ['fax'] }).success).toBe(false);
  });
});
