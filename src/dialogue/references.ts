/**
 * Reference resolution: "it", "that one", "the blue one", "这个", "第二个" point at products or orders
 * the conversation just discussed. The state remembers the last cards shown (in order) and the last
 * product and order talked about; these helpers map the words of this turn onto them.
 */

import type { SkillTurn } from '../skills/types';
import type { Product } from '../store/entities';
import { cardMentioned, cardNamed, namesACard } from './name-pick';

const EN_REFERENCE = /\b(it|its|it's|this|that|these|those|them|this one|that one|the same)\b/i;
const ZH_REFERENCE = /(这个|那个|它|这件|那件|这款|那款|这双|那双|这条|那条|这单|那单|该)/;

const SELECTOR = /\bones?\b|[个款件双条]/i;

/** "Anything similar?", "有类似的吗": asks for more like what was just shown, without naming it. */
const EN_SIMILAR = /\b(similar|alike|same style|same lines|like (it|this|that)( one)?)\b/i;
const ZH_SIMILAR = /(类似|相似|差不多的|同类)/;

export function asksForSimilar(text: string): boolean {
  return EN_SIMILAR.test(text) || ZH_SIMILAR.test(text);
}

/** True when the text leans on something said before. */
export function mentionsReference(text: string): boolean {
  return EN_REFERENCE.test(text) || ZH_REFERENCE.test(text);
}

const EN_ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
};
const ZH_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
};

/**
 * 1-based position named in the text ("the second one", "第二个", "最后一个"), or -1 for "last". The
 * NLU's ordinal entity wins when present; this covers the short follow-ups it may not tag.
 */
export function ordinalFrom(turn: Pick<SkillTurn, 'text' | 'entity'>): number | undefined {
  const entity = turn.entity('ordinal');
  if (entity) {
    const n = Number(entity.value);
    if (Number.isInteger(n) && n !== 0) return n;
  }
  const text = turn.text.toLowerCase();
  if (/\b(last one|the last)\b/.test(text) || /最后/.test(text)) return -1;
  const en = text.match(/\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)\b/);
  if (en?.[1]) return EN_ORDINALS[en[1]];
  const zh = text.match(/第\s*([一二两三四五1-5])/);
  if (zh?.[1]) return ZH_DIGITS[zh[1]];
  return undefined;
}

function pick<T>(list: readonly T[], position: number): T | undefined {
  return position === -1 ? list[list.length - 1] : list[position - 1];
}

/**
 * The product this turn is about: an explicit id (button), a named product, a position in the last
 * cards, a colour that singles out one of them, or else the product last talked about.
 */
export async function resolveProduct(turn: SkillTurn): Promise<Product | null> {
  const { catalog } = turn.deps;
  const { state } = turn;
  const explicit = turn.args.productId ?? turn.entity('product')?.value;
  if (explicit) return catalog.get(explicit);
  const shown = state.lastShown ?? [];
  const position = ordinalFrom(turn);
  if (position !== undefined) {
    const id = pick(shown, position);
    if (id) return catalog.get(id);
  }
  // "the blue one" / "蓝色那款" picks among the cards; "do you have it in blue?" asks about the last one.
  // When the colour matches several cards or none, the product last opened does not settle it.
  const colour = selectingColour(turn);
  if (colour) {
    const matching = (await shownProducts(turn)).filter((p) => p.colours.includes(colour));
    return matching.length === 1 && matching[0] ? matching[0] : null;
  }
  // "I meant the waxed one": a word of one card's name.
  if (namesACard(turn.text, shown.length)) return cardNamed(turn.text, await shownProducts(turn)) ?? null;
  // "I'll take the overcoat, what size…?" under the overcoat and the jacket: the overcoat.
  if (shown.length > 1) {
    const mentioned = cardMentioned(turn.text, await shownProducts(turn));
    if (mentioned) return mentioned;
  }
  const last = state.lastProductId ?? (shown.length === 1 ? shown[0] : undefined);
  return last ? catalog.get(last) : null;
}

/**
 * The card or product just discussed that "the X" in the message names ("is the striped top in stock
 * in M?" after the Breton Stripe Top), though the message also names a category.
 */
