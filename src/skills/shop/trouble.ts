/**
 * Which kind of trouble a payment or order message describes, so the answer fits it: a discount code
 * that will not apply, a second charge for one order, a card that fails, or an order confirmation
 * that never came. Each needs different advice; "try another card" helps with only one of them.
 */
import type { TemplateKey } from '../../dialogue/templates';

/** A discount, promo or voucher code, in either language. */
const ABOUT_CODE =
  /\b(discount|promo(tion(al)?)?|voucher|coupon|offer)\s*codes?\b|\bcoupons?\b|优惠码|折扣码|优惠券|兑换码|促销码/i;

/** "Charged twice", "two payments came out", "扣了两次". */
const CHARGED_TWICE =
  /\b(charged|billed|taken|debited|paid)\b[^.?!]{0,20}\b(twice|two times|double)\b|\bdouble[- ]?(charged|charge|billed|payment)\b|\btwo (charges|payments)\b|(扣|收|付)了?两次|重复(扣款|扣费|付款|收费)|扣款两次|多扣/i;

/** "I haven't received a confirmation email", "没收到确认邮件". */
const NO_CONFIRMATION_EN = /\bconfirm(ation|ing)?\b[^.?!]{0,20}\b(e-?mail|mail|message)\b|\border e-?mail\b/i;
const NOT_RECEIVED_EN = /\b(no|not|never|haven'?t|hasn'?t|didn'?t|did not|have not|has not|without)\b/i;
const NO_CONFIRMATION_ZH = /(没|未|没有)收到[^。？！?]{0,6}(确认|订单)(邮件|信息|短信)/;

/** "Doesn't work", "invalid", "用不了": something failing, not a question about it. */
const FAILING =
  /\b(doesn'?t|does not|didn'?t|did not|won'?t|will not|isn'?t|is not|not|can'?t|cannot)\b[^.?!]{0,20}\b(work|working|apply|applied|accept(ed)?|valid|go(ing)? through)\b|\b(invalid|expired|rejected|declined|error|broken)\b|用不了|无效|不能用|没法用|失效|过期|不生效|没生效|没用上|显示错误/i;

/** True when the message says something fails ("doesn't work", "invalid", "用不了"). */
export function saysFailing(text: string): boolean {
  return FAILING.test(text);
}

/** "My promo code is invalid", whatever the classifier made of it: a payment problem. */
export function codeTrouble(text: string): boolean {
  return ABOUT_CODE.test(text) && saysFailing(text);
}

/** The advice that fits a payment problem. */
export function paymentTroubleKey(text: string): TemplateKey {
  if (ABOUT_CODE.test(text)) return 'shop.code_issue';
  if (CHARGED_TWICE.test(text)) return 'shop.double_charge';
  return 'shop.payment_issue';
}

/** True when the message says an order's confirmation email never arrived. */
export function missingConfirmation(text: string): boolean {
  return (NO_CONFIRMATION_EN.test(text) && NOT_RECEIVED_EN.test(text)) || NO_CONFIRMATION_ZH.test(text);
}

/** A card, a wallet or the payment itself: what a failure named after the code advice may be about. */
const OTHER_PAYMENT_SUBJECT =
  /\b(cards?|paypal|apple pay|google pay|bank|payments?|transactions?|checkout)\b|卡|支付|付款|结账/i;

/** "It says expired", "显示过期了": the code's date has passed, which nobody can check from here. */
const EXPIRED = /\b(expired|out of date|past (its|the) (date|expiry))\b|过期|失效|到期/i;

/**
 * Right after the advice for a code that will not apply, what the shopper reports next: expired
 * (said as such), or still failing. Undefined for anything else, which is its own question.
 */
export function codeFollowUp(
  text: string,
): 'shop.code_expired' | 'shop.code_still_failing' | 'shop.code_typed' | undefined {
  // "WELCOME10" alone fell back: the code itself, which the bot cannot check.
  if (typedCode(text)) return 'shop.code_typed';
  // "My card keeps getting declined" is trouble of its own, not the code again.
  if (OTHER_PAYMENT_SUBJECT.test(text) && !ABOUT_CODE.test(text)) return undefined;
  if (EXPIRED.test(text)) return 'shop.code_expired';
  return saysFailing(text) || /\b(still|again|tried( that)?)\b|还是|试过/i.test(text)
    ? 'shop.code_still_failing'
    : undefined;
}

/**
 * A discount code typed alone: one word of letters and digits in any case ("welcome10"), or of
 * capitals ("FREESHIP"). Digits alone are an order number, a lower-case word is a word.
 */
const CODE_MIXED = /^\s*(?=[a-z0-9-]*[a-z])(?=[a-z0-9-]*\d)[a-z0-9][a-z0-9-]{3,19}\s*$/i;
const CODE_CAPITALS = /^\s*[A-Z][A-Z-]{3,19}\s*$/;

/** The code, when the message is only a discount code ("WELCOME10", "SUMMER-25"). */
const SHOUTED_WORD =
  /^\s*(thanks|thank|thx|cheers|hello|help|please|sorry|okay|sure|great|nope|yes|what|why|human|agent|person)\s*$/i;

export function typedCode(text: string): string | undefined {
  if (SHOUTED_WORD.test(text)) return undefined;
  return CODE_MIXED.test(text) || CODE_CAPITALS.test(text) ? text.trim() : undefined;
}
