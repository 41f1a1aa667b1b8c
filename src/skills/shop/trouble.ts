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

/** True when the message is about a discount, promo or voucher code. */
export function aboutCode(text: string): boolean {
  return ABOUT_CODE.test(text);
}

/** The advice that fits a payment problem. */
export function paymentTroubleKey(text: string): TemplateKey {
  if (aboutCode(text)) return 'shop.code_issue';
  if (CHARGED_TWICE.test(text)) return 'shop.double_charge';
  return 'shop.payment_issue';
}

/** True when the message says an order's confirmation email never arrived. */
export function missingConfirmation(text: string): boolean {
  return (NO_CONFIRMATION_EN.test(text) && NOT_RECEIVED_EN.test(text)) || NO_CONFIRMATION_ZH.test(text);
}