export async function mentionedProduct(turn: SkillTurn): Promise<Product | undefined> {
  const candidates = await shownProducts(turn);
  const last = turn.state.lastProductId;
  if (last && !candidates.some((p) => p.id === last)) {
    const product = await turn.deps.catalog.get(last);
    if (product) candidates.push(product);
  }
  return cardMentioned(turn.text, candidates);
}

/** The colour of "the blue one" when it picks among several cards, not a question about colour. */
export function selectingColour(turn: SkillTurn): string | undefined {
  const colour = turn.entity('colour')?.value;
  const shown = turn.state.lastShown?.length ?? 0;
  return colour && shown > 1 && SELECTOR.test(turn.text) ? colour : undefined;
}

/**
 * True when the text says nothing but what points at a product: once the pointing words (`pointers`,
 * the entities' own text) and the `strip` pattern are taken out, only `filler` words are left.
 */
function nothingBut(
  text: string,
  pointers: readonly (string | undefined)[],
  strip: RegExp,
  filler: ReadonlySet<string>,
): boolean {
  let rest = text.toLowerCase();
  for (const pointer of pointers) if (pointer) rest = rest.replace(pointer.toLowerCase(), ' ');
  const words = rest
    .replace(strip, ' ')
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
  return words.every((word) => filler.has(word));
}

const SELECTION_FILLER = new Set(
  "the one ones please pls plz i i'll ill i'd id take want like that this last number option show me how what about ok okay yes then go with".split(
    ' ',
  ),
);
/** English ordinals the entity may not have tagged, and the Chinese words around a pick. */
const SELECTION_STRIP =
  /\b(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)\b|第\s*[一二两三四五1-5]|最后|[个款件双条只的那这要我吧呢呀啊就看看下一]/g;

/**
 * True when the message does nothing but pick one of several cards just shown: "the second one",
 * "the black one please", "I'll take the 2nd", "第二个", "黑色那双". Such a reply is a choice among the
 * cards, whatever else its few words resemble ("the second one" also reads like changing an order).
 */
export function isCardSelection(turn: SkillTurn): boolean {
  if ((turn.state.lastShown?.length ?? 0) < 2) return false;
  if (selectingColour(turn) === undefined && ordinalFrom(turn) === undefined) return false;
  const pointers = [turn.entity('colour')?.text, turn.entity('ordinal')?.text];
  return nothingBut(turn.text, pointers, SELECTION_STRIP, SELECTION_FILLER);
}

const VARIANT_FILLER = new Set(
  "in and what how about the a an size colour color do does you have has it they them come is are there any also ok okay please pls one something anything maybe perhaps instead rather prefer would like i u got or of these those show me see then go with let's lets that no sorry mean meant actually".split(
    ' ',
  ),
);
const VARIANT_STRIP = /[有吗呢的这那个款件双条要我还也码号色就吧]|尺码|颜色|是否/g;

/**
 * True when, right after one product, the message only names a size or colour: "in burgundy?",
 * "what about in M?", "42码呢", "黑色的呢". It asks about that product in that variant, though out
 * of context it reads like a new search (or like nothing at all).
 */
export function isVariantFollowUp(turn: SkillTurn): boolean {
  if (turn.state.lastProductId === undefined || turn.entity('product') || turn.entity('category')) return false;
  return onlyNamesVariant(turn) || bareSize(turn) !== undefined;
}

const SIZE_LABEL = /^(xxs|xs|s|m|l|xl|xxl|xxxl|\d{2})$/i;

/**
 * "What about M?", "and 42?" right after one product: a size label alone, which the entity reader
 * does not trust without "size" or "in" ("M" is too common a letter). Undefined otherwise.
 */
