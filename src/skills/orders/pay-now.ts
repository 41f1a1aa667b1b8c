/**
 * "Can I pay now?", "order 10236 hasn't been paid", "怎么补付款": the shopper wants to pay for an order
 * that is placed but not paid. Card trouble advice ("try another card") or the list of methods does
 * not say where to pay; the answer checks the order first, since one already paid needs nothing and
 * one cancelled cannot be paid for.
 */

import type { Lang } from '../../core/message';
import { payloads } from '../../dialogue/payload';
import { discussingOrder } from '../../dialogue/references';
import { formatDate, localized } from '../format';
import { acceptedMethods } from '../shop/payment-question';
import type { SkillTurn } from '../types';
import { sayOrderStatus } from './status';
import { orderAnswerForm } from './verification';

const WANTS_TO_PAY_EN =
  /\b(can|could|may) i (still )?pay (for (it|this|that|the order|my order|order \S+) )?(now|today|yet)\b|\bhow (do|can|should|would) i pay for (it|this|that|the order|my order|order\b)|\b(where|how) (do|can) i (still )?(pay|complete (the |my )?payment)\b(?! (by|with|in|using|via)\b)|\b(complete|finish|finalise|finalize|make) (the |my )?(payment|paying)\b|\bfinish paying\b|\bpayment link\b|\blink to pay\b|\b(has ?n'?t|has not|have ?n'?t|have not|is ?n'?t|is not|not) (been |yet )?paid( for)?( yet)?\b|\bunpaid\b/i;

const WANTS_TO_PAY_ZH =
  /(还|尚)?(没|未|没有)(付款|支付(?!宝)|付钱)|(怎么|如何|在哪|哪里|去哪)(里)?(补)?(付款|支付(?!宝)|付钱|补款)|(补|继续|完成|重新)(付款|支付|付钱)|(付款|支付)链接|现在(可以|能)?(付款|支付|付钱)|去(付款|支付)|待付款|等待付款/;

/** Things done to an order that mention paying but are not about paying for it. */
const OTHER_ORDER_ACTIONS = new Set([
  'order.cancel',
  'order.change',
  'shipping.change_address',
  'return.request',
  'refund.request',
  'refund.track',
]);

/** An order in view: named in the message, just discussed, or the message speaks of "my order". */
function aboutAnOrder(turn: SkillTurn): boolean {
  return turn.entity('order_number') !== undefined || discussingOrder(turn) || /\border\b|订单/i.test(turn.text);
}

/** True for "can I pay now?", "it hasn't been paid", "怎么补付款": wanting to pay, not asking how one may. */
export function asksToPay(text: string, lang: Lang): boolean {
  return (lang === 'zh' ? WANTS_TO_PAY_ZH : WANTS_TO_PAY_EN).test(text);
}

/** True when the shopper asks how to pay for an order placed and not yet paid. */
export function wantsToPay(turn: SkillTurn): boolean {
  if (OTHER_ORDER_ACTIONS.has(turn.ctx.nlu?.intent ?? 'None')) return false;
  return asksToPay(turn.text, turn.ctx.lang) && aboutAnOrder(turn);
}

/** "How do I pay for my order?" naming none: how paying works here, and an offer to check one. */
export function explainPaying(turn: SkillTurn): void {
  const { policy } = turn.deps;
  const lang = turn.ctx.lang;
  const methods = acceptedMethods(policy, lang);
  if (policy.unpaidOrders) turn.say('order.pay_how', { how: localized(policy.unpaidOrders, lang), methods });
  else turn.say('order.pay_how_ask', { methods });
}

export const payNowForm = orderAnswerForm('order.pay', (turn, order) => {
  const lang = turn.ctx.lang;
  if (order.paidAt) {
    turn.say('order.nothing_to_pay', { order: order.id, date: formatDate(order.paidAt, lang) });
    return;
  }
  if (order.status !== 'pending') return sayOrderStatus(turn, order);
  const { policy } = turn.deps;
  const person = { quickReplies: [turn.quick('menu.agent', payloads.handoff('skill_request'))] };
  if (!policy.unpaidOrders) return turn.say('order.pay_by_link', { order: order.id }, person);
  turn.say(
    'order.pay_pending',
    { order: order.id, how: localized(policy.unpaidOrders, lang), methods: acceptedMethods(policy, lang) },
    person,
  );
});
