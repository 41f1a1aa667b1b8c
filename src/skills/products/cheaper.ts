/**
 * "Anything cheaper?" / "有便宜点的吗" after cards or a product: the same kind of thing for less than
 * the cheapest one just shown. Out of context the words mean nothing, so only the products skill's
 * preempt sends a message here, and only when something was shown.
 */
import { rememberShown, shownProducts } from '../../dialogue/references';
import type { Product } from '../../store/entities';
import { localized, money } from '../format';
import type { SkillTurn } from '../types';
import { productCard } from './cards';

const EN_CHEAPER = /\b(cheaper|less expensive|lower[- ]priced|more affordable|lower prices?|on a budget)\b/i;
const ZH_CHEAPER = /便宜|实惠|价格低|价位低|低一点的价|不那么贵|平价/;

const ABOUT_SHIPPING = /deliver|shipping|postage|courier|运费|快递|配送|邮费|物流/i;

/** "Cheaper delivery?", "the cheapest shipping": about shipping, not products. */
export function aboutShipping(text: string): boolean {
  return ABOUT_SHIPPING.test(text);
}

export function asksForCheaper(text: string): boolean {
  return (EN_CHEAPER.test(text) || ZH_CHEAPER.test(text)) && !aboutShipping(text);
}

/**
 * What "cheaper" is measured against: the product opened from the cards on screen (or the only one
 * discussed), else the cards themselves. A product opened before those cards were shown is not it.
 */
async function basis(turn: SkillTurn): Promise<Product[]> {
  const shown = await shownProducts(turn);
  const lastId = turn.state.lastProductId;
  if (lastId && (shown.length === 0 || shown.some((p) => p.id === lastId))) {
    const last = await turn.deps.catalog.get(lastId);
    if (last) return [last];
  }
  return shown;
}

/** The category most of the products share (all of one product's), or none for a mixed set of cards. */
function sharedCategory(products: readonly Product[]): string | undefined {
  const counts = new Map<string, number>();
  for (const p of products) counts.set(p.category, (counts.get(p.category) ?? 0) + 1);
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return top && top[1] * 2 > products.length ? top[0] : undefined;
}

export async function showCheaper(turn: SkillTurn): Promise<void> {
  const products = await basis(turn);
  // Mixed recommendations (shoes, a belt, a coat) have no one kind to stay within: then "cheaper"
  // is anything for less. Otherwise the cheapest of that kind is the mark, not a belt among dresses.
  const category = sharedCategory(products);
  const cheapest = products
    .filter((p) => !category || p.category === category)
    .reduce<Product | undefined>((low, p) => (!low || p.priceCents < low.priceCents ? p : low), undefined);
  if (!cheapest) {
    turn.say('product.which');
    return;
  }
  const price = money(cheapest.priceCents, cheapest.currency, turn.ctx.lang);
  const found = await turn.deps.catalog.search({
    ...(category ? { category } : {}),
    maxPriceCents: cheapest.priceCents - 1,
    inStockOnly: true,
    limit: 5,
  });
  if (found.length === 0) {
    const name = localized(cheapest.name, turn.ctx.lang);
    if (!category) return turn.say('product.none_cheaper_any', { name, price });
    turn.say('product.none_cheaper', { name, price, category: turn.tOr(`category.${category}`, category) });
    return;
  }
  rememberShown(turn, found, { newTopic: true });
  turn.say('product.cheaper', { price }, { cards: found.map((p) => productCard(turn, p)) });
}
