/** Product cards: the same shape for search results, details and recommendations. */
import { familyColours } from '../../commerce/catalog/lexicon';
import type { Card } from '../../core/message';
import { payloads } from '../../dialogue/payload';
import type { Product } from '../../store/entities';
import { list, localized, money } from '../format';
import type { SkillTurn } from '../types';

export function productCard(turn: SkillTurn, product: Product, subtitle?: string): Card {
  const lang = turn.ctx.lang;
  const card: Card = {
    id: product.id,
    title: localized(product.name, lang),
    price: money(product.priceCents, product.currency, lang),
    buttons: [
      { label: turn.t('card.details'), payload: payloads.product(product.id) },
      { label: turn.t('card.more_like'), payload: payloads.moreLike(product.id) },
    ],
  };
  const page = productPage(turn, product);
  if (page) card.buttons?.push({ label: turn.t('card.view_in_shop'), url: page });
  if (product.imageUrl) card.imageUrl = product.imageUrl;
  if (subtitle) card.subtitle = subtitle;
  return card;
}

/** The product's page in the shop, when the policy says where product pages live. */
export function productPage(turn: SkillTurn, product: Product): string | undefined {
  const template = turn.deps.policy.productPageUrl;
  return template?.replace('{id}', encodeURIComponent(product.id));
}

/** Colour keys in the shopper's language ("navy" → "藏青色"), falling back to the key. */
export function colourName(turn: SkillTurn, colour: string): string {
  return turn.tOr(`colour.${colour}`, colour);
}

/** "In navy and cream": the colours a product comes in of a family asked for ("neutral colours"). */
export function familyColoursLine(turn: SkillTurn, product: Product, family: string): string | undefined {
  const colours = product.colours.filter((c) => familyColours(family).includes(c));
  if (colours.length === 0) return undefined;
  return turn.t('product.in_colours', {
    colours: list(
      colours.map((c) => colourName(turn, c)),
      turn.ctx.lang,
    ),
  });
}
