/**
 * "Can I reorder it?", "order the same again", "再买一次" right after an order was discussed: that
 * order's products, as cards to open in the shop. The bot has no basket, so it shows what to buy
 * rather than placing an order itself. Products no longer sold are said to be gone.
 */
import { discussingOrder, rememberShown } from '../../dialogue/references';
import type { Product } from '../../store/entities';
import { productCard } from '../products/cards';
import type { SkillTurn } from '../types';
import { loadOrder } from './verification';

const REORDER =
  /\b(re-?order|order (it|them|that|this|those|these|the same( things?| items?)?) again|buy (it|them|that|the same( things?)?) again|same again|get (it|them) again)\b|再买|再下单|重新下单|再订|再来一(单|份|件)/i;

/** True for a wish to buy the order just discussed again. */
export function asksReorder(turn: SkillTurn): boolean {
  return discussingOrder(turn) && REORDER.test(turn.text);
}

export async function showReorder(turn: SkillTurn): Promise<void> {
  const orderId = turn.state.lastOrderId;
  const order = orderId ? await loadOrder(turn, orderId) : null;
  if (!order) return turn.say('order.reorder_unknown');
  const seen = new Set<string>();
  const products: Product[] = [];
  for (const item of order.items) {
    if (seen.has(item.productId)) continue;
    seen.add(item.productId);
    const product = await turn.deps.catalog.get(item.productId);
    if (product) products.push(product);
  }
  if (products.length === 0) return turn.say('order.reorder_gone', { order: order.id });
  // "The first one" and "it" now mean these cards.
  rememberShown(turn, products, { newTopic: true });
  turn.say('order.reorder', { order: order.id }, { cards: products.map((p) => productCard(turn, p)) });
}
