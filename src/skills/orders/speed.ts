/**
 * "Can you send it faster?" right after an order answer. A parcel on its way is the carrier's, so the
 * answer says when it is due and where the carrier offers choices; before it ships, the method chosen
 * at checkout cannot be upgraded in chat, so a person can look at it.
 */
import { payloads } from '../../dialogue/payload';
import { formatDate } from '../format';
import { sayOrderStatus } from './status';
import { orderAnswerForm } from './verification';

const ASKS_FASTER =
  /\b(send|ship|deliver|get|post)\s+(it|them|this|that|my order|the order|the parcel|my parcel)?\s*(out\s+)?(faster|quicker|sooner|earlier)\b|\b(speed (it |this |things )?up|hurry (it |this )?up|expedite|rush (it|the order|my order)|upgrade (the |my |to )?(delivery|shipping|express|next[- ]day)|switch (it )?to (express|next[- ]day)|(make|change) (it|the delivery|the shipping) (to )?(express|next[- ]day))\b|快点|快一点|加急|催(一下|单|发货|快递)|能(不能)?(快|早)点|尽快(发|送|寄)|早点(到|送|发)|改(成|为)?(快速|次日达|加急)/i;

/** True for a request to get an order delivered sooner. */
export function asksFaster(text: string): boolean {
  return ASKS_FASTER.test(text);
}

export const speedUpForm = orderAnswerForm('order.speed_up', (turn, order) => {
  const lang = turn.ctx.lang;
  const expected = order.expectedDeliveryAt ? formatDate(order.expectedDeliveryAt, lang) : undefined;
  const due = expected ? turn.t('order.speed_due', { expected }) : '';
  if (order.status === 'shipped') {
    turn.say('order.speed_shipped', {
      order: order.id,
      carrier: order.carrier ?? turn.t('order.carrier_unknown'),
      tracking: order.trackingNumber ?? '—',
      due,
    });
    return;
  }
  if (order.status === 'pending' || order.status === 'paid') {
    turn.say(
      'order.speed_open',
      { order: order.id, due },
      { quickReplies: [turn.quick('menu.agent', payloads.handoff('delivery_problem'))] },
    );
    return;
  }
  sayOrderStatus(turn, order);
});
