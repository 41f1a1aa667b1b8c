/** Turns the entities of a message into catalog constraints: "red dresses under 50", "黑色的42码跑鞋". */
import { isStopword, stem } from '../../commerce/catalog/text';
import type { CatalogQuery } from '../../commerce/types';
import type { Entity } from '../../nlu/types';
import type { SkillTurn } from '../types';
import { entitiesInShopCurrency } from './currency';

const MIN_CUE_EN = /\b(over|above|more than|at least|from|starting at|min(imum)?)\s*$/i;
const MIN_CUE_ZH = /(以上|起|多于)$/;
const MIN_BEFORE_ZH = /(高于|超过|多于|至少)\s*$/;

/** "Around £100", "500块左右", "£50-ish": near that price, not anything up to it. */
const ABOUT_BEFORE = /\b(around|about|roughly|approximately|approx\.?|circa)\s*$|(大概|大约|差不多)\s*$/i;
const ABOUT_AFTER = /^(\s*-?ish\b|\s*(左右|上下))/i;
/** How far either side of "around £100" still counts: £60 to £125. */
const ABOUT_BELOW = 0.6;
const ABOUT_ABOVE = 1.25;

/**
 * A price written after "under" caps the price; after "over" (or before "以上") it is a floor; after
 * "around" (or before "左右") it is a range about it.
 */
export function priceRange(
  text: string,
  money: readonly Entity[],
): Pick<CatalogQuery, 'minPriceCents' | 'maxPriceCents'> {
  const range: Pick<CatalogQuery, 'minPriceCents' | 'maxPriceCents'> = {};
  const amounts = money.map((m) => ({ cents: Number(m.value), entity: m })).filter((m) => Number.isFinite(m.cents));
  if (amounts.length >= 2 && /\bbetween\b|之间|到|-|to/i.test(text)) {
    const sorted = amounts.map((a) => a.cents).sort((a, b) => a - b);
    range.minPriceCents = sorted[0];
    range.maxPriceCents = sorted[sorted.length - 1];
    return range;
  }
  for (const { cents, entity } of amounts) {
    const before = text.slice(Math.max(0, entity.start - 16), entity.start);
    const after = text.slice(entity.end, entity.end + 4);
    if (ABOUT_BEFORE.test(before) || ABOUT_AFTER.test(after)) {
      range.minPriceCents = Math.round(cents * ABOUT_BELOW);
      range.maxPriceCents = Math.round(cents * ABOUT_ABOVE);
      continue;
    }
    const isMin = MIN_CUE_EN.test(before) || MIN_BEFORE_ZH.test(before) || MIN_CUE_ZH.test(after.trim().slice(0, 2));
    if (isMin) range.minPriceCents = cents;
    else range.maxPriceCents = cents;
  }
  return range;
}

/** The distinct values of the entities of one type, in the order the message names them. */
export function namedValues(entities: readonly Entity[], type: Entity['type']): string[] {
  return [...new Set(entities.filter((e) => e.type === type).map((e) => e.value))];
}

export function queryFromEntities(text: string, entities: readonly Entity[]): CatalogQuery {
  const query: CatalogQuery = {};
  const value = (type: Entity['type']) => entities.find((e) => e.type === type)?.value;
  // "Denim jackets" names two categories (denim is also jeans): the free text, where every word
  // must match, picks the product; a category filter would keep only one of them.
  const categories = namedValues(entities, 'category');
  const category = categories.length === 1 ? categories[0] : undefined;
  const colour = value('colour');
  const family = value('colour_family');
  const size = value('size');
  if (category) query.category = category;
  // A named colour wins over a family: the skills' queries never hold both (`narrowed` keeps it so).
  if (colour) query.colour = colour;
  else if (family) query.colourFamily = family;
  if (size) query.size = size;
  Object.assign(
    query,
    priceRange(
      text,
      entities.filter((e) => e.type === 'money'),
    ),
  );
  return query;
}

