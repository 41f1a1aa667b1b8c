/**
 * A proactive-offer campaign end to end: a real embedded store, a propensity model trained on the
 * store's own event log, a real Outbound with recording senders on two channels, and every guard
 * (consent, open support, quiet hours, frequency cap) exercised, then redemption and lift.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../src/core/clock';
import { silentLogger } from '../../src/core/logger';
import { type ChannelId, type ConversationRef, conversationKey, type Reply } from '../../src/core/message';
import { Outbound } from '../../src/core/outbound';
import type { ChannelSender } from '../../src/core/ports';
import { CampaignRunner, PropensityScorer, retrainPropensity } from '../../src/predict';
import type { Customer, Order } from '../../src/store/entities';
import { openStore } from '../../src/store/open-store';
import type { Store } from '../../src/store/repositories';
import { storedCampaign } from '../support/campaigns';
import { type Shopper, shopperEvents } from '../unit/predict/fixtures';

const NOW = '2026-01-15T12:00:00.000Z'; // noon in London, 21:00 in Tokyo

class RecordingSender implements ChannelSender {
  readonly sent: { ref: ConversationRef; replies: Reply[] }[] = [];
  constructor(readonly channel: ChannelId) {}
  async send(ref: ConversationRef, replies: Reply[]): Promise<void> {
    this.sent.push({ ref, replies });
  }
}

interface Setup {
  kind: Shopper;
  channel: ChannelId;
  optedIn?: boolean;
  timezone?: string;
  handoff?: 'bot' | 'agent';
  lang?: 'en' | 'zh';
}

const campaign = storedCampaign('winter-regulars', NOW, {
  name: 'Winter thank-you for regulars',
  propensityMin: 0.3,
  offer: { kind: 'discount', percentOff: 15, validDays: 7, codePrefix: 'WINTER' },
  template: {
    en: 'Hi {name}! {offer} with code {code} until {expiry}.',
    zh: '{name}您好！使用优惠码 {code} 享 {offer}。',
  },
  holdoutShare: 0.3,
  frequencyCapDays: 7,
  quietHours: { start: 21, end: 9 },
});

describe('proactive offer campaign', () => {
  let dir: string;
  let store: Store;
  const clock = new ManualClock(NOW);
  const log = silentLogger();
  const webchat = new RecordingSender('webchat');
  const telegram = new RecordingSender('telegram');
  let runner: CampaignRunner;

  async function addCustomer(id: string, setup: Setup) {
    const at = '2025-09-01T00:00:00.000Z';
    const customer: Customer = {
      id,
      name: `Shopper ${id}`,
      consents: [{ channel: setup.channel, optedIn: setup.optedIn ?? true, at }],
      lang: setup.lang ?? 'en',
      ...(setup.timezone ? { timezone: setup.timezone } : {}),
      createdAt: at,
      updatedAt: at,
    };
    await store.customers.create(customer);
    for (const event of shopperEvents(id, setup.kind, clock.now(), 'campaign-test', setup.channel)) {
      await store.events.append(event);
    }
    const ref: ConversationRef = { channel: setup.channel, channelConversationId: `c-${id}`, channelUserId: `u-${id}` };
    await store.conversations.create({
      id: conversationKey(ref),
      ref,
      customerId: id,
      state: {},
      handoff: setup.handoff ?? 'bot',
      version: 1,
      createdAt: at,
      lastActivityAt: '2026-01-10T10:00:00.000Z',
    });
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'campaign-'));
    store = await openStore({ dataDir: dir, log, clock });
    await store.init();
    for (let i = 0; i < 16; i++)
      await addCustomer(`reg${i}`, { kind: 'regular', channel: i % 2 ? 'telegram' : 'webchat' });
    for (let i = 0; i < 24; i++) await addCustomer(`cas${i}`, { kind: 'casual', channel: 'webchat' });
    await addCustomer('optout', { kind: 'regular', channel: 'webchat', optedIn: false });
    await addCustomer('inSupport', { kind: 'regular', channel: 'webchat', handoff: 'agent' });
    await addCustomer('tokyo', { kind: 'regular', channel: 'telegram', timezone: 'Asia/Tokyo' });
    await addCustomer('capped', { kind: 'regular', channel: 'webchat', lang: 'zh' });
    await store.offers.create({
      id: 'earlier-offer',
      campaignId: 'autumn',
      customerId: 'capped',
      channel: 'webchat',
      code: 'AUTUMN-EARLIER',
      status: 'sent',
      sentAt: '2026-01-13T12:00:00.000Z',
      expiresAt: '2026-01-20T12:00:00.000Z',
      createdAt: '2026-01-13T12:00:00.000Z',
    });
    await store.campaigns.upsert(campaign);

    const trained = await retrainPropensity({ store, clock, log }, { seed: 7 });
    expect(trained.status).toBe('trained');

    const outbound = new Outbound({ store, clock, log });
    outbound.register(webchat);
    outbound.register(telegram);
    const scorer = new PropensityScorer({ store, log });
    runner = new CampaignRunner({ store, scorer, outbound, clock, log, seed: 'test-seed' });
  }, 120_000);

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('scores regular buyers above casual browsers', async () => {
    const scorer = new PropensityScorer({ store, log });
    const regular = await scorer.score('reg0', clock.now());
    const casual = await scorer.score('cas0', clock.now());
    expect(regular?.propensity).toBeGreaterThan(0.3);
    expect(casual?.propensity).toBeLessThan(0.3);
    expect(regular?.band).toBe('high');
  });

  it('runs: offers on two channels, holdout kept silent, every guard respected, then lift', async () => {
    const summary = await runner.run(campaign.id, clock.now());

    // Audience: the 16 regulars; casual browsers fall outside the band.
    expect(summary.skipped.outside_band).toBe(24);
    expect(summary.eligible).toBe(16);
    expect(summary.sent + summary.holdout).toBe(16);
    expect(summary.holdout).toBeGreaterThan(0);
    expect(summary.sentByChannel.webchat).toBeGreaterThan(0);
    expect(summary.sentByChannel.telegram).toBeGreaterThan(0);
    expect(webchat.sent.length + telegram.sent.length).toBe(summary.sent);

    // Guards: each special customer is skipped for its own reason and receives nothing.
    expect(summary.skipped).toMatchObject({ no_consent: 1, support_open: 1, quiet_hours: 1, frequency_cap: 1 });
    const reached = [...webchat.sent, ...telegram.sent].map((s) => s.ref.channelUserId);
    for (const id of ['optout', 'inSupport', 'tokyo', 'capped']) expect(reached).not.toContain(`u-${id}`);

    // Holdout customers have an offer record but no message.
    const offers = await store.offers.listByCampaign(campaign.id);
    const held = offers.filter((o) => o.status === 'holdout');
    const sent = offers.filter((o) => o.status === 'sent');
    expect(held).toHaveLength(summary.holdout);
    for (const o of held) expect(reached).not.toContain(`u-${o.customerId}`);
    expect(new Set(offers.map((o) => o.code)).size).toBe(offers.length);

    // The message carries the customer's code, and the outbound reply is in the transcript.
    const first = sent[0]!;
    const delivered = [...webchat.sent, ...telegram.sent].find((s) => s.ref.channelUserId === `u-${first.customerId}`);
    expect(delivered?.replies[0]?.text).toContain(first.code);
    expect(delivered?.replies[0]?.text).toContain('15% off');
    const transcript = await store.messages.tail(`${first.channel}:c-${first.customerId}`, 5);
    expect(transcript.some((m) => m.text.includes(first.code))).toBe(true);

    // A rerun sends nothing twice.
    const before = webchat.sent.length + telegram.sent.length;
    const again = await runner.run(campaign.id, clock.now());
    expect(again.sent).toBe(0);
    expect(again.skipped.already_offered).toBe(16);
    expect(webchat.sent.length + telegram.sent.length).toBe(before);

    // Redemption: an order with the code two days later; a holdout customer also buys (without a code).
    clock.advance(2 * 86_400_000);
    const orderAt = clock.now().toISOString();
    const order = (id: string, customerId: string, totalCents: number, promoCode?: string): Order => ({
      id,
      customerId,
      email: `${customerId}@example.com`,
      status: 'paid',
      items: [],
      totalCents,
      currency: 'GBP',
      shippingAddress: { name: 'x', line1: 'x', city: 'x', postcode: 'x', country: 'GB' },
      shippingMethod: 'standard',
      ...(promoCode ? { promoCode } : {}),
      createdAt: orderAt,
      updatedAt: orderAt,
    });
    const withCode = order('90001', first.customerId, 4200, first.code.toLowerCase());
    await store.orders.create(withCode);
    const redeemed = await runner.recordOrderForOffers(withCode);
    expect(redeemed).toMatchObject({ status: 'redeemed', orderId: '90001', revenueCents: 4200 });
    expect(await runner.recordOrderForOffers(withCode)).toBeNull(); // counted once
    await store.orders.create(order('90002', held[0]!.customerId, 3000));

    const report = await runner.report(campaign.id, clock.now());
    expect(report.treatment.customers).toBe(summary.sent);
    expect(report.holdout.customers).toBe(summary.holdout);
    expect(report.redemptions).toBe(1);
    expect(report.redeemedRevenueCents).toBe(4200);
    expect(report.treatment.conversions).toBe(1);
    expect(report.holdout.conversions).toBe(1);
    const expected = 1 / summary.sent - 1 / summary.holdout;
    expect(report.lift.absolute).toBeCloseTo(expected, 10);
    expect(report.lift.relative).toBeCloseTo(expected / (1 / summary.holdout), 10);
  }, 120_000);
});
