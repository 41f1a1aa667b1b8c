/**
 * Account help: the shop's text for each account question, a person where one must act (closing an
 * account, a sign-up that keeps failing), and what closing an account means for orders placed.
 */
import type { AccountHelp } from '../../commerce/types';
import { payloads } from '../../dialogue/payload';
import { offerYesNo } from '../../dialogue/state';
import { localized } from '../format';
import type { SkillTurn } from '../types';
import { contactParams } from './contact-params';

/** Which account text answers which account intent. */
const ACCOUNT_TOPICS: Record<string, keyof AccountHelp> = {
  'account.recover_password': 'password',
  'account.create': 'create',
  'account.edit': 'edit',
  'account.delete': 'delete',
  'account.switch': 'switch',
  'account.registration_problem': 'registration',
  'account.guest': 'guest',
};

/** "Can I order without an account?", "不注册可以下单吗": guest checkout, read as how to order. */
export const ASKS_GUEST =
  /\b(guest (checkout|check[- ]out|account)|(check ?out|order|buy|shop) as a guest|without (an |a |creating an |making an |registering|signing up)?(account|registering|registration|signing up)|do i (need|have) to (register|sign up|create an account|make an account|have an account)|(do i|you) (need|require) an account|is an account (needed|required|necessary))\b|不注册|免注册|不用注册|游客|不登录|需要注册吗|必须注册/i;

/**
 * account.*: the shop's text for that question, or its contact details where the policy has none.
 * Closing an account and a sign-up that keeps failing need a person, so those offer one.
 */
export function answerAccount(turn: SkillTurn, intent: string): void {
  const topic = ACCOUNT_TOPICS[intent] ?? 'password';
  const text = turn.deps.policy.account[topic];
  const needsPerson = topic === 'delete' || topic === 'registration';
  // No empty keyboard: a channel may draw one even with nothing in it.
  const extras = needsPerson ? { quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))] } : {};
  // "Yes, delete it" typed after the offer means the button, not the same answer again.
  if (needsPerson) offerYesNo(turn.state, payloads.intent('agent.request'), payloads.cmd('help'));
  if (!text) {
    turn.say('shop.account_contact', contactParams(turn), extras);
    return;
  }
  // A yes to guest checkout is no trouble to be "still stuck" with.
  const key = topic === 'delete' ? 'shop.account_delete' : topic === 'guest' ? 'shop.account_guest' : 'shop.account';
  turn.say(key, { text: localized(text, turn.ctx.lang), ...contactParams(turn) }, extras);
}

/** "Will my orders still come?", "我的订单还会发货吗" right after how an account is closed. */
const ABOUT_ORDERS = /\b(orders?|parcels?|deliver(y|ies|ed)?|returns?|refunds?)\b|订单|发货|包裹|快递|退货|退款/i;

export function asksOrdersAfterClosing(turn: SkillTurn): boolean {
  return turn.previousIntent === 'account.delete' && ABOUT_ORDERS.test(turn.text) && !turn.entity('order_number');
}

/** Orders placed stay orders: they are delivered, and returned with their number and email. */
export function answerOrdersAfterClosing(turn: SkillTurn): void {
  turn.say(
    'shop.account_delete_orders',
    { days: turn.deps.policy.returns.windowDays },
    {
      quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))],
    },
  );
}
