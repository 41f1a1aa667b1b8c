/**
 * Fills an empty store with the demo shop, so a newcomer's first `npm start` has something to talk
 * about. A store that already has products is left alone.
 */
import type { Clock } from '../../core/clock';
import { DuplicateError } from '../../core/errors';
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

const RMA_START_KEY = 'demo-seed:rma-start';

async function unlessPresent(write: Promise<unknown>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if (!(error instanceof DuplicateError)) throw error;
  }
}

/**
 * The first RMA sequence number of the seeded returns, reserved once and remembered, so a resumed
 * seed gives its returns the same numbers as the interrupted one.
 */
async function rmaSequenceStart(store: Store, now: Date, policy: ShopPolicy, seed?: string | number): Promise<number> {
  const remembered = await store.kv.get(RMA_START_KEY);
  if (remembered !== null) return Number(remembered);
  const count = buildDemoShop({ now, policy, seed, rmaId: () => '' }).returns.length;
  const first = await reserveRmaSequence(store.kv, now, Math.max(count, 1));
  await store.kv.set(RMA_START_KEY, String(first));
  return first;
}

export async function seedDemoShop(
  store: Store,
  options: { clock: Clock; seed?: string | number; policy?: ShopPolicy },
): Promise<{ seeded: boolean; counts: SeedCounts }> {
  const empty: SeedCounts = { products: 0, customers: 0, orders: 0, returns: 0, events: 0 };
  if ((await store.products.count()) > 0) return { seeded: false, counts: empty };

  const now = options.clock.now();
  const policy = options.policy ?? loadShopPolicy();
  const first = await rmaSequenceStart(store, now, policy, options.seed);
  const shop = buildDemoShop({ now, policy, seed: options.seed, rmaId: (i) => rmaIdFor(first + i) });

  // Products go last: they mark the seed as done, so an interrupted seed runs again on the next start
  // and skips what it already wrote.
  for (const customer of shop.customers) await unlessPresent(store.customers.create(customer));
  for (const order of shop.orders) await unlessPresent(store.orders.create(order));
  for (const ret of shop.returns) await unlessPresent(store.returns.create(ret));
  for (const event of shop.events) await unlessPresent(store.events.append(event));
  for (const product of shop.products) await store.products.upsert(product);

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
