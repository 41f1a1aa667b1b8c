/** What the shopper hears about one order: a template per status, plus the next sensible steps. */
import type { QuickReply } from '../../core/message';
import { payloads } from '../../dialogue/payload';
import type { TemplateKey } from '../../dialogue/templates';
import type { Order } from '../../store/entities';
import { formatDate, formatShortDate, money, orderItems } from '../format';
import { methodName, workingDays } from '../shop/delivery-format';
import type { SkillTurn } from '../types';

const STATUS_KEYS: Record<Order['status'], TemplateKey> = {
  pending: 'order.status.pending',
  paid: 'order.status.paid',
  shipped: 'order.status.shipped',
  delivered: 'order.status.delivered',
  cancelled: 'order.status.cancelled',
  returned: 'order.status.returned',
};

const STATE_KEYS: Record<Order['status'], TemplateKey> = {
  pending: 'order.state.pending',
  paid: 'order.state.paid',
  shipped: 'order.state.shipped',
  delivered: 'order.state.delivered',
  cancelled: 'order.state.cancelled',
  returned: 'order.state.returned',
};

/**
 * "Will it arrive by Friday?", "周五能到吗": yes or no against the expected date, before the status.
 * Only for an order still on its way with a date to go by, and a day not already past.
 */
function sayArrivalVerdict(turn: SkillTurn, order: Order): void {
  const asked = turn.entity('date')?.value;
  const expected = order.expectedDeliveryAt;
  const onItsWay = order.status === 'pending' || order.status === 'paid' || order.status === 'shipped';
  const today = turn.ctx.now.toISOString().slice(0, 10);
  if (!asked || !expected || !onItsWay || asked < today) return;
  const lang = turn.ctx.lang;
  const params = { expected: formatShortDate(expected, lang), asked: formatShortDate(asked, lang) };
  turn.say(expected.slice(0, 10) <= asked ? 'order.arrives_in_time' : 'order.arrives_late', params);
}

/**
 * " It's going by next-day delivery, which takes 1 working day once it leaves us.": for a paid order
 * not shipped yet, so "when will it arrive?" has an answer before there is a carrier's date.
 */
function etaOnceShipped(turn: SkillTurn, order: Order): string {
  const option = turn.deps.policy.shipping.find((s) => s.id === order.shippingMethod);
  if (order.status !== 'paid' || !option) return '';
  const lang = turn.ctx.lang;
  const method = methodName(option.name, lang, true);
  const eta = turn.t('order.eta_once_shipped', { method, days: workingDays(turn, option.minDays, option.maxDays) });
  return lang === 'en' ? ` ${eta}` : eta;
}

export function sayOrderStatus(turn: SkillTurn, order: Order): void {
  sayArrivalVerdict(turn, order);
  const lang = turn.ctx.lang;
  const date = (at: string | undefined) => (at ? formatDate(at, lang) : turn.t('order.date_unknown'));
  const params = {
    order: order.id,
    items: orderItems(order, lang, (c) => turn.tOr(`colour.${c}`, c)),
    total: money(order.totalCents, order.currency, lang),
    carrier: order.carrier ?? turn.t('order.carrier_unknown'),
    tracking: order.trackingNumber ?? '—',
    expected: date(order.expectedDeliveryAt),
    shipped: date(order.shippedAt),
    delivered: date(order.deliveredAt),
    cancelled: date(order.cancelledAt),
    placed: date(order.createdAt),
    eta: etaOnceShipped(turn, order),
  };
  const next: QuickReply[] = [turn.quick('menu.track_another', payloads.intent('order.track'))];
  if (order.status === 'pending' || order.status === 'paid') {
    next.push(turn.quick('menu.cancel_order', payloads.intent('order.cancel')));
    next.push(turn.quick('menu.change_address', payloads.intent('shipping.change_address')));
  }
  if (order.status === 'delivered') next.push(turn.quick('menu.return', payloads.intent('return.request')));
  // A paid order that was cancelled: where the money went is the next question ("will I get a refund?").
  const key = order.status === 'cancelled' && order.paidAt ? 'order.status.cancelled_paid' : STATUS_KEYS[order.status];
  turn.say(key, params, { quickReplies: next });
}

/**
 * Changes are possible only before the parcel leaves. Says why not otherwise (offering the return
 * path for a shipped order) and returns false. A new address for a parcel on its way is the
 * carrier's to arrange, so that answer names the carrier and the tracking number to do it with.
 */
export function mayChange(turn: SkillTurn, order: Order, change: { address?: boolean } = {}): boolean {
  if (order.status === 'pending' || order.status === 'paid') return true;
  if (change.address && order.status === 'shipped' && order.carrier && order.trackingNumber) {
    turn.say('order.too_late_address', { order: order.id, carrier: order.carrier, tracking: order.trackingNumber });
    return false;
  }
  if (order.status === 'shipped' || order.status === 'delivered') {
    turn.say(
      order.status === 'delivered' ? 'order.too_late_delivered' : 'order.too_late',
      { order: order.id },
      { quickReplies: [turn.quick('menu.return', payloads.intent('return.request'))] },
    );
  } else {
    turn.say('order.closed', { order: order.id, status: turn.t(STATE_KEYS[order.status]) });
  }
  return false;
}
