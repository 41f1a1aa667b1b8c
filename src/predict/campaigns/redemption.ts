/**
 * Redemption tracking: an order carrying an offer's code marks that offer redeemed, with the order's
 * revenue. Expired codes, holdout records and a second order with the same code change nothing.
 */
import type { Logger } from '../../core/logger';
import type { Offer, Order } from '../../store/entities';
import type { Store } from '../../store/repositories';
import { normaliseCode } from './offer-message';

export async function recordOrderForOffers(store: Store, order: Order, log?: Logger): Promise<Offer | null> {
  if (!order.promoCode || order.status === 'cancelled') return null;
  const offer = await store.offers.findByCode(normaliseCode(order.promoCode));
  if (offer?.status !== 'sent') return null;
  if (order.createdAt > offer.expiresAt) {
    log?.info({ offerId: offer.id, orderId: order.id }, 'offer code used after expiry; not counted');
    return null;
  }
  const redeemed: Offer = {
    ...offer,
    status: 'redeemed',
    redeemedAt: order.createdAt,
    orderId: order.id,
    revenueCents: order.totalCents,
  };
  await store.offers.update(redeemed);
  await store.events.append({
    customerId: order.customerId,
    type: 'offer_redeemed',
    valueCents: order.totalCents,
    data: { campaignId: offer.campaignId, offerId: offer.id, orderId: order.id },
    at: order.createdAt,
  });
  return redeemed;
}
