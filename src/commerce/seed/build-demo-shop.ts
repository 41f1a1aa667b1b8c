/**
 * The whole demo shop as plain data, computed from a seed and a moment in time. Pure, so tests can
 * compare two builds and the docs can be generated from the same source.
 */
import type { Customer, Order, Product, ReturnRequest } from '../../store/entities';
import type { ShopPolicy } from '../types';
import { buildEvents, type SeedEvent } from './build-events';
import { buildOrders } from './build-orders';
import { buildProducts } from './build-products';
import { type CustomerDef, DEMO_CUSTOMERS } from './customers-data';
import { Prng } from './prng';

export const DEFAULT_DEMO_SEED = 'maple-and-thread';

export interface DemoShop {
  products: Product[];
  customers: Customer[];
  orders: Order[];
  returns: ReturnRequest[];
  events: SeedEvent[];
}

function toCustomer(def: CustomerDef, now: Date, index: number): Customer {
  // Joined over the past two years, before their first order could have been placed.
  const createdAt = new Date(now.getTime() - (730 - index * 9) * 86_400_000).toISOString();
  return {
    id: def.id,
    name: def.name,
    email: def.email,
    phone: def.phone,
    lang: def.lang,
    timezone: def.timezone,
    consents: def.optedIn.map((channel) => ({ channel, optedIn: true, at: createdAt })),
    createdAt,
    updatedAt: createdAt,
  };
}

export function buildDemoShop(input: {
  now: Date;
  policy: ShopPolicy;
  seed?: string | number;
  /** RMA id of the n-th seeded return (0-based). */
  rmaId: (index: number) => string;
}): DemoShop {
  const { now, policy } = input;
  // Separate streams per part, so adding a product does not reshuffle every order and event.
  const seed = String(input.seed ?? DEFAULT_DEMO_SEED);
  const products = buildProducts(new Prng(`${seed}:products`), now, policy.currency);
  const { orders, returns } = buildOrders({
    rng: new Prng(`${seed}:orders`),
    now,
    products,
    customers: DEMO_CUSTOMERS,
    policy,
    rmaId: input.rmaId,
  });
  const events = buildEvents({ rng: new Prng(`${seed}:events`), now, products, customers: DEMO_CUSTOMERS, orders });
  return {
    products,
    customers: DEMO_CUSTOMERS.map((def, i) => toCustomer(def, now, i)),
    orders,
    returns,
    events,
  };
}
