/**
 * "I paid yesterday" right after an order still waiting for payment: the shopper says the money went,
 * the shop has not seen it. Card advice ("check your details and try again") would invite a second
 * payment; the answer says what the order shows, what a missing confirmation usually is, and offers a
 * person who can check with the payment provider.
 */

import { payloads } from '../../dialogue/payload';
import { discussingOrder } from '../../dialogue/references';
import { formatDate } from '../format';
import { paymentAsked } from '../shop/payment-question';
import type { SkillTurn } from '../types';
import { sayOrderStatus } from './status';
import { openingWords, orderAnswerForm } from './verification';

const SAYS_PAID =
  /\b(i('ve| have)? (already )?paid|already paid|paid (for it|already|yesterday|today|last \w+|on \w+)|(the )?(money|payment) (has been |was |got |is )?(taken|debited|deducted|gone out|left my account|out of my account)|(i was|i've been|i have been|you) charged|charged my card)\b|已经付(款|钱|过)|付过(款|钱)?了|已付款|已支付|钱(已经)?(被)?扣了|扣款了|已经扣|付了钱|钱付了/i;
const CHARGED_TWICE = /\btwice\b|\btwo (charges|payments)\b|\bdouble\b|两次|重复/i;

/** True for "I already paid", "钱已经扣了" (a double charge is its own problem). */
export function saysPaid(text: string): boolean {
  return SAYS_PAID.test(text) && !CHARGED_TWICE.test(text);
}

/** True when the shopper says they paid for the order just discussed. */
export function claimsPaid(turn: SkillTurn): boolean {
  return discussingOrder(turn) && saysPaid(turn.text);
}

export const paymentClaimForm = orderAnswerForm('order.payment_claim', (turn, order, form) => {
  if (order.status === 'pending' && !order.paidAt) {
    const person = { quickReplies: [turn.quick('menu.agent', payloads.handoff('skill_request'))] };
    // "I paid by bank transfer": a way the shop does not take is no hold that turns into a payment.
    const method = paymentAsked(openingWords(form), turn.deps.policy, turn.ctx.lang);
    if (method && !method.accepted) {
      return turn.say('order.paid_unaccepted_method', { order: order.id, method: method.method }, person);
    }
    turn.say('order.paid_not_confirmed', { order: order.id }, person);
    return;
  }
  if (order.paidAt) {
    turn.say('order.payment_received', { order: order.id, date: formatDate(order.paidAt, turn.ctx.lang) });
    return;
  }
  sayOrderStatus(turn, order);
});
