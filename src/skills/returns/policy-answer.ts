/**
 * The returns policy, answered to the question asked. "How long does a refund take?" wants the
 * refund time, "do I pay for return postage?" and "what's your returns address?" how a parcel goes
 * back; only a general question ("what's your returns policy?") gets the whole policy.
 */
import { payloads } from '../../dialogue/payload';
import { list, localized } from '../format';
import type { SkillTurn } from '../types';
import { howLongAgo } from './how-long-ago';
import { saysFaulty } from './reason';

const ASKS_TIMING =
  /\b(how long|how many (working )?days|how (quickly|soon|fast)|when (will|do|would|should|can) i (get|receive|see|have))\b|多久|几天|多长时间|什么时候/i;
const ABOUT_MONEY = /\b(refunds?|refunded|money( back)?|reimburse(d|ment)?)\b|退款|退钱|钱|到账/i;

const RETURN_ADDRESS =
  /\breturns? address\b|\baddress (for|to send) (returns?|it back)\b|退货地址|寄回哪|退回(到)?哪|^\s*(要)?退到哪(里|儿)?[?？]?\s*$/i;

/** "Where does my refund go?", "钱退到哪": the payment method a refund goes back to. */
const REFUND_WHERE =
  /\bwhere (does|will|do|would) (the |my )?(refund|money)\b|\b(refund|money)\b.{0,20}\b(go|goes|going|paid|sent) (back )?(to|into)\b|(钱|退款|款)(会)?(退|返|打)(回)?到哪|退到哪(个|张)?(卡|账户|账号)|退回原/i;

/** True for "how long until I get my money?", "多久能到账". */
export function asksRefundTiming(text: string): boolean {
  return ASKS_TIMING.test(text) && ABOUT_MONEY.test(text);
}

/** True for a question about where a refund is paid. */
export function asksRefundDestination(text: string): boolean {
  return REFUND_WHERE.test(text);
}

/** Who pays for sending a return, and how it goes back; where it goes is `RETURN_ADDRESS`. */
const ASKS_HOW_TO_SEND =
  /\b(free returns?|pay (for )?(the )?returns?|return (postage|shipping|delivery|costs?)|(postage|shipping) (for|on) (a |the )?returns?|cost to (return|send)|who pays|prepaid|where (do|should|can) i (send|post|take)|how do i (send|post)|drop (it|the parcel) off)\b|运费|邮费|谁出|谁付|寄到哪|怎么寄/i;

/** "Is there a restocking fee?", "are returns free?", "退货要收手续费吗": what a return costs. */
const ASKS_FEES =
  /\b(restock(ing)?[- ]?fees?|returns? fees?|handling fees?|admin(istration)? fees?|(charge|fee|cost)s? (for|to|of) (a |the )?return(ing|s)?|(do|will) you charge (for|to) return|are returns free|free returns?|is (it|returning) free)\b|手续费|上架费|退货(费用|要钱|收费|要收费|免费|收钱|扣钱)|退货.{0,4}(收|扣).{0,2}(费|钱)/i;

/** "Will I get the postage back?": whether the delivery charge is refunded with a return. */
const ASKS_DELIVERY_REFUND =
  /\b(postage|delivery( charges?| costs?| fees?)?|shipping( charges?| costs?| fees?)?)\b.{0,25}\b(back|refund(ed|able)?|reimbursed)\b|\b(refund|get back|reimburse)\b.{0,25}\b(the )?(postage|delivery|shipping)\b|运费.{0,6}(退|返还|报销)|退.{0,6}运费/i;

/** "Where do I send it?", "退货寄到哪": how a return goes back. */
export function asksHowToSend(text: string): boolean {
  return ASKS_HOW_TO_SEND.test(text) || asksReturnAddress(text);
}

/** True for a question about getting the delivery charge back, when the policy says how that works. */
export function asksDeliveryRefund(turn: SkillTurn): boolean {
  return turn.deps.policy.returns.deliveryRefund !== undefined && ASKS_DELIVERY_REFUND.test(turn.text);
}

/** "What's your returns address?", "退货地址是哪里" read as contact questions; they are about returns. */
export function asksReturnAddress(text: string): boolean {
  return RETURN_ADDRESS.test(text);
}

/** The policy's final-sale categories in the shopper's language ("homeware"). */
export function finalSaleList(turn: SkillTurn): string {
  const { policy } = turn.deps;
  return list(
    policy.returns.finalSaleCategories.map((c) => turn.tOr(`category.${c}`, c)),
    turn.ctx.lang,
  );
}

