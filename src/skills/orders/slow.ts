/**
 * "Why is it taking so long?", "怎么这么慢" right after an order answer: an apology and where that
 * parcel is, not a misunderstanding. A parcel past its expected day is late, so the team chases the
 * carrier; one still due gets its day and carrier again; one not yet shipped gets its status.
 */
import { payloads } from '../../dialogue/payload';
import { discussingOrder } from '../../dialogue/references';
import type { Order } from '../../store/entities';
import { formatDate } from '../format';
import type { SkillTurn } from '../types';
import { sayOrderStatus } from './status';
import { orderAnswerForm } from './verification';

const SAYS_SLOW =
  /\b(why is (it|this|my order|the parcel|my parcel|delivery) (taking|so slow)|taking (so|too) long|taking (ages|forever)|so slow|too slow|how much longer|still (not here|waiting|hasn'?t (come|arrived))|been waiting (for )?(ages|days|a week|so long)|(it'?s|it has|its) been (over |more than |nearly |almost )?(\d+|two|three|four|a couple of|a few|several) (days|weeks)|been (\d+|two|three|a couple of|a few) weeks)\b|已经等了|等了(\d+|两|三|好几|几)(天|周|个星期)|怎么这么慢|怎么还没(到|来|收到)|太慢了|好慢|这么慢|这么久|还要多久|等了(好久|很久|半天|一周|一个星期)/i;

/** True for "why is it taking so long?" about the order just discussed. */
export function saysSlow(turn: SkillTurn): boolean {
  return discussingOrder(turn) && SAYS_SLOW.test(turn.text);
}

/** True when the words complain of the wait ("it's been 2 weeks", "已经等了一个星期了"). */
export function complainsOfWait(text: string): boolean {
  return SAYS_SLOW.test(text);
}

export const slowOrderForm = orderAnswerForm('order.slow', answerSlow);

/** An apology and where the parcel is: late ones go to the team, due ones get their day again. */
export function answerSlow(turn: SkillTurn, order: Order): void {
  const lang = turn.ctx.lang;
  const person = { quickReplies: [turn.quick('menu.agent', payloads.handoff('delivery_problem'))] };
  if (order.status === 'cancelled' && order.paidAt && order.cancelledAt) {
    sayRefundWait(turn, order.cancelledAt);
    return;
  }
  if (order.status !== 'shipped') {
    turn.say('order.slow_sorry');
    sayOrderStatus(turn, order);
    return;
  }
  const carrier = order.carrier ?? turn.t('order.carrier_unknown');
  const expected = order.expectedDeliveryAt;
  // Late once the whole expected day has passed.
  const late = expected !== undefined && turn.ctx.now.getTime() >= Date.parse(expected) + 24 * 60 * 60 * 1000;
  const params = {
    order: order.id,
    carrier,
    tracking: order.trackingNumber ?? '—',
    shipped: order.shippedAt ? formatDate(order.shippedAt, lang) : '—',
    expected: expected ? formatDate(expected, lang) : '—',
  };
  if (late) turn.say('order.slow_late', params, person);
  else turn.say(expected ? 'order.slow_on_way' : 'order.slow_on_way_undated', params, person);
}

/** Banks show most refunds within a week of the cancellation; past that, the team traces it. */
const REFUND_SHOWS_MS = 7 * 24 * 60 * 60 * 1000;

/** "It's been 10 days" about a refunded cancellation: when it went back, and a person once overdue. */
function sayRefundWait(turn: SkillTurn, cancelledAt: string): void {
  const overdue = turn.ctx.now.getTime() - Date.parse(cancelledAt) > REFUND_SHOWS_MS;
  const params = { cancelled: formatDate(cancelledAt, turn.ctx.lang) };
  if (!overdue) {
    turn.say('order.refund_on_way', params);
    return;
  }
  turn.say('order.refund_overdue', params, {
    quickReplies: [turn.quick('menu.agent', payloads.handoff('skill_request'))],
  });
}
