/** An embedded store in a fresh temporary directory, with a clock the test moves. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoShop } from '../../src/commerce/seed/seed-demo-shop';
import { ManualClock } from '../../src/core/clock';
import { silentLogger } from '../../src/core/logger';
import type { Order } from '../../src/store/entities';
import { openStore } from '../../src/store/open-store';
import type { Store } from '../../src/store/repositories';

export const TEST_NOW = '2026-03-02T10:00:00.000Z';

export interface TempStore {
  store: Store;
  clock: ManualClock;
  close(): Promise<void>;
}

export async function openTempStore(clock = new ManualClock(TEST_NOW)): Promise<TempStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'concierge-test-store-'));
  const store = await openStore({ dataDir, log: silentLogger(), clock });
  return {
    store,
    clock,
    async close() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A temporary store holding the demo shop, for the services that read its products and orders. */
export async function openDemoShopStore(): Promise<TempStore> {
  const temp = await openTempStore();
  await seedDemoShop(temp.store, { clock: temp.clock });
  return temp;
}

/** An order of the demo shop a test relies on; throws when the seed no longer has it. */
export async function demoOrder(store: Store, id: string): Promise<Order> {
  const found = await store.orders.get(id);
  if (!found) throw new Error(`seed is missing order ${id}`);
  return found;
}
