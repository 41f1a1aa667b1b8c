/**
 * Short follow-ups under products on screen, read from their words and what was shown: "and in
 * blue?", "what about kids?", "冬天穿够暖吗" under one card, a price alone under picks.
 */

import { namesACard } from '../../dialogue/name-pick';
import { mentionsReference, ordinalFrom, selectingColour } from '../../dialogue/references';
import type { SkillTurn } from '../types';
import { ASKS } from './info';
import { onlyNarrows } from './query';

/** "And in the …?", "what about the …?", "那…呢": the last question again, about something else. */
export const GOES_ON = /^\s*(and|what about|how about|also|same for)\b|^\s*(那|还有)|呢\s*[?？]?\s*$/i;

/** Eight words or fewer: a follow-up about the product just shown, not a request of its own. */
export function isShort(text: string): boolean {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 8;
}

export function asksQuantityOfLast(turn: SkillTurn): boolean {
  const quantity = Number(turn.entity('quantity')?.value ?? 1);
  if (turn.state.lastProductId === undefined || quantity < 2) return false;
  if (turn.entity('product') || turn.entity('category') || turn.entity('order_number')) return false;
  return mentionsReference(turn.text) || isShort(turn.text);
}

/** A product other than the one in view, singled out by name, position, colour or a word of its name. */
export function picksAnother(turn: SkillTurn): boolean {
  const shown = turn.state.lastShown?.length ?? 0;
  return (
    turn.entity('product') !== undefined ||
    (shown > 1 && (ordinalFrom(turn) !== undefined || selectingColour(turn) !== undefined)) ||
    namesACard(turn.text, shown)
  );
}

export function asksFeatureOfLast(turn: SkillTurn): boolean {
  if (turn.state.lastProductId === undefined || turn.entity('category') || turn.entity('product')) return false;
  return isShort(turn.text) && ASKS.features.test(turn.text);
}

/** "What about kids?", "那童装呢" right after a search: a search for the new words, short and plain. */
export function searchesAgain(turn: SkillTurn): boolean {
  if (turn.previousIntent !== 'product.search' || !GOES_ON.test(turn.text) || !isShort(turn.text)) return false;
  const reading = turn.ctx.nlu?.intent ?? 'None';
  return reading === 'None' || reading.startsWith('product.');
}

/** Words for things in general, which ask for products rather than about the one in view. */
export const ANY_THING = /\b(something|anything|clothes|outfits?|things)\b|衣服|东西|穿搭|单品/i;

/** A short question of how a product wears or what it has, with one product on screen or open. */
export function asksQualityOfOne(turn: SkillTurn): boolean {
  const one = (turn.state.lastShown?.length ?? 0) === 1 || turn.state.lastProductId !== undefined;
  if (!one || turn.entity('category') || turn.entity('product') || !isShort(turn.text)) return false;
  return ASKS.qualities.test(turn.text) || ASKS.features.test(turn.text);
}

/** "Something in neutral colours", "预算300元左右" under cards: those cards' kind, narrowed. */
export function narrowsShown(turn: SkillTurn): boolean {
  if ((turn.state.lastShown?.length ?? 0) === 0) return false;
  const family = turn.entity('colour_family') && !turn.entity('colour');
  // A price alone is taken over only where the classifier saw no product request of its own.
  const price = turn.entity('money') !== undefined && !turn.ctx.nlu?.intent.startsWith('product.');
  return (family || price) && onlyNarrows(turn);
}
