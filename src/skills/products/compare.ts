/**
 * "What's the difference between the wool overcoat and the rain parka?": the products named, side by
 * side (price, material, colours, sizes), with their cards, rather than the first one alone.
 */
import { rememberShown } from '../../dialogue/references';
import type { Product } from '../../store/entities';
import { list, localized, money } from '../format';
import type { SkillTurn } from '../types';
import { colourName, productCard } from './cards';
import { sizesOf } from './info';
import { namedValues } from './query';

/** The distinct products the message names, in the order it names them (at most three). */
export function namedProducts(turn: SkillTurn): string[] {
  return namedValues(turn.entities, 'product').slice(0, 3);
}

export async function compareProducts(turn: SkillTurn, ids: readonly string[]): Promise<void> {
  const found = await Promise.all(ids.map((id) => turn.deps.catalog.get(id)));
  const products = found.filter((p): p is Product => p !== null);
  const lang = turn.ctx.lang;
  const lines = products.map((p) =>
    turn.t('product.compare_line', {
      name: localized(p.name, lang),
      price: money(p.priceCents, p.currency, lang),
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
