/**
 * Questions about the shop's discounts: "do you do student discount?", "any promo codes?", "are there
 * any sales on?", "有优惠吗", "学生有折扣吗". The intents have no place for them, and the classifier
 * scatters them over refund policy, product search, the newsletter and even goodbye, so the words
 * decide. A code that will not work is a payment problem, with its own advice.
 */

import type { QuickReply } from '../../core/message';
import { payloads } from '../../dialogue/payload';
import { mentionsReference } from '../../dialogue/references';
import { localized } from '../format';
import type { SkillTurn } from '../types';
import { saysFailing } from './trouble';

const ABOUT_DISCOUNTS_EN =
  /\b(discounts?|discounted|promo(tion)?s?|promotional|coupons?|vouchers?|deals|special offers?|any offers|(what|which|current|latest|your|the) (offers|deals)|offers? (on|available|at the moment|right now|running|this (week|month))|money off|\d+ ?(%|percent) off|price match(ing)?|student (price|rate)s?)\b|\b(any|a|your|the|next|summer|winter|january|seasonal|black friday|boxing day|mid-season) sales?\b|\bsales? (on|coming|starting|this)\b/i;
const ABOUT_DISCOUNTS_ZH =
  /优惠|折扣|打折|促销|满减|特价|降价|学生价|活动价|有什么活动|有活动|做活动|搞活动|双十一|双11|双十二|双12|黑五|黑色星期五|(?<!\d)618(?!\d)|大促/;
/** Shopping days a shop may or may not take part in: "what about Black Friday?". */
const SHOPPING_DAYS_EN = /\b(black friday|cyber monday|boxing day|singles'? day|prime day|11\.11)\b/i;

/**
 * "Can I return sale items?", "stop sending me promotional messages", "sign me up for offers": the
 * request decides, not the word for discounts in it.
 */
const OTHER_REQUEST =
  /\b(return(ed|ing|s)?|refund(ed|s)?|exchange|send (it |them )?back|cancel(led|ling)?|track(ing)?|deliver(y|ed)?|shipping|stop|unsubscribe|opt(-| )?(out|in)|no more|(don'?t|do not|never) send|sign (me )?up|subscribe|e-?mails?|texts?|messages?|newsletters?)\b|退|换货|取消|物流|快递|发货|订阅|别再发|不要再发|短信|邮件/i;

/**
 * True for a question about what discounts or offers the shop has. A product named or pointed at
 * ("is the linen dress discounted?", "is it on offer?") is a question about that product instead.
 */
/** "I saw it cheaper elsewhere", "别家更便宜": a price match wanted, whatever is pointed at. */
const CHEAPER_ELSEWHERE =
  /\b(cheaper|less|lower price|better price) (elsewhere|somewhere else|on amazon|on another (site|website)|at another (shop|store))\b|\b(another|other|a different) (shop|store|site|website|retailer)s? (has|have|sells?|is selling|are selling|had) (it|them|this|these|the same)? ?(cheaper|for less)\b|(别家|别的(店|地方|网站|平台)|其他(店|家|网站|平台)).{0,8}(便宜|更低|价格低)/i;

export function asksAboutDiscounts(text: string, namesProduct: boolean): boolean {
  if (CHEAPER_ELSEWHERE.test(text)) return true;
  const about = ABOUT_DISCOUNTS_EN.test(text) || ABOUT_DISCOUNTS_ZH.test(text) || SHOPPING_DAYS_EN.test(text);
  if (!about) return false;
  if (namesProduct || mentionsReference(text)) return false;
  // A code that will not work is trouble, with its own advice (`codeTrouble`).
  return !saysFailing(text) && !OTHER_REQUEST.test(text);
}

/** The shop's own words on discounts, or where offers are announced; a sign-up for them either way. */
export function answerDiscounts(turn: SkillTurn): void {
  sayDiscounts(turn, []);
}

/** The shop's discounts text (or where offers are announced), with `before` ahead of the sign-up. */
export function sayDiscounts(turn: SkillTurn, before: QuickReply[]): void {
  const { policy } = turn.deps;
  const lang = turn.ctx.lang;
  const quickReplies = [...before, turn.quick('shop.discounts_signup', payloads.intent('newsletter.subscription'))];
  if (policy.discounts) {
    turn.say('shop.discounts', { text: localized(policy.discounts, lang) }, { quickReplies });
    return;
  }
  turn.say('shop.discounts_unknown', { email: policy.contact.email, shop: policy.shopName }, { quickReplies });
}
