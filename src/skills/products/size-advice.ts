/**
 * "Does it run small?", "I'm usually a 12", "我平时穿M": which size to take, from the shop's size
 * guide, its chart, and the sizes of the product in question.
 */
import { rememberProduct, resolveProduct } from '../../dialogue/references';
import { localized } from '../format';
import type { SkillTurn } from '../types';
import { chartSize, ownLetterSize, sayChartSize, sayOwnLetterSize, sizesOf, ukSizeIn } from './size-chart';

const SIZE_ADVICE =
  /\b(runs?|running|fits?|fitting|come up|comes up)\s+(small|large|big|true to size|tight|loose)\b|\btrue to size\b|\b(what|which) size (of )?([a-z-]+ )?(should|do|would|shall) i\b|\bsize (guide|chart)\b|\bsizing\b|\bi'?m (usually|normally) (a|an|size)\b|\bwhat size (for|if)\b|\bsize for (me|someone|a)\b|\b(usually|normally|always|generally) (wear|take|buy|get|am)( an?| size| in)? (xxs|xs|s|m|l|xl|xxl|small|medium|large|extra large|\d{1,2})\b|\bhow (do|does|did|will|would) (it|they|these|this|those|the [a-z ]{2,30}) fit\b(?!\s+(a|an|my|in|into|on)\b)|\bhow (is|are) the (fit|sizing)\b|\bwhat'?s the fit like\b|\b(petite|plus[- ]size|plus sizes|tall sizes|extended sizes|bigger sizes|larger sizes|smaller sizes)\b|\b(bigger|larger|smaller) (size|one)s? than\b|\bbetween (xxs|xs|s|m|l|xl|xxl) and (xxs|xs|s|m|l|xl|xxl)\b|\bsizes? in (cm|centimet(er|re)s|inches)\b|\b(xs|s|m|l|xl) in (cm|centimet(er|re)s|inches)\b|尺码.{0,6}(厘米|公分)|大码|加大码|小码|娇小|尺码表|合身吗|版型(怎么样|如何|正吗)|尺码(偏大|偏小|标准|准吗|正吗)|偏大还是偏小|穿多大|穿(什么|几|哪个)(码|号)|(什么|哪个)尺码(合适|好)|选(哪个|什么|多大的?)码|平时穿/i;

/** "Do the jeans run small?", "what size should I get if I'm usually a 10?", "尺码偏大吗". */
export function asksSizeAdvice(text: string): boolean {
  return SIZE_ADVICE.test(text);
}

/**
 * Which size to take: the shop's size guide (the policy's `sizeGuide`), the sizes of the product in
 * question when there is one, and that a size that does not fit can go back.
 */
const IN_MEASUREMENTS = /\b(cm|centimet(er|re)s?|inch(es)?)\b|厘米|公分/i;
/** "5'6 and 60kg", "身高165体重50公斤": the shopper's own height or weight, which no chart here maps. */
const BODY =
  /\b\d'\s?\d{1,2}\b|\b\d{2,3}\s?(kg|kgs|kilos?|lbs?|pounds|stone)\b|\b\d{3}\s?cm\b|身高|体重|\d{2,3}\s?(斤|公斤)/i;

export async function adviseSize(turn: SkillTurn): Promise<void> {
  const { policy } = turn.deps;
  const lang = turn.ctx.lang;
  // Under several cards, "the overcoat" in the question may pick one (`resolveProduct`).
  const underCards = (turn.state.lastShown?.length ?? 0) > 1;
  const product = turn.entity('product') || pointsAtOne(turn) || underCards ? await resolveProduct(turn) : null;
  const guide = policy.sizeGuide ? localized(policy.sizeGuide, lang) : turn.t('product.size_guide_missing');
  const params = { guide, days: policy.returns.windowDays };
  // The catalogue has no body measurements: "in cm?" gets the guide, said to be all there is.
  if (BODY.test(turn.text)) turn.say('product.no_body_fit');
  else if (IN_MEASUREMENTS.test(turn.text)) turn.say('product.no_measurements');
  // "I'm a size 12" holds for the next product asked about ("and in the wool overcoat?").
  const said = ukSizeIn(turn.text);
  if (said) turn.state.lastUkSize = said;
  // "I usually wear XXL" replaces the UK 12 said earlier.
  else if (ownLetterSize(turn.text)) delete turn.state.lastUkSize;
  if (product) {
    // "I'm usually a 12" right after the guide for this product: the size it means, not the guide again.
    const guideShown = turn.previousIntent === 'product.size_advice' && turn.state.lastProductId === product.id;
    rememberProduct(turn, product);
    const chart = chartSize(turn, product, turn.state.lastUkSize);
    sayChartSize(turn, product, chart);
    const ownLetter = !chart && sayOwnLetterSize(turn, product);
    if (guideShown && ((chart && said) || ownLetter)) return;
    return turn.say('product.size_advice_for', {
      ...params,
      name: localized(product.name, lang),
      sizes: sizesOf(product, lang),
    });
  }
  turn.say('product.size_advice', params);
}

/** A product was just discussed and the message names no category: the sizing question is about it. */
function pointsAtOne(turn: SkillTurn): boolean {
  return turn.state.lastProductId !== undefined && !turn.entity('category');
}
