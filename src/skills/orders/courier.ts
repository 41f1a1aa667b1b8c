/**
 * Right after an order answer: "what's the driver's phone number?", "快递员电话多少" (read as the
 * shop's contact details), and "能送到公司吗" (read as delivery options) are about that parcel and
 * its carrier. The driver's number is the carrier's; a new address before shipping is a change, and
 * after it the carrier's to arrange. So is a neighbour or a safe place ("can they leave it with my
 * neighbour?", which got the delivery-days answer again): the carrier offers it on the day.
 */
import { discussingOrder } from '../../dialogue/references';
import type { SkillTurn } from '../types';
import { saysNotReceived } from './missing-parcel';
import { sayOrderStatus } from './status';
import { orderAnswerForm } from './verification';

const ASKS_COURIER =
  /\b(driver|courier|delivery (man|guy|person|driver))('s|s')? (phone|number|contact|mobile)|\b(contact|call|ring|text|reach) the (driver|courier)\b|快递员(的)?(电话|手机|号码|联系方式)|联系(一下)?快递员|派送员(的)?电话|送货员(的)?电话/i;

/** "能送到公司吗", "改寄到单位": that parcel somewhere else (English reads as an address change already). */
const DELIVER_ELSEWHERE_ZH =
  /(能|可以|能不能|可不可以)?(改)?(送|寄|派送|配送)到(公司|单位|学校|家里|办公室|另一个地址|别的地址|新地址|其他地址)|改(一下|个)?(收货)?地址|换(个|一下)?(收货)?地址/;

/** "Can they leave it with my neighbour?", "放快递柜吧": where the carrier leaves the parcel. */
const SAFE_PLACE =
  /\b(leave (it|them|the parcel|the package|my parcel)? ?(with|at|in|on|behind|by|outside)|neighbou?rs?|safe place|porch|doorstep|parcel (box|locker)|reception)\b|放(在)?(门口|邻居|前台|快递柜|驿站|物业|门卫)|邻居|代收|快递柜|驿站/i;

/** "What's the tracking link?", "物流单号多少": the tracking of the order just discussed. */
const TRACKING_DETAILS =
  /\b(tracking (link|number|no\.?|code|url|page|info|information|details)|track(ing)? (it|the parcel|my parcel|the package))\b|(物流|快递|运)单号|物流(信息|链接)|追踪(链接|号码?)|查(一下)?物流/i;

/** True for "can they leave it with my neighbour?" about the order just discussed. */
export function asksSafePlace(turn: SkillTurn): boolean {
  // "It's not on my doorstep" is a missing parcel, which tracking answers from those words.
  return discussingOrder(turn) && SAFE_PLACE.test(turn.text) && !saysNotReceived(turn.text);
}

/** True for "what's the tracking link?" about the order just discussed. */
export function asksTrackingOfLast(turn: SkillTurn): boolean {
  return discussingOrder(turn) && TRACKING_DETAILS.test(turn.text);
}

/** True for "what's the driver's number?" about the order just discussed. */
export function asksCourierContact(turn: SkillTurn): boolean {
  return discussingOrder(turn) && ASKS_COURIER.test(turn.text);
}

/** True for "能送到公司吗" about the order just discussed. */
export function asksDeliverElsewhere(turn: SkillTurn): boolean {
  return discussingOrder(turn) && turn.ctx.lang === 'zh' && DELIVER_ELSEWHERE_ZH.test(turn.text);
}

export const courierContactForm = orderAnswerForm('order.courier_contact', (turn, order) => {
  if (order.status !== 'shipped' || !order.carrier) return sayOrderStatus(turn, order);
  turn.say('order.courier_contact', { carrier: order.carrier, tracking: order.trackingNumber ?? '—' });
});

export const safePlaceForm = orderAnswerForm('order.safe_place', (turn, order) => {
  if (order.status === 'shipped' && order.carrier) {
    turn.say('order.safe_place_shipped', {
      order: order.id,
      carrier: order.carrier,
      tracking: order.trackingNumber ?? '—',
    });
    return;
  }
  if (order.status === 'pending' || order.status === 'paid')
    return turn.say('order.safe_place_unshipped', { order: order.id });
  sayOrderStatus(turn, order);
});
