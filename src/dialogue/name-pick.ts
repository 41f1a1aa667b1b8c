/**
 * "The waxed one", "I meant the linen one", "涂蜡的那件": a word of one card's name picks it among the
 * cards on screen, as a colour or a position does. Read in two steps: `namesACard` tells from the
 * words alone that the message is such a pick (so it is routed to the product's details), and
 * `cardNamed` finds the one card whose name holds the word once the cards are loaded.
 */
import { stem } from '../commerce/catalog/text';
import type { Product } from '../store/entities';

const EN_PICK = /\b(?:the|that|this)\s+([a-z][a-z-]{2,})\s+(?:one|ones|pair)\b/i;
/** 款 after 付, 退, 汇… is money ("怎么付款", "我要退款"), not the measure word of a style. */
const ZH_PICK = /(\p{Script=Han}{2,4}?)的?(?:那|这)?(?:件|(?<![付退汇贷存罚欠尾首定订回打借还])款|双|条|只|个)/u;
/** "我要涂蜡的那件", "就要羊毛那款": wanting words ahead of the name word, not part of it. */
const ZH_WANTS = /^\s*(?:我(?:要|想要|想看看?|说的是|指的是|选|喜欢)|就要|我就要|要|选|看看)/u;

/** Words that point or compare rather than name: "the other one", "the cheaper one", "那个". */
const NOT_A_NAME = new Set(
  'other same cheaper cheapest dearer pricier new newer newest last first second third next previous right wrong left top bottom whole best better nicer'.split(
    ' ',
  ),
);
const ZH_NOT_A_NAME = /^(这|那|哪|第|最|其他|另|别|便宜|贵|新|一|怎|如何|什么|为什么|多少|几|退|换)/u;

const FILLER = new Set(
  "no nope sorry i meant mean actually oh wait not it's its it is was the one ones pair please pls ok okay i'll take that this what how about and tell me more show i like love prefer".split(
    ' ',
  ),
);

/** The name word a pick among the cards turns on, if the message is nothing but such a pick. */
function pickWord(text: string): string | undefined {
  const en = EN_PICK.exec(text);
  if (en?.[1] && !NOT_A_NAME.has(en[1].toLowerCase())) {
    const rest = text
      .replace(en[0], ' ')
      .toLowerCase()
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean);
    return rest.every((w) => FILLER.has(w)) ? en[1].toLowerCase() : undefined;
  }
  const named = text.replace(ZH_WANTS, '');
  const zh = ZH_PICK.exec(named);
  if (zh?.[1] && !ZH_NOT_A_NAME.test(zh[1])) {
    const rest = named.replace(zh[0], '').replace(/[不是我说的要就吧呢啊哦，。,.!！?？\s]/gu, '');
    return rest.length === 0 ? zh[1] : undefined;
  }
  return undefined;
}

/** True when, under several cards, the message only picks one by a word of its name. */
export function namesACard(text: string, shownCount: number): boolean {
  return shownCount > 1 && pickWord(text) !== undefined;
}

/** True when the product's name holds the word: a Chinese run inside it, an English word by stem. */
export function nameHolds(product: Product, word: string): boolean {
  if (/\p{Script=Han}/u.test(word)) return product.name.zh.includes(word);
  const wanted = new Set(describedForms(word.toLowerCase()).map(stem));
  return product.name.en
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => wanted.has(stem(w)));
}

/** "Striped" for a name with "Stripe", "quilted" for "Quilt", "ribbed" for "Rib": the word and its bases. */
function describedForms(word: string): string[] {
  if (!word.endsWith('ed') || word.length < 5) return [word];
  const base = word.slice(0, -2);
  const undoubled = /([^aeiou])\1$/.test(base) ? [base.slice(0, -1)] : [];
  return [word, word.slice(0, -1), base, ...undoubled];
}

/** The one card whose name holds the picked word; undefined when none or several do. */
export function cardNamed(text: string, shown: readonly Product[]): Product | undefined {
  const word = pickWord(text);
  if (!word) return undefined;
  const matches = shown.filter((p) => nameHolds(p, word));
  return matches.length === 1 ? matches[0] : undefined;
}

/** "The overcoat" inside a longer message: "I'll take the overcoat, what size for 5'6?". */
const THE_WORD = /\bthe\s+([a-z][a-z-]{2,})\b/gi;

/**
 * The one card a "the X" in the message names, when X is in the name of exactly one card on screen
 * (and no other "the X" names another). Unlike `cardNamed`, the message may say more.
 */
export function cardMentioned(text: string, shown: readonly Product[]): Product | undefined {
  const named = new Set<Product>();
  for (const m of text.matchAll(THE_WORD)) {
    const word = (m[1] ?? '').toLowerCase();
    if (NOT_A_NAME.has(word) || FILLER.has(word)) continue;
    const holding = shown.filter((p) => nameHolds(p, word));
    if (holding.length === 1 && holding[0]) named.add(holding[0]);
  }
  return named.size === 1 ? [...named][0] : undefined;
}
