/**
 * "The tracking link doesn't work" right after an order answer: the number and the carrier again, and
 * why tracking is often blank at first, instead of asking for the order number the bot just used.
 */

import { payloads } from '../../dialogue/payload';
import { discussingOrder } from '../../dialogue/references';
import type { SkillTurn } from '../types';
import { sayOrderStatus } from './status';
import { orderAnswerForm } from './verification';

const TRACKING_TROUBLE =
  /\b(tracking|track(ing)? (link|number|page|code)|link)\b.{0,30}\b(doesn'?t|does not|don'?t|isn'?t|is not|not|won'?t|never) (work|working|load|loading|open|show|showing|updat(e|ed|ing)|valid|found|recogni[sz]ed)\b|\bcan'?t (track|find (it|my parcel) on)\b|\bno tracking (info|information|updates?)\b|\btracking (says|shows) nothing\b|\binvalid tracking\b|物流(信息)?.{0,4}(不更新|没更新|没有更新|查不到|没有信息|没信息|没动静|不动)|(单号|快递单号|运单号)(查不到|无效|不对|打不开)|查不到(物流|快递|单号)|链接打不开/i;

/** True for "the tracking link doesn't work", "物流一直不更新". */
export function troubleWithTracking(text: string): boolean {
  return TRACKING_TROUBLE.test(text);
}

/** True for trouble with tracking the order just discussed. */
export function saysTrackingTrouble(turn: SkillTurn): boolean {
  return discussingOrder(turn) && troubleWithTracking(turn.text);
}

export const trackingTroubleForm = orderAnswerForm('order.tracking_trouble', (turn, order) => {
  if (order.status !== 'shipped' || !order.trackingNumber) return sayOrderStatus(turn, order);
  turn.say(
    'order.tracking_trouble',
    { order: order.id, carrier: order.carrier ?? turn.t('order.carrier_unknown'), tracking: order.trackingNumber },
    { quickReplies: [turn.quick('menu.agent', payloads.handoff('delivery_problem'))] },
  );
});
