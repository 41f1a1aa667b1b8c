/**
 * Fills an empty store with the demo shop, so a newcomer's first `npm start` has something to talk
 * about. A store that already has products is left alone.
 */
import type { Clock } from '../../core/clock';
import type { Store } from '../../store/repositories';
import { loadShopPolicy } from '../policy/load-policy';
import { reserveRmaSequence, rmaIdFor } from '../returns/rma-id';
import type { ShopPolicy } from '../types';
import { buildDemoShop } from './build-demo-shop';

export interface SeedCounts {
  products: number;
  customers: number;
  orders: number;
  returns: number;
  events: number;
}

export async function seedDemoShop(
  store: Store,
  options: { clock: Clock; seed?: string | number; policy?: ShopPolicy },
): Promise<{ seeded: boolean; counts: SeedCounts }> {
  const empty: SeedCounts = { products: 0, customers: 0, orders: 0, returns: 0, events: 0 };
  if ((await store.products.count()) > 0) return { seeded: false, counts: empty };

  const now = options.clock.now();
  const policy = options.policy ?? loadShopPolicy();
  // Dry run to learn how many RMA numbers to reserve, then the real build with reserved numbers.
  const returnCount = buildDemoShop({ now, policy, seed: options.seed, rmaId: () => '' }).returns.length;
  const first = returnCount > 0 ? await reserveRmaSequence(store.kv, now, returnCount) : 1;
  const shop = buildDemoShop({ now, policy, seed: options.seed, rmaId: (i) => rmaIdFor(first + i) });

  for (const product of shop.products) await store.products.upsert(product);
  for (const customer of shop.customers) await store.customers.create(customer);
  for (const order of shop.orders) await store.orders.create(order);
  for (const ret of shop.returns) await store.returns.create(ret);
  for (const event of shop.events) await store.events.append(event);

  return {
    seeded: true,
    counts: {
      products: shop.products.length,
      customers: shop.customers.length,
      orders: shop.orders.length,
      returns: shop.returns.length,
      events: shop.events.length,
    },
  };
}
