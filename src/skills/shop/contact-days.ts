/**
 * "Are you open on Sundays?", "周末有客服吗": a day asked about gets yes or no for that day, then the
 * hours, where before it got the hours alone and the shopper worked out the answer.
 */
import { dayName, describeContactHours } from '../../commerce/policy/contact-hours';
import { list } from '../format';
import type { ReplyExtras, SkillTurn } from '../types';

/** Day words, 0 = Sunday as in the policy; "weekend" is two days. */
const DAY_WORDS: readonly [RegExp, readonly number[]][] = [
  [/\bsun(day)?s?\b|周日|周天|星期日|星期天|礼拜日|礼拜天/i, [0]],
  [/\bmon(day)?s?\b|周一|星期一|礼拜一/i, [1]],
  [/\btue(s|sday)?s?\b|周二|星期二|礼拜二/i, [2]],
  [/\bwed(nesday)?s?\b|周三|星期三|礼拜三/i, [3]],
  [/\bthu(rs|rsday)?s?\b|周四|星期四|礼拜四/i, [4]],
  [/\bfri(day)?s?\b|周五|星期五|礼拜五/i, [5]],
  [/\bsat(urday)?s?\b|周六|星期六|礼拜六/i, [6]],
  [/\bweekends?\b|周末/i, [6, 0]],
];

/** The weekdays the text asks about, in week order; empty when it names none. */
export function daysAsked(text: string): number[] {
  const days = new Set<number>();
  for (const [pattern, named] of DAY_WORDS) if (pattern.test(text)) for (const d of named) days.add(d);
  return [...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
}

/** "周末有人吗", "anyone there on Sundays?": someone to talk to, asked of a day. */
const SOMEONE_THERE =
  /有人|有客服|上班|营业|开门|在线|回复|\b(anyone|someone|somebody|staff|team|open|available|answer|reply|working)\b/i;

const ABOUT_DELIVERY = /\b(deliver\w*|arriv\w*|ship\w*|dispatch\w*|post|courier|parcel)\b|送|到货|发货|配送|快递|寄/i;

/** A day asked about for someone to talk to, or anything right after the contact details. */
export function asksContactOnDay(turn: SkillTurn): boolean {
  // "Will someone deliver on Saturday?" is about delivery days.
  if (!asksAboutDays(turn) || ABOUT_DELIVERY.test(turn.text)) return false;
  return turn.previousIntent === 'contact.customer_service' || SOMEONE_THERE.test(turn.text);
}

/** True when the message names a day and the answer can be given for it. */
export function asksAboutDays(turn: SkillTurn): boolean {
  return daysAsked(turn.text).length > 0;
}

export function answerContactDays(turn: SkillTurn, params: Record<string, string>, extras: ReplyExtras): void {
  const { contact } = turn.deps.policy;
  const lang = turn.ctx.lang;
  const asked = daysAsked(turn.text);
  const names = (days: readonly number[]) =>
    list(
      days.map((d) => dayName(d, lang)),
      lang,
    );
  const open = asked.filter((d) => contact.days.includes(d));
  const closed = asked.filter((d) => !contact.days.includes(d));
  const all = { ...params, hours: describeContactHours(contact, lang) };
  if (closed.length === 0) turn.say('shop.contact_day_open', { ...all, day: names(open) }, extras);
  else if (open.length === 0) turn.say('shop.contact_day_closed', { ...all, day: names(closed) }, extras);
  else turn.say('shop.contact_days_mixed', { ...all, open: names(open), closed: names(closed) }, extras);
}
