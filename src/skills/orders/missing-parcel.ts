/**
 * A parcel the shopper does not have. Marked delivered by the carrier: where such parcels usually
 * are, and a person to open a claim. Still on its way by our records while the shopper reads
 * "delivered" somewhere: both facts, since the carrier's page may be ahead of ours. And once the
 * shopper has looked and it is still not there, the claim goes to the team without another tap.
 */
import { payloads } from '../../dialogue/payload';
import { discussingOrder } from '../../dialogue/references';
import type { Order } from '../../store/entities';
import { formatDate } from '../format';
import type { SkillTurn } from '../types';

const NOT_RECEIVED =
  /\b(never|not|haven'?t|didn'?t|did not|have not|hasn'?t|has not|still not)\s+(got|get|gotten|received?|arrived?|come|turned up|shown up)\b|\bnot (here|arrived)\b|\bmissing\b|\bno sign of\b|\bwasn'?t (there|delivered)\b|\bnowhere to be found\b|\b(can'?t|cannot|couldn'?t|could not|can not) find (it|them|the parcel|my parcel|the package|my package|the box|my order|the order)(?! (number|no|id|ref))\b|\bnot (at|on|by|in) (my|the) (door|doorstep|porch|mailbox|letterbox|building)\b|没收到|没有收到|未收到|没到|没拿到|丢了|丢件|找不到包裹/i;

/** "It says delivered", "tracking shows it was delivered", "显示已签收". */
const MARKED_DELIVERED =
  /\b(says|said|shows?|showing|showed|marked|listed|updated|tracking)\b.{0,25}\bdelivered\b|\bdelivered\b.{0,20}\b(according to|on the tracking|on (the )?(app|website|site))\b|显示.{0,4}(签收|送达|已送到|妥投)|(说|写着|提示).{0,3}(已经?)?(签收|送达)|已签收.{0,6}(但|可是|可|却)/i;

/** After "it may be with a neighbour": the shopper looked and it is not there. */
const STILL_NOT_THERE =
  /\b(checked|asked|looked|searched|tried|spoke to|called)\b.{0,40}\b(neighbou?rs?|everywhere|safe place|porch|reception|concierge|mail ?room|post ?room|bins?|garden|shed|building|door)\b|\bnothing\b|\bno sign\b|\bnot (there|here|anywhere|with (them|him|her|the neighbou?rs?))\b|\b(isn'?t|wasn'?t|is not|was not|it'?s not) (there|here)\b|\b(they|he|she) (don'?t|didn'?t|do not|did not|haven'?t) (have|got|see|seen) it\b|\bstill (missing|nothing|not|no|hasn'?t|haven'?t|can'?t|cannot)\b|\bnowhere\b|(邻居|物业|门卫|快递柜|驿站|代收点|前台).{0,6}(没有|也没|都没|说没)|(找|问|看)(过|了|遍).{0,8}(没有|也没|都没)|还是没(有|收到|找到)?|都没有|哪(里|儿)都没/i;

/** "It says delivered but I never got it", "显示签收了但我没收到". */
export function saysNotReceived(text: string): boolean {
  return NOT_RECEIVED.test(text);
}

/** "Tracking says it was delivered", "显示已签收". */
export function saysMarkedDelivered(text: string): boolean {
  return MARKED_DELIVERED.test(text);
}

/** "I asked the neighbours, nothing", "邻居也没有". */
export function saysStillNotThere(text: string): boolean {
  return STILL_NOT_THERE.test(text) || saysNotReceived(text);
}

/**
 * A parcel the carrier marked delivered that the shopper does not have: when and by whom it was
 * marked, where such parcels usually are, and a person who can open a claim with the carrier.
 */
export function sayMissingParcel(turn: SkillTurn, order: Order): void {
  const lang = turn.ctx.lang;
  turn.say(
    'order.delivered_missing',
    {
      order: order.id,
      delivered: order.deliveredAt ? formatDate(order.deliveredAt, lang) : turn.t('order.date_unknown'),
      carrier: order.carrier ?? turn.t('order.carrier_unknown'),
      tracking: order.trackingNumber ?? '—',
    },
    { quickReplies: [turn.quick('menu.agent', payloads.handoff('delivery_problem'))] },
  );
  // "I asked the neighbours, nothing" next is the claim, not the status again.
  turn.state.lastIntent = 'order.missing_parcel';
}

/**
 * The answer for a parcel the shopper says is missing, or undefined when the status answers it: a
 * delivered one is the claim path; a shipped one the shopper reads as "delivered" gets both facts.
 */
export function answerMissing(turn: SkillTurn, order: Order, request: string): boolean {
  const text = `${request} ${turn.text}`;
  if (!saysNotReceived(text)) return false;
  if (order.status === 'delivered') {
    sayMissingParcel(turn, order);
    return true;
  }
  if (order.status !== 'shipped' || !saysMarkedDelivered(text)) return false;
  turn.say(
    'order.marked_delivered_on_way',
    {
      order: order.id,
      carrier: order.carrier ?? turn.t('order.carrier_unknown'),
      tracking: order.trackingNumber ?? '—',
      expected: order.expectedDeliveryAt
        ? formatDate(order.expectedDeliveryAt, turn.ctx.lang)
        : turn.t('order.date_unknown'),
    },
    { quickReplies: [turn.quick('menu.agent', payloads.handoff('delivery_problem'))] },
  );
  turn.state.lastIntent = 'order.missing_parcel';
  return true;
}

/** True for "I asked the neighbours, nothing" right after the bot said where missing parcels turn up. */
export function stillMissing(turn: SkillTurn): boolean {
  return turn.state.lastIntent === 'order.missing_parcel' && discussingOrder(turn) && saysStillNotThere(turn.text);
}

/** The shopper has looked: the team takes it to open a claim with the carrier. */
export async function claimMissingParcel(turn: SkillTurn): Promise<void> {
  turn.say('order.missing_claim', { order: turn.state.lastOrderId ?? '' });
  delete turn.state.form;
  await turn.ctx.requestHandoff('delivery_problem');
}
