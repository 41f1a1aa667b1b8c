/**
 * "What's the difference between the wool overcoat and the rain parka?": the products named, side by
 * side (price, description, material, colours, sizes), with their cards, rather than the first one alone.
 */
import { rememberShown } from '../../dialogue/references';
import type { Product } from '../../store/entities';
import { list, localized, money } from '../format';
import type { SkillTurn } from '../types';
import { colourName, productCard } from './cards';
import { namedValues } from './query';
import { sizesOf } from './size-chart';

/** The distinct products the message names, in the order it names them (at most three). */
export function namedProducts(turn: SkillTurn): string[] {
  return namedValues(turn.entities, 'product').slice(0, 3);
}

/** "What's the difference between them?", "compare the two", "这两双有什么区别". */
const ASKS_DIFFERENCE =
  /\b(differences?|differ|compare|comparison|versus|vs\.?)\b|区别|差别|差异|有什么不同|有啥不同|哪里不一样|对比|比较一下/i;

/**
 * True for "what's the difference between them?" under two or three cards and no product named: those
 * cards side by side. It asked "which one do you mean?" (or fell back), though it meant both.
 */
export function asksDifferenceOfShown(turn: SkillTurn): boolean {
  const shown = turn.state.lastShown?.length ?? 0;
  return shown >= 2 && shown <= 3 && namedProducts(turn).length === 0 && ASKS_DIFFERENCE.test(turn.text);
}

export async function compareProducts(turn: SkillTurn, ids: readonly string[]): Promise<void> {
  const found = await Promise.all(ids.map((id) => turn.deps.catalog.get(id)));
  const products = found.filter((p): p is Product => p !== null);
  const lang = turn.ctx.lang;
  const lines = products.map((p) =>
    turn.t('product.compare_line', {
      name: localized(p.name, lang),
      price: money(p.priceCents, p.currency, lang),
      // The product's own words are where two alike differ most ("grippy lugs for muddy paths").
      description: localized(p.description, lang),
      material: p.material ? localized(p.material, lang) : turn.t('product.material_unknown'),
      colours: list(
        p.colours.map((c) => colourName(turn, c)),
        lang,
      ),
      sizes: sizesOf(p, lang),
    }),
  );
  rememberShown(turn, products);
  turn.say('product.compare', { lines: lines.join('\n') }, { cards: products.map((p) => productCard(turn, p)) });
}