const WORD = /[\p{L}\p{N}]+/gu;
const HAN = /\p{Script=Han}/gu;

/**
 * The message's constraints. A short message that only narrows ("under 60", "in blue", "40镑以下")
 * keeps the category of the cards before it, as a shopper narrowing a list means.
 */
export function turnQuery(turn: SkillTurn): CatalogQuery {
  const query = ownQuery(turn);
  // "Dresses under £100", then "in black?": black dresses, still under £100.
  return onlyNarrows(turn, query) ? narrowed(lastConstraints(turn), query) : query;
}

/** `base` narrowed by `query`; a colour and a family replace each other ("black dresses", then "brighter"). */
export function narrowed(base: CatalogQuery, query: CatalogQuery): CatalogQuery {
  if (query.colour === undefined && query.colourFamily === undefined) return { ...base, ...query };
  const { colour: _colour, colourFamily: _family, ...rest } = base;
  return { ...rest, ...query };
}

/** The message's own constraints, its amounts in the shop's currency. */
function ownQuery(turn: SkillTurn): CatalogQuery {
  return queryFromEntities(turn.text, entitiesInShopCurrency(turn));
}

/** What the cards on screen were chosen by, without their words: category, colour, size, price, order. */
export function lastConstraints(turn: SkillTurn): CatalogQuery {
  const { words: _words, ...last } = turn.state.lastQuery ?? {};
  return last;
}

/**
 * "Something more formal", "a longer one", "更正式一点的", "something with long sleeves", "带口袋的":
 * the same kind of thing as the cards, changed.
 */
const REFINES =
  /^\s*(and |but |ok,? |okay,? )?(something|anything|one|ones|maybe|perhaps|a bit|a little)?\s*(more|less|a bit more|a little more|slightly more) (?!expensive|pricey|costly|affordable)[a-z]+\b|\b(a |something |anything )?(?!cheaper|pricier|dearer|costlier)[a-z]+er (one|ones|option|options|style)\b|^\s*(something|anything) (?!cheaper|pricier|dearer|costlier)[a-z]{3,}er\b|^\s*(有没有|要|来)?(更|再)(?!便宜|贵|实惠|划算)[\p{Script=Han}]{1,3}(一点|一些|些)?的|^\s*(and |but |ok,? |okay,? )?(something|anything|one|ones|any|maybe)? ?with (a |an |some )?(?!it\b|them\b|that\b)[a-z]{3,}|^\s*(有没有|要|来|想要)?带[\p{Script=Han}]{1,4}的(吗|呢)?\s*[?？]?\s*$/iu;

/** The constraints of the cards on screen when the message only asks for them changed ("more formal"). */
export function refinedLast(turn: SkillTurn): CatalogQuery {
  if (turn.entity('category') || turn.entity('product') || !REFINES.test(turn.text)) return {};
  const { sort: _sort, ...last } = lastConstraints(turn);
  return last;
}

/** "Running shoes in 38", then "what about 40?": the words the narrowed search was for ("running"). */
export function carriedWords(turn: SkillTurn): string | undefined {
  const words = turn.state.lastQuery?.words;
  // Read as turnQuery reads it, so the words carry over exactly when the constraints do.
  return words && onlyNarrows(turn, ownQuery(turn)) ? words : undefined;
}

/**
 * A short message that names only a colour, size or price and no kind of thing ("under 60", "in
 * blue", "40镑以下的"): it narrows what was just shown rather than starting over.
 */
export function onlyNarrows(turn: SkillTurn, query = queryFromEntities(turn.text, turn.entities)): boolean {
  if (query.category || turn.entity('product')) return false;
  const narrows =
    query.colour !== undefined ||
    query.colourFamily !== undefined ||
    query.size !== undefined ||
    query.minPriceCents !== undefined ||
    query.maxPriceCents !== undefined;
  const short = (turn.text.match(WORD) ?? []).length <= 6 && (turn.text.match(HAN) ?? []).length <= 12;
  return narrows && short;
}

