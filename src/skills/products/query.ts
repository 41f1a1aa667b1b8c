/** Turns the entities of a message into catalog constraints: "red dresses under 50", "黑色的42码跑鞋". */
import type { CatalogQuery } from '../../commerce/types';
import type { Entity } from '../../nlu/types';
import type { SkillTurn } from '../types';

const MIN_CUE_EN = /\b(over|above|more than|at least|from|starting at|min(imum)?)\s*$/i;
const MIN_CUE_ZH = /(以上|起|多于)$/;
const MIN_BEFORE_ZH = /(高于|超过|多于|至少)\s*$/;

/** A price written after "under" caps the price; after "over" (or before "以上") it is a floor. */
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
    const isMin = MIN_CUE_EN.test(before) || MIN_BEFORE_ZH.test(before) || MIN_CUE_ZH.test(after.trim().slice(0, 2));
    if (isMin) range.minPriceCents = cents;
    else range.maxPriceCents = cents;
  }
  return range;
}

export function queryFromEntities(text: string, entities: readonly Entity[]): CatalogQuery {
  const query: CatalogQuery = {};
  const value = (type: Entity['type']) => entities.find((e) => e.type === type)?.value;
  // "Denim jackets" names two categories (denim is also jeans): the free text, where every word
  // must match, picks the product; a category filter would keep only one of them.
  const categories = new Set(entities.filter((e) => e.type === 'category').map((e) => e.value));
  const category = categories.size === 1 ? value('category') : undefined;
  const colour = value('colour');
  const size = value('size');
  if (category) query.category = category;
  if (colour) query.colour = colour;
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
  const query = queryFromEntities(turn.text, turn.entities);
  const lastCategory = turn.state.lastCategory;
  if (query.category || !lastCategory || turn.entity('product')) return query;
  const narrows =
    query.colour !== undefined ||
    query.size !== undefined ||
    query.minPriceCents !== undefined ||
    query.maxPriceCents !== undefined;
  const short = (turn.text.match(WORD) ?? []).length <= 6 && (turn.text.match(HAN) ?? []).length <= 12;
  return narrows && short ? { ...query, category: lastCategory } : query;
}

/** Remembers the category cards were just shown for, so a narrowing follow-up keeps it. */
export function rememberCategory(turn: SkillTurn, category: string | undefined): void {
  if (category) turn.state.lastCategory = category;
  else delete turn.state.lastCategory;
}

/** Wider and wider queries, so "red dresses in XS under 20" can still show the nearest thing. */
export function relaxations(query: CatalogQuery): CatalogQuery[] {
  const steps: CatalogQuery[] = [query];
  const { size: _size, ...noSize } = query;
  if (query.size) steps.push(noSize);
  const { colour: _colour, ...noColour } = noSize;
  if (query.colour) steps.push(noColour);
  const { minPriceCents: _min, maxPriceCents: _max, ...noPrice } = noColour;
  if (query.minPriceCents !== undefined || query.maxPriceCents !== undefined) steps.push(noPrice);
  return steps;
}
