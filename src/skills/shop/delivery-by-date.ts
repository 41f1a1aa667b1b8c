/**
 * "Will they arrive before Christmas?", "周五前能到吗" with no order in mind: when each home delivery
 * option, ordered today, should arrive, against the day asked. It had got the whole list of options
 * and left the sum to the shopper. Orders go out on working days and working days skip weekends;
 * bank holidays and the day's cut-off are not in the policy, so the answer says "should".
 */
import { formatShortDate, list } from '../format';
import type { SkillTurn } from '../types';
import { methodName } from './delivery-format';

const DAY_MS = 86_400_000;
/** "Before Christmas", "圣诞节之前" want it there the day before; "by Friday", "周一前" on the day is in time. */
const STRICTLY_BEFORE = /\bbefore\b|之前|以前/i;

const isWeekend = (at: number) => [0, 6].includes(new Date(at).getUTCDay());

/**
 * The ISO date an order placed at `from` should arrive, `count` working days (Monday to Friday) after
 * the working day it is sent: an order placed at the weekend goes on Monday.
 */
export function arrivalDate(from: Date, count: number): string {
  let at = from.getTime();
  while (isWeekend(at)) at += DAY_MS;
  for (let added = 0; added < count; ) {
    at += DAY_MS;
    if (!isWeekend(at)) added += 1;
  }
  return new Date(at).toISOString().slice(0, 10);
}

/** True when it answered; false without a day ahead to go by. */
export function sayDeliveryByDate(turn: SkillTurn): boolean {
  const asked = turn.entity('date')?.value;
  const { now, lang } = turn.ctx;
  const methods = turn.deps.policy.shipping;
  if (!asked || asked < now.toISOString().slice(0, 10) || methods.length === 0) return false;
  const strict = STRICTLY_BEFORE.test(turn.text);
  const arrivals = methods.map((s) => ({
    name: methodName(s.name, lang, false),
    inSentence: methodName(s.name, lang, true),
    arrives: arrivalDate(now, s.maxDays),
  }));
  const inTime = arrivals.filter((a) => (strict ? a.arrives < asked : a.arrives <= asked));
  const lines = arrivals
    .map((a) => `• ${turn.t('shop.by_date_line', { name: a.name, date: formatShortDate(a.arrives, lang) })}`)
    .join('\n');
  const params = { asked: formatShortDate(asked, lang), lines };
  if (inTime.length === arrivals.length) turn.say('shop.by_date_all', params);
  else if (inTime.length > 0)
    turn.say('shop.by_date_some', {
      ...params,
      methods: list(
        inTime.map((a) => a.inSentence),
        lang,
      ),
    });
  else turn.say('shop.by_date_none', params);
  return true;
}