export function bareSize(turn: Pick<SkillTurn, 'text' | 'state' | 'entity'>): string | undefined {
  // "有10条吗" counts scarves: a quantity is no size.
  if (turn.state.lastProductId === undefined || turn.entity('size') || turn.entity('quantity')) return undefined;
  const words = turn.text
    .replace(VARIANT_STRIP, ' ')
    .split(/[^\p{L}\p{N}']+/u)
    .filter((word) => word && !VARIANT_FILLER.has(word.toLowerCase()));
  const [only] = words;
  return words.length === 1 && only && SIZE_LABEL.test(only) ? only.toUpperCase() : undefined;
}

/** A colour or size is named, and nothing else but filler is said. */
function onlyNamesVariant(turn: SkillTurn): boolean {
  const named = [turn.entity('colour')?.text, turn.entity('size')?.text];
  if (named.every((text) => text === undefined)) return false;
  return nothingBut(turn.text, named, VARIANT_STRIP, VARIANT_FILLER);
}

const ORDER_FILLER = new Set(
  'and what how about order orders number no the my one too also then so ok okay please pls is it'.split(' '),
);
const ORDER_STRIP = /[那呢还有订单号的这个吗和跟也帮我查下一]/g;

/**
 * True when the message does nothing but name an order: "what about 10236?", "and #10240", "那10240呢".
 * After an answer about one order, it asks the same about another, though out of context its few
 * words read like a request for help.
 */
export function isOrderFollowUp(turn: Pick<SkillTurn, 'text' | 'entity'>): boolean {
  const order = turn.entity('order_number');
  return order !== undefined && nothingBut(turn.text, [order.text], ORDER_STRIP, ORDER_FILLER);
}

/**
 * True when, with several cards on screen and none opened, the message only names a colour or size:
 * "what about in navy?", "in M?", "蓝色的呢". It narrows the cards, though out of context its few
 * words read like nothing at all.
 */
export function isNarrowingFollowUp(turn: SkillTurn): boolean {
  const { lastShown, lastProductId } = turn.state;
  if ((lastShown?.length ?? 0) < 2 || lastProductId !== undefined) return false;
  if (turn.entity('product') || turn.entity('category') || SELECTOR.test(turn.text)) return false;
  return onlyNamesVariant(turn);
}

/** The products of the cards last shown, in their order. */
export async function shownProducts(turn: SkillTurn): Promise<Product[]> {
  const shown = turn.state.lastShown ?? [];
  const products = await Promise.all(shown.map((id) => turn.deps.catalog.get(id)));
  return products.filter((p): p is Product => p !== null);
}

/**
 * Remembers what was shown, so the next turn can say "the second one" or "it". Search results are a
 * new topic (`newTopic`): after several of them, "it" means one of those cards, not the product
 * opened before the search. Recommendations keep the product they were seeded by.
 */
export function rememberShown(turn: SkillTurn, products: readonly Product[], options = { newTopic: false }): void {
  turn.state.lastShown = products.map((p) => p.id);
  // A new listing: "show me more" starts from these cards (`showMore` adds to it after this call).
  delete turn.state.seenInListing;
  // Search results are no longer the picks for "a summer wedding": "under 50" narrows them instead.
  if (options.newTopic) delete turn.state.lastAbout;
  if (products.length === 1 && products[0]) turn.state.lastProductId = products[0].id;
  else if (options.newTopic) delete turn.state.lastProductId;
}

export function rememberProduct(turn: SkillTurn, product: Product): void {
  turn.state.lastProductId = product.id;
}

/** Turns after an order answer during which "it" may still mean that order. */
const ORDER_MEMORY_TURNS = 3;

/** True when an order was talked about in the last few turns, so "cancel it" may mean that order. */
export function discussingOrder(turn: Pick<SkillTurn, 'state'>): boolean {
  const { lastOrderId, lastOrderTurn, turn: now } = turn.state;
  return lastOrderId !== undefined && lastOrderTurn !== undefined && now - lastOrderTurn <= ORDER_MEMORY_TURNS;
}

/** The order this turn names, or the verified one just discussed when the text refers back to it. */
export function resolveOrderId(turn: SkillTurn, options: { preferLast: boolean }): string | undefined {
  const named = turn.args.orderId ?? turn.entity('order_number')?.value;
  if (named) return named;
  const last = turn.state.lastOrderId;
  if (last && (options.preferLast || mentionsReference(turn.text))) return last;
  return undefined;
}
