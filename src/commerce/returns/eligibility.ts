/**
 * Which items of an order may still be returned, and why not when they may not. Pure: the caller
 * supplies the products and the order's existing returns.
 */
import type { Order, Product, ReturnRequest } from '../../store/entities';
import type { ItemEligibility, ShopPolicy } from '../types';

const DAY_MS = 86_400_000;

/** Returns that still hold their items (a rejected request frees them again). */
export function activeReturns(returns: ReturnRequest[]): ReturnRequest[] {
  return returns.filter((r) => r.status !== 'rejected');
}

/** The last moment a return may be requested, or undefined when the order has not been delivered. */
export function returnDeadline(order: Order, policy: Pick<ShopPolicy, 'returns'>): Date | undefined {
  if (!order.deliveredAt) return undefined;
  return new Date(new Date(order.deliveredAt).getTime() + policy.returns.windowDays * DAY_MS);
}

export function isFinalSale(product: Product | undefined, policy: Pick<ShopPolicy, 'returns'>): boolean {
  if (!product) return false;
  return product.finalSale || policy.returns.finalSaleCategories.includes(product.category);
}

export function itemEligibility(input: {
  order: Order;
  products: Map<string, Product>;
  returns: ReturnRequest[];
  policy: Pick<ShopPolicy, 'returns'>;
  now: Date;
}): ItemEligibility[] {
  const { order, products, policy, now } = input;
  const returnedSkus = new Set(activeReturns(input.returns).flatMap((r) => r.items.map((i) => i.sku)));
  const deadline = returnDeadline(order, policy);

  return order.items.map((item): ItemEligibility => {
    const base = { productId: item.productId, sku: item.sku };
    if (order.status === 'returned' || returnedSkus.has(item.sku)) {
      return { ...base, eligible: false, reason: 'already_returned' };
    }
    if (order.status !== 'delivered' || !deadline) return { ...base, eligible: false, reason: 'not_delivered' };
    if (isFinalSale(products.get(item.productId), policy)) return { ...base, eligible: false, reason: 'final_sale' };
    if (now.getTime() > deadline.getTime()) return { ...base, eligible: false, reason: 'window_closed' };
    return { ...base, eligible: true };
  });
}
