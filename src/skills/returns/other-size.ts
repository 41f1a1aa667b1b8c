/**
 * A return for fit: the shop does not swap items (see the policy's `exchanges`), so the shopper who
 * sends back a dress for being too big still needs the smaller one. Right after the return is
 * booked, the next size down (or up) of the same item and colour, with whether it is in stock now,
 * so it can be ordered without waiting for the refund.
 */
import type { OrderItem, Product } from '../../store/entities';
import { localized, variantText } from '../format';
import { colourName, productCard } from '../products/cards';
import type { SkillTurn } from '../types';

const STEP: Record<string, number> = { too_big: -1, too_small: 1 };

/** The size next to `size` in the product's own order of sizes, in the direction the reason says. */
export function otherSize(product: Product, size: string, reason: string): string | undefined {
  const step = STEP[reason];
  const at = product.sizes.indexOf(size);
  if (step === undefined || at < 0) return undefined;
  return product.sizes[at + step];
}

/** Offered after the return of one item; `item` is that item. */
export async function offerOtherSize(turn: SkillTurn, item: OrderItem, reason: string): Promise<void> {
  if (!item.size || STEP[reason] === undefined) return;
  const { catalog } = turn.deps;
  const product = await catalog.get(item.productId);
  if (!product?.active) return;
  const size = otherSize(product, item.size, reason);
  if (!size) return;
  const lang = turn.ctx.lang;
  const variant = variantText({ colour: item.colour, size }, lang, (c) => colourName(turn, c));
  const params = { name: localized(product.name, lang), size, variant };
  const inStock = catalog.stock(product, { size, ...(item.colour ? { colour: item.colour } : {}) }) > 0;
  if (!inStock) return turn.say('return.other_size_out', params);
  turn.say('return.other_size', params, { cards: [productCard(turn, product)] });
}
