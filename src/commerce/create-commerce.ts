/**
 * Wires the commerce services over one store, so server.ts needs a single call.
 */
import type { Clock } from '../core/clock';
import type { Store } from '../store/repositories';
import { StoreCatalogService } from './catalog/catalog-service';
import { EventPopularity } from './catalog/popularity';
import { StoreCustomerService } from './customers/customer-service';
import { StoreOrderService, type VerifyLimits } from './orders/order-service';
import { loadShopPolicy } from './policy/load-policy';
import { StoreReturnsService } from './returns/returns-service';
import type { ShopPolicy } from './types';

export interface Commerce {
  policy: ShopPolicy;
  catalog: StoreCatalogService;
  orders: StoreOrderService;
  returns: StoreReturnsService;
  customers: StoreCustomerService;
}

export function createCommerce(options: {
  store: Store;
  clock: Clock;
  /** Defaults to the built-in demo policy. */
  policy?: ShopPolicy;
  verifyLimits?: VerifyLimits;
  catalogCacheTtlMs?: number;
}): Commerce {
  const { store, clock } = options;
  const policy = options.policy ?? loadShopPolicy();
  return {
    policy,
    catalog: new StoreCatalogService({
      products: store.products,
      clock,
      popularity: new EventPopularity({ events: store.events, clock }),
      ...(options.catalogCacheTtlMs !== undefined && { cacheTtlMs: options.catalogCacheTtlMs }),
    }),
    orders: new StoreOrderService({
      orders: store.orders,
      events: store.events,
      kv: store.kv,
      products: store.products,
      ...(options.verifyLimits && { limits: options.verifyLimits }),
    }),
    returns: new StoreReturnsService({
      returns: store.returns,
      products: store.products,
      events: store.events,
      kv: store.kv,
      policy,
    }),
    customers: new StoreCustomerService({ store }),
  };
}
