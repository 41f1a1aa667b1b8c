/**
 * Runs a campaign once: scores every customer, keeps the consented, reachable, uncapped ones whose
 * propensity is in the band, draws a seeded holdout, stores each offer and only then sends it.
 *
 * Restart safety: an offer's id is fixed per (campaign, customer), so a rerun — or a second instance
 * running the same campaign — finds it instead of creating another. An offer left 'scheduled' by a
 * crash is sent on the next run unless its code is already in the conversation (the send went out
 * before the crash), in which case it is only marked sent.
 */
import { Prng } from '../../commerce/seed/prng';
import type { Clock } from '../../core/clock';
import { DuplicateError, NotFoundError, ValidationError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { ChannelId, ConversationRef, Reply } from '../../core/message';
import type { Campaign, Customer, Offer, Order } from '../../store/entities';
import type { Store } from '../../store/repositories';
import type { PropensitySource } from '../model/scorer';
import {
  consentedChannels,
  frequencyCapped,
  preferredConversation,
  quietNow,
  type Reachable,
  type SkipReason,
  supportOpen,
  viewedCategories,
} from './audience';
import { offerCode, renderOffer } from './offer-message';
import { recordOrderForOffers } from './redemption';
import { type CampaignReport, campaignReport } from './report';

const DAY_MS = 86_400_000;
const PAGE = 500;

/** The outbound half of the channels (src/core/outbound.ts's Outbound fits). */
export interface OfferOutbound {
  has(channel: ChannelId): boolean;
  send(ref: ConversationRef, replies: Reply[]): Promise<void>;
}

export interface CampaignRunnerDeps {
  store: Store;
  scorer: PropensitySource;
  outbound: OfferOutbound;
  clock: Clock;
  log: Logger;
  /** Seeds holdout draws and offer codes; keep it fixed so reruns draw the same groups. */
  seed: string;
  /** For customers without a stored time zone. */
  defaultTimeZone?: string;
}

export interface RunSummary {
  campaignId: string;
  at: string;
  dryRun: boolean;
  considered: number;
  /** Passed every check: sent, held out, or (dry run) would have been. */
  eligible: number;
  sent: number;
  holdout: number;
  failed: number;
  skipped: Partial<Record<SkipReason, number>>;
  sentByChannel: Partial<Record<ChannelId, number>>;
}

export class CampaignRunner {
  constructor(private readonly deps: CampaignRunnerDeps) {}

  async run(campaignId: string, now: Date = this.deps.clock.now(), options: { dryRun?: boolean } = {}) {
    const campaign = await this.deps.store.campaigns.get(campaignId);
    if (!campaign) throw new NotFoundError('campaign', campaignId);
    if (!campaign.active) throw new ValidationError('campaign is not active', { campaignId });
    const summary: RunSummary = {
      campaignId,
      at: now.toISOString(),
      dryRun: options.dryRun ?? false,
      considered: 0,
      eligible: 0,
      sent: 0,
      holdout: 0,
      failed: 0,
      skipped: {},
      sentByChannel: {},
    };
    const existing = new Map((await this.deps.store.offers.listByCampaign(campaignId)).map((o) => [o.customerId, o]));
    const handoffs = await this.deps.store.handoffs.listOpen();
    const inSupport = new Set(handoffs.flatMap((h) => (h.customerId ? [h.customerId] : [])));
    for (let offset = 0; ; offset += PAGE) {
      const customers = await this.deps.store.customers.list({ limit: PAGE, offset });
      for (const customer of customers) {
        summary.considered++;
        const reason = await this.consider(campaign, customer, existing.get(customer.id), inSupport, now, summary);
        if (reason) summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
      }
      if (customers.length < PAGE) break;
    }
    this.deps.log.info({ ...summary, skipped: summary.skipped }, 'campaign run finished');
    return summary;
  }

  /** Redemption tracking: call for every new order (see redemption.ts). */
  recordOrderForOffers(order: Order): Promise<Offer | null> {
    return recordOrderForOffers(this.deps.store, order, this.deps.log);
  }

  report(campaignId: string, now: Date = this.deps.clock.now()): Promise<CampaignReport> {
    return campaignReport(this.deps.store, campaignId, now);
  }

  /** Returns why the customer was skipped, or undefined when handled (sent, held out or failed). */
  private async consider(
    campaign: Campaign,
    customer: Customer,
    prior: Offer | undefined,
    inSupport: Set<string>,
    now: Date,
    summary: RunSummary,
  ): Promise<SkipReason | undefined> {
    const { store } = this.deps;
    if (prior && prior.status !== 'scheduled') return 'already_offered';
    if (!prior) {
      const score = await this.deps.scorer.score(customer.id, now);
      if (!score) return 'no_score';
      if (score.propensity < campaign.propensityMin || score.propensity > campaign.propensityMax) return 'outside_band';
      if (campaign.categories?.length && !(await viewedCategories(store, customer.id, campaign.categories, now))) {
        return 'category_rule';
      }
    }
    let channels = consentedChannels(customer, campaign, (c) => this.deps.outbound.has(c));
    if (prior) channels = channels.filter((c) => c === prior.channel);
    if (channels.length === 0) return 'no_consent';
    const conversations = await store.conversations.listByCustomer(customer.id);
    const reach = preferredConversation(conversations, channels);
    if (!reach) return 'no_conversation';
    if (supportOpen(conversations, inSupport, customer.id)) return 'support_open';
    const others = (await store.offers.listByCustomer(customer.id)).filter((o) => o.id !== prior?.id);
    if (frequencyCapped(others, campaign, now)) return 'frequency_cap';
    if (quietNow(customer, campaign, now, this.deps.defaultTimeZone ?? 'Europe/London')) return 'quiet_hours';
    summary.eligible++;
    const holdout = prior ? false : this.inHoldout(campaign, customer);
    if (summary.dryRun) {
      if (holdout) summary.holdout++;
      return undefined;
    }
    const offer = prior ?? (await this.createOffer(campaign, customer, reach.channel, holdout, now));
    if (!offer) return 'already_offered';
    if (offer.status === 'holdout') {
      summary.holdout++;
      return undefined;
    }
    const sent = await this.deliver(campaign, customer, offer, reach, now);
    if (sent) {
      summary.sent++;
      summary.sentByChannel[reach.channel] = (summary.sentByChannel[reach.channel] ?? 0) + 1;
    } else summary.failed++;
    return undefined;
  }

  /** Seeded per (campaign, customer): the same customer lands in the same group on every run. */
  private inHoldout(campaign: Campaign, customer: Customer): boolean {
    return new Prng(`${this.deps.seed}|holdout|${campaign.id}|${customer.id}`).next() < campaign.holdoutShare;
  }

  private async createOffer(campaign: Campaign, customer: Customer, channel: ChannelId, holdout: boolean, now: Date) {
    const { offers } = this.deps.store;
    let code = '';
    for (let attempt = 0; ; attempt++) {
      code = offerCode(campaign.offer.codePrefix, this.deps.seed, campaign.id, customer.id, attempt);
      if (!(await offers.findByCode(code))) break;
    }
    const offer: Offer = {
      id: `offer:${campaign.id}:${customer.id}`,
      campaignId: campaign.id,
      customerId: customer.id,
      channel,
      code,
      status: holdout ? 'holdout' : 'scheduled',
      expiresAt: new Date(now.getTime() + campaign.offer.validDays * DAY_MS).toISOString(),
      createdAt: now.toISOString(),
    };
    try {
      await offers.create(offer);
    } catch (error) {
      // Another instance created it between our listing and now: it owns this customer's offer.
      if (error instanceof DuplicateError) return null;
      throw error;
    }
    return offer;
  }

  private async deliver(campaign: Campaign, customer: Customer, offer: Offer, reach: Reachable, now: Date) {
    const { store, outbound, log } = this.deps;
    const conversationId = reach.conversation.id;
    const alreadyThere = (await store.messages.tail(conversationId, 50)).some(
      (m) => m.direction === 'out' && m.text.includes(offer.code),
    );
    if (!alreadyThere) {
      const lang = customer.lang ?? reach.conversation.lang ?? 'en';
      const text = renderOffer(campaign, lang, { name: customer.name, code: offer.code, expiresAt: offer.expiresAt });
      try {
        await outbound.send(reach.conversation.ref, [{ text, from: 'system' }]);
      } catch (error) {
        log.warn({ err: error, offerId: offer.id, channel: reach.channel }, 'offer send failed; will retry next run');
        return false;
      }
    }
    const at = now.toISOString();
    await store.offers.update({ ...offer, status: 'sent', sentAt: at, channel: reach.channel });
    await store.events.append({
      customerId: customer.id,
      conversationId,
      channel: reach.channel,
      type: 'offer_sent',
      data: { campaignId: campaign.id, offerId: offer.id },
      at,
    });
    return true;
  }
}
