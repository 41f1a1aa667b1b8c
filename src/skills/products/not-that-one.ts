/**
 * "Not the black one", "no, not the denim one", "不是黑色的那件" under several cards: the shopper rules
 * a card out. Read as a pick before, it chose the very cards ruled out. The cards left are offered,
 * or opened when one is left.
 */
import { nameHolds } from '../../dialogue/name-pick';
import { payloads } from '../../dialogue/payload';
import { shownProducts } from '../../dialogue/references';
import type { Product } from '../../store/entities';
import { localized } from '../format';
import type { SkillTurn } from '../types';

const EN_NOT = /^\s*(?:no,?\s*)?(?:not|none of) (?:the|that|those) ([a-z][a-z-]{2,}) (?:one|ones|pair)\b[\s.!]*$/i;
const ZH_NOT = /^\s*(?:不是|不要)(\p{Script=Han}{1,4}?)的?(?:那|这)?(?:件|款|双|条|个|只)?(?:的|吧|啦)?[\s。！!]*$/u;

function ruledOutWord(text: string): string | undefined {
  return (EN_NOT.exec(text)?.[1] ?? ZH_NOT.exec(text)?.[1])?.toLowerCase();
}

/** True when, under several cards, the message only rules one out ("not the black one"). */
export function rulesOutACard(turn: SkillTurn): boolean {
  if ((turn.state.lastShown?.length ?? 0) < 2) return false;
  const word = ruledOutWord(turn.text);
  // "不要了" gives up on the cards; only a colour or a word of two or more characters rules one out.
  return word !== undefined && (turn.entity('colour') !== undefined || (word.length >= 2 && !word.endsWith('了')));
}

function ruledOut(turn: SkillTurn, product: Product, word: string): boolean {
  const colour = turn.entity('colour')?.value;
  return colour ? product.colours.includes(colour) : nameHolds(product, word);
}

/** The cards left once one is ruled out: one opens it, several are offered; none leaves all offered. */
export async function cardsLeft(turn: SkillTurn, open: (product: Product) => Promise<void>): Promise<void> {
  const word = ruledOutWord(turn.text) ?? '';
  const shown = await shownProducts(turn);
  const left = shown.filter((p) => !ruledOut(turn, p, word));
  const [only] = left;
  if (left.length === 1 && only) return open(only);
  const choices = (left.length > 0 ? left : shown).map((p) => ({
    label: localized(p.name, turn.ctx.lang),
    payload: payloads.product(p.id),
  }));
  turn.say('product.which_of_these', {}, { quickReplies: choices });
}