/** Remembers what the cards just shown were chosen by, so a narrowing follow-up keeps it. */
export function rememberQuery(turn: SkillTurn, query: CatalogQuery, words?: string): void {
  const { category, colour, colourFamily, size, minPriceCents, maxPriceCents, sort } = query;
  const kept: NonNullable<SkillTurn['state']['lastQuery']> = {
    ...(category !== undefined && { category }),
    ...(colour !== undefined && { colour }),
    ...(colourFamily !== undefined && { colourFamily }),
    ...(size !== undefined && { size }),
    ...(minPriceCents !== undefined && { minPriceCents }),
    ...(maxPriceCents !== undefined && { maxPriceCents }),
    ...(sort !== undefined && { sort }),
    ...(words !== undefined && { words }),
  };
  if (Object.keys(kept).length > 0) turn.state.lastQuery = kept;
  else delete turn.state.lastQuery;
}

/** The text with the words of these entities blanked out (all of them without `types`). */
export function textWithoutEntities(turn: Pick<SkillTurn, 'text' | 'entities'>, types?: readonly string[]): string {
  const spans = turn.entities.filter((e) => !types || types.includes(e.type)).sort((a, b) => b.start - a.start);
  let text = turn.text;
  for (const e of spans) text = `${text.slice(0, e.start)} ${text.slice(e.end)}`;
  return text;
}

/** Words that ask for something without saying what: "recommend", "something", "推荐", "适合". */
const ASKING_EN = new Set(
  `recommend recommendation recommendations suggest suggestion suggestions idea ideas something anything
  what which should wear buy get good nice great best better nicer some give pick choose help think would you me us
  my i we for please could can might maybe thing things item items product products option options
  other else new perfect ideal suitable under over below above less more than cheaper around about
  between budget max maximum show see look looking browse view all have got sell selling carry stock
  these those them she her him his they their like likes liked love loves prefer prefers want wants into fond`.split(
    /\s+/,
  ),
);
const ASKING_ZH =
  /推荐|建议|一下|什么|哪些|哪个|适合|买个|一个|他们|她们|他|她|喜欢|爱好是?|热爱|平时|比较|穿|买|一些|一款|一件|东西|商品|好看|合适|给我|帮我|可以|有没有|以下|以内|以上|左右|之间|预算|请|吗|呢|吧|的|了|我|要|想|[这那哪](双|个|件|款|条|只)|和|跟|与|更|一点/g;

/**
 * The shopper's own words for what they want, beyond the colour, size, category and price already
 * read as constraints: "for a summer wedding" → "summer wedding", "送妈妈的礼物" → "送妈妈 礼物",
 * "the wool coat in navy" → "wool". Undefined when the message only asks, or names nothing more.
 */
export function requestAbout(turn: Pick<SkillTurn, 'text' | 'entities'>): string | undefined {
  const text = textWithoutEntities(turn);
  const latin = (text.toLowerCase().match(/[a-z]+/g) ?? []).filter(
    (w) => w.length > 2 && !ASKING_EN.has(w) && !isStopword(stem(w)),
  );
  const han = text.replace(ASKING_ZH, ' ').match(/\p{Script=Han}{2,}/gu) ?? [];
  const words = [...latin, ...han];
  return words.length > 0 ? words.join(' ') : undefined;
}

/** Wider and wider queries, so "red dresses in XS under 20" can still show the nearest thing. */
export function relaxations(query: CatalogQuery): CatalogQuery[] {
  const steps: CatalogQuery[] = [query];
  const { size: _size, ...noSize } = query;
  if (query.size) steps.push(noSize);
  const { colour: _colour, colourFamily: _family, ...noColour } = noSize;
  if (query.colour || query.colourFamily) steps.push(noColour);
  const { minPriceCents: _min, maxPriceCents: _max, ...noPrice } = noColour;
  if (query.minPriceCents !== undefined || query.maxPriceCents !== undefined) steps.push(noPrice);
  return steps;
}
