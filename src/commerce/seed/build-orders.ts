/**
 * The demo shop's order history: the fixed showcase orders plus a seeded background of past orders
 * shaped by each customer's tastes and activity, and the returns that belong to them.
 */
import type { Order, OrderStatus, Product, ReturnRequest, ReturnStatus } from '../../store/entities';
import type { ShopPolicy } from '../types';
import { skuFor } from './build-products';
import type { CustomerDef } from './customers-data';
import { buildOrder, type OrderLine, orderItem } from './order-factory';
import type { Prng } from './prng';
import { SHOWCASE_ORDERS } from './showcase-orders';

const DAY_MS = 86_400_000;
const FIRST_BACKGROUND_ORDER = 10001;
const ORDERS_BY_ACTIVITY = { high: [4, 6], medium: [2, 4], low: [1, 2] } as const;

export interface BuiltOrders {
  orders: Order[];
  returns: ReturnRequest[];
}

function lineFor(products: Map<string, Product>, productId: string, colour: string, size: string, quantity = 1) {
  const product = products.get(productId);
  if (!product?.colours.includes(colour) || !product.sizes.includes(size)) {
    throw new Error(`showcase order refers to a missing variant: ${productId} ${colour} ${size}`);
  }
  return { product, colour, size, quantity };
}

/** A product from one of the customer's favourite categories most of the time. */
function pickLine(rng: Prng, customer: CustomerDef, byCategory: Map<string, Product[]>, sizes: Sizes): OrderLine {
  const categories = [...byCategory.keys()];
  const [first, second] = customer.likes;
  const category = rng.chance(0.75) && first ? (second && rng.chance(0.4) ? second : first) : rng.pick(categories);
  const product = rng.pick(byCategory.get(category) ?? byCategory.get(categories[0] ?? '') ?? []);
  const preferred = category === 'shoes' ? sizes.shoe : sizes.clothing;
  const size = product.sizes.includes(preferred) ? preferred : rng.pick(product.sizes);
  return { product, colour: rng.pick(product.colours), size, quantity: product.consumable ? rng.int(1, 3) : 1 };
}

interface Sizes {
  clothing: string;
  shoe: string;
}

function backgroundStatus(rng: Prng, ageDays: number): OrderStatus {
  if (ageDays <= 4) return rng.chance(0.5) ? 'shipped' : 'delivered';
  return rng.weighted<OrderStatus>([
    ['delivered', 0.88],
    ['cancelled', 0.06],
    ['returned', 0.06],
  ]);
}

function returnFor(order: Order, status: ReturnStatus, id: string, reason: string): ReturnRequest {
  const refundCents = order.items.reduce((sum, i) => sum + i.unitPriceCents * i.quantity, 0);
  const createdAt = new Date(new Date(order.deliveredAt ?? order.createdAt).getTime() + 2 * DAY_MS).toISOString();
  const ret: ReturnRequest = {
    id,
    orderId: order.id,
    customerId: order.customerId,
    items: order.items.map((i) => ({ productId: i.productId, sku: i.sku, quantity: i.quantity })),
    reason,
    status,
    refundCents,
    createdAt,
    // ISO strings order like the dates they name.
    updatedAt: [order.updatedAt, createdAt].sort()[1] ?? createdAt,
  };
  if (status === 'refunded') ret.refundedAt = order.updatedAt;
  return ret;
}

const RETURN_REASONS = ['too small', 'too big', 'not as pictured', 'changed my mind', 'arrived damaged'];

export function buildOrders(input: {
  rng: Prng;
  now: Date;
  products: Product[];
  customers: CustomerDef[];
  policy: ShopPolicy;
  /** RMA ids for the returns, in creation order (reserved from the store's counter). */
  rmaId: (index: number) => string;
}): BuiltOrders {
  const { rng, now, policy } = input;
  const products = new Map(input.products.map((p) => [p.id, p]));
  const customers = new Map(input.customers.map((c) => [c.id, c]));
  const byCategory = new Map<string, Product[]>();
  for (const p of input.products) byCategory.set(p.category, [...(byCategory.get(p.category) ?? []), p]);

  const orders: Order[] = [];
  const returns: ReturnRequest[] = [];
  const addReturn = (order: Order, status: ReturnStatus) =>
    returns.push(returnFor(order, status, input.rmaId(returns.length), rng.pick(RETURN_REASONS)));

  for (const show of SHOWCASE_ORDERS) {
    const customer = customers.get(show.customerId);
    if (!customer) throw new Error(`showcase order ${show.id} refers to unknown customer ${show.customerId}`);
    const items = show.items.map((i) => {
      const line = lineFor(products, i.productId, i.colour, i.size, i.quantity);
      return orderItem(line, skuFor(i.productId, i.colour, i.size));
    });
    const anchor = new Date(now.getTime() - show.daysAgo * DAY_MS);
    const order = buildOrder({
      id: show.id,
      customer,
      status: show.status,
      anchor,
      shipping: show.shipping,
      items,
      policy,
      rng,
    });
    orders.push(order);
    if (show.returnStatus) addReturn(order, show.returnStatus);
  }

  let nextId = FIRST_BACKGROUND_ORDER;
  for (const customer of input.customers) {
    const sizes: Sizes = { clothing: rng.pick(['XS', 'S', 'M', 'M', 'L', 'XL']), shoe: String(rng.int(36, 45)) };
    const [min, max] = ORDERS_BY_ACTIVITY[customer.activity];
    const count = rng.int(min, max);
    for (let n = 0; n < count; n++) {
      // Half of the history falls in the last quarter, where the event log lives.
      const ageDays = rng.chance(0.5) ? rng.int(3, 90) : rng.int(91, 400);
      const status = backgroundStatus(rng, ageDays);
      const lineCount = rng.weighted([
        [1, 0.55],
        [2, 0.3],
        [3, 0.15],
      ] as const);
      const lines = new Map<string, OrderLine>();
      for (let i = 0; i < lineCount; i++) {
        const line = pickLine(rng, customer, byCategory, sizes);
        lines.set(skuFor(line.product.id, line.colour, line.size), line);
      }
      const items = [...lines].map(([sku, line]) => orderItem(line, sku));
      const anchor = new Date(now.getTime() - ageDays * DAY_MS - rng.int(0, 600) * 60_000);
      const shipping = rng.weighted([
        ['standard', 0.7],
        ['express', 0.2],
        ['next-day', 0.1],
      ] as const);
      const order = buildOrder({ id: String(nextId++), customer, status, anchor, shipping, items, policy, rng });
      orders.push(order);
      if (status === 'returned') addReturn(order, 'refunded');
    }
  }
  return { orders, returns };
}