export function answerReturnsPolicy(turn: SkillTurn): void {
  const { policy } = turn.deps;
  const lang = turn.ctx.lang;
  const quickReplies = [turn.quick('menu.return', payloads.intent('return.request'))];
  const { text } = turn;
  if (REFUND_WHERE.test(text)) {
    turn.say('refund.bank_note', {}, { quickReplies });
    return;
  }
  if (asksRefundTiming(text)) {
    turn.say('refund.policy_timing', { refundDays: policy.returns.refundDays }, { quickReplies });
    return;
  }
  const { deliveryRefund, faulty, fees } = policy.returns;
  if (fees && ASKS_FEES.test(text)) {
    turn.say('refund.policy_fees', { text: localized(fees, lang) }, { quickReplies });
    return;
  }
  if (deliveryRefund && ASKS_DELIVERY_REFUND.test(text)) {
    turn.say('refund.policy_delivery', { text: localized(deliveryRefund, lang) }, { quickReplies });
    return;
  }
  // "What if it's faulty?": faulty goods have their own terms, beyond the return window.
  if (faulty && saysFaulty(text)) {
    sayFaultyTerms(turn);
    return;
  }
  // "Something I bought 2 months ago": against the window, rather than the whole policy to work it out.
  const ago = howLongAgo(text);
  if (ago) {
    sayAgainstWindow(turn, ago.days, ago.said);
    return;
  }
  if (ASKS_HOW_TO_SEND.test(text) || asksReturnAddress(text)) {
    const instructions = localized(policy.returns.instructions, lang);
    turn.say('refund.policy_sending', { instructions, days: policy.returns.windowDays }, { quickReplies });
    return;
  }
  turn.say(
    'refund.policy',
    {
      days: policy.returns.windowDays,
      condition: localized(policy.returns.condition, lang),
      refundDays: policy.returns.refundDays,
      finalSale: finalSaleList(turn),
    },
    { quickReplies },
  );
}

/**
 * Faulty goods' own terms (the policy's `returns.faulty`), a person to look at it and the returns
 * button; without those terms, that the team looks at faulty items even after the return window.
 */
export function sayFaultyTerms(turn: SkillTurn): void {
  const person = turn.quick('menu.agent', payloads.handoff('faulty_item'));
  const faulty = turn.deps.policy.returns.faulty;
  if (!faulty) {
    turn.say('return.faulty', {}, { quickReplies: [person] });
    return;
  }
  turn.say(
    'refund.policy_faulty',
    { text: localized(faulty, turn.ctx.lang) },
    { quickReplies: [person, turn.quick('menu.return', payloads.intent('return.request'))] },
  );
}

/** Days either side of the window where "last month" could fall on either side: the delivery date decides. */
const UNSURE_DAYS = 5;

function sayAgainstWindow(turn: SkillTurn, days: number, said: string): void {
  const { returns } = turn.deps.policy;
  const window = returns.windowDays;
  const startReturn = turn.quick('menu.return', payloads.intent('return.request'));
  if (days > window + UNSURE_DAYS) {
    const faulty = returns.faulty ? localized(returns.faulty, turn.ctx.lang) : undefined;
    turn.say(
      faulty ? 'refund.policy_past_window_faulty' : 'refund.policy_past_window',
      { days: window, ago: said, ...(faulty ? { text: faulty } : {}) },
      { quickReplies: [turn.quick('menu.agent', payloads.handoff(faulty ? 'faulty_item' : 'shopper_request'))] },
    );
    return;
  }
  const key = days < window - UNSURE_DAYS ? 'refund.policy_within_window' : 'refund.policy_near_window';
  turn.say(
    key,
    { days: window, ago: said, condition: localized(returns.condition, turn.ctx.lang) },
    { quickReplies: [startReturn] },
  );
}

/** "What if I lost the receipt?", "没有小票能退吗": proof of purchase for a return. */
const NO_RECEIPT =
  /\b(lost|lose|threw away|thrown away|binned|no|without|don'?t have|do not have|haven'?t got|can'?t find)\b.{0,20}\b(receipts?|proof of purchase|packing slip)\b|\b(receipts?|proof of purchase)\b.{0,20}\b(lost|gone|missing|thrown)\b|(没有|丢了|找不到|没)(了)?.{0,4}(小票|收据|购物凭证|发货单)|(小票|收据|购物凭证|发货单).{0,4}(丢了|没了|找不到|没有)/i;
const ABOUT_RETURNING_AT_ALL = /\b(return|refund|send (it|them) back)\b|退/i;

/** True for a missing receipt asked about with a return in mind (just discussed, or in the words). */
export function asksWithoutReceipt(turn: SkillTurn, afterReturns: boolean): boolean {
  return NO_RECEIPT.test(turn.text) && (afterReturns || ABOUT_RETURNING_AT_ALL.test(turn.text));
}

/** Returns go by order number and email: no receipt is needed, and the number can be found. */
export function answerNoReceipt(turn: SkillTurn): void {
  turn.say(
    'return.no_receipt',
    { days: turn.deps.policy.returns.windowDays },
    { quickReplies: [turn.quick('menu.return', payloads.intent('return.request'))] },
  );
}
