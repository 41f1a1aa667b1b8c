/**
 * Follow-ups right after an answer about an order that ask when that parcel comes: "when will it
 * arrive?", "什么时候能到", "by Saturday?". Alone the words read as delivery times in general.
 */
import { discussingOrder, mentionsReference } from '../../dialogue/references';
import type { SkillTurn } from '../types';

/** Money arriving ("到账", "my refund"), which a delivery-time reading of "when will it come?" misses. */
const ABOUT_MONEY = /\b(refunds?|money|paid back)\b|到账|退款|退钱|钱/i;

/** "In general": "一般几天能到" asks about delivery times, not the parcel just discussed. */
const ZH_IN_GENERAL = /一般|通常|平时|平常|正常/;

/**
 * "When will it arrive?" / "什么时候能到" right after an order answer asks after that parcel. Chinese
 * leaves out the "it", so there a delivery-time question naming nothing else is enough.
 */
export function asksArrivalOfLast(turn: SkillTurn): boolean {
  if (!discussingOrder(turn) || turn.ctx.nlu?.intent !== 'delivery.time') return false;
  // "多久能到账" asks when money arrives, not the parcel.
  if (ABOUT_MONEY.test(turn.text)) return false;
  if (mentionsReference(turn.text)) return true;
  return turn.ctx.lang === 'zh' && turn.entities.length === 0 && !ZH_IN_GENERAL.test(turn.text);
}

/** Readings a short dated follow-up to tracking gets that still mean "will it be here by then?". */
const ARRIVAL_READINGS = new Set(['None', 'order.track', 'delivery.time', 'delivery.options']);

/**
 * "What about tomorrow?", "by Saturday?", "周六呢" right after tracking: will that parcel arrive by
 * then. Alone the words read as nothing, or as delivery times in general.
 */
export function asksByDateOfLast(turn: SkillTurn): boolean {
  const short = turn.text.trim().split(/\s+/).length <= 6;
  const reading = turn.ctx.nlu?.intent ?? 'None';
  return (
    turn.state.lastIntent === 'order.track' &&
    turn.entity('date') !== undefined &&
    short &&
    ARRIVAL_READINGS.has(reading)
  );
}
