/**
 * "I can't remember my order number", "订单号忘了": where the number is, then the question it was
 * for, which keeps an email given with it as the proof once the number is found.
 */
import { payloads } from '../../dialogue/payload';
import type { SkillTurn } from '../types';
import { openingOf } from './verification';

/** "I can't remember my order number", "订单号忘了": the shopper does not have the number at all. */
const LOST_NUMBER =
  /\b(don'?t|do not|can'?t|cannot|couldn'?t|didn'?t) (know|remember|find|recall|see|have|keep)\b.{0,25}\border (number|no\.?|id|ref(erence)?)\b|\b(forgot|forgotten|lost|deleted|misplaced)\b.{0,20}\border (number|no\.?|id|ref(erence)?)\b|\bno order (number|no\.?|id)\b|(不知道|忘了|忘记|找不到|不记得|记不得|没有).{0,6}订单(号|编号)|订单(号|编号).{0,6}(忘了|忘记|找不到|不知道|不记得|丢了)/i;

/** Readings of a lost-number message that ask for a return: that form follows, not tracking. */
const RETURN_READINGS = new Set(['return.request', 'refund.request']);

export function lostOrderNumber(text: string): boolean {
  return LOST_NUMBER.test(text);
}

export async function answerLostNumber(turn: SkillTurn): Promise<void> {
  turn.say(
    'order.number_unknown',
    {},
    { quickReplies: [turn.quick('menu.agent', payloads.handoff('shopper_request'))] },
  );
  // "我想退货，但是订单号找不到了": the return, once the number is found, not tracking.
  const returning = RETURN_READINGS.has(turn.ctx.nlu?.intent ?? '');
  await turn.startForm(returning ? 'return.request' : 'order.track', {}, openingOf(turn));
}
