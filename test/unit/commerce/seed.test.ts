import { loadShopPolicy } from '../../../src/commerce/policy/load-policy';
import { buildDemoShop } from '../../../src/commerce/seed/build-demo-shop';
import { seedDemoShop } from '../../../src/commerce/seed/seed-demo-shop';
import { DEMO_CATEGORIES } from '../../../src/commerce/types';
import { ORDER_STATUSES } from '../../../src/store/entities';
import { openTempStore, TEST_NOW, type TempStore } from '../../support/temp-store';

const policy = loadShopPolicy();
const now = new Date(TEST_NOW);
const rmaId = (i: number) => `RMA-${i}`;

describe('demo shop build', () => {
  const shop = buildDemoShop({ now, policy, rmaId });

  it('is the same for the same seed and differs for another', () => {
    expect(buildDemoShop({ now, policy, rmaId })).toEqual(shop);
    const other = buildDemoShop({ now, policy, rmaId, seed: 'another' });
    expect(other.events).not.toEqual(shop.events);
    // Showcase orders are fixed whatever the seed.
    expect(other.orders.find((o) => o.id === '10234')?.status).toBe('shipped');
  });

  it('has a catalogue across every category, in both languages', () => {
    expect(shop.products.length).toBeGreaterThanOrEqual(55);
    for (const category of DEMO_CATEGORIES) {
      expect(shop.products.filter((p) => p.category === category).length).toBeGreaterThanOrEqual(5);
    }
    for (const p of shop.products) {
      expect(p.name.en).toMatch(/[A-Za-z]/);
      expect(p.name.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.description.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.material?.zh).toBeTruthy();
      expect(p.imageUrl).toBe(`/assets/products/${p.id}.svg`);
      expect(p.variants.length).toBe(p.colours.length * p.sizes.length);
    }
    expect(shop.products.some((p) => p.finalSale)).toBe(true);
    expect(shop.products.some((p) => p.consumable)).toBe(true);
    expect(
      shop.products.some((p) => p.variants.some((v) => v.stock === 0) && p.variants.some((v) => v.stock > 0)),
    ).toBe(true);
    expect(new Set(shop.products.map((p) => p.id)).size).toBe(shop.products.length);
  });

  it('has customers in both languages, some with marketing consent', () => {
    expect(shop.customers).toHaveLength(25);
    expect(shop.customers.some((c) => c.lang === 'zh')).toBe(true);
    expect(shop.customers.some((c) => c.consents.some((k) => k.optedIn))).toBe(true);
    expect(shop.customers.every((c) => c.email?.endsWith('@example.com'))).toBe(true);
  });

  it('has orders in every status with consistent dates', () => {
    for (const status of ORDER_STATUSES) expect(shop.orders.some((o) => o.status === status)).toBe(true);
    for (const order of shop.orders) {
      expect(order.id).toMatch(/^\d{5}$/);
      expect(order.createdAt <= order.updatedAt).toBe(true);
      if (order.status === 'shipped') {
        expect(order.carrier && order.trackingNumber && order.expectedDeliveryAt).toBeTruthy();
        expect(order.expectedDeliveryAt! > TEST_NOW).toBe(true);
      }
      if (order.status === 'delivered') expect(order.deliveredAt! <= TEST_NOW).toBe(true);
    }
    expect(new Set(shop.orders.map((o) => o.id)).size).toBe(shop.orders.length);
    const finalSale = new Set(shop.products.filter((p) => p.finalSale).map((p) => p.id));
    expect(shop.orders.some((o) => o.items.some((i) => finalSale.has(i.productId)))).toBe(true);
  });

  it('ties returns to their orders', () => {
    expect(new Set(shop.returns.map((r) => r.status)).size).toBeGreaterThanOrEqual(3);
    for (const ret of shop.returns) {
      const order = shop.orders.find((o) => o.id === ret.orderId);
      expect(order?.customerId).toBe(ret.customerId);
    }
  });

  it('has an event history that reflects customer tastes', () => {
    expect(shop.events.length).toBeGreaterThan(500);
    expect(shop.events.length).toBeLessThan(5000);
    const types = new Set(shop.events.map((e) => e.type));
    expect([...types].sort()).toEqual(['cart_add', 'product_view', 'purchase']);
    expect(new Set(shop.events.map((e) => e.channel))).toEqual(new Set(['webchat', 'telegram', 'botframework']));
    const oldest = new Date(now.getTime() - 91 * 86_400_000).toISOString();
    expect(shop.events.every((e) => e.at >= oldest && e.at <= TEST_NOW)).toBe(true);
    expect(shop.events.filter((e) => e.type === 'purchase').every((e) => (e.valueCents ?? 0) > 0)).toBe(true);

    // Amelia likes dresses: most of her views are dresses.
    const category = new Map(shop.products.map((p) => [p.id, p.category]));
    const views = shop.events.filter((e) => e.customerId === 'cust-001' && e.type === 'product_view');
    const dresses = views.filter((e) => category.get(e.productId ?? '') === 'dresses').length;
    expect(dresses / views.length).toBeGreaterThan(0.3);
  });
});

describe('seedDemoShop', () => {
  let temp: TempStore;
  beforeAll(async () => {
    temp = await openTempStore();
  });
  afterAll(async () => {
    await temp.close();
  });

  it('fills an empty store once, then leaves it alone', async () => {
    const first = await seedDemoShop(temp.store, { clock: temp.clock });
    expect(first.seeded).toBe(true);
    expect(first.counts.products).toBe(await temp.store.products.count());
    expect(first.counts.orders).toBe(await temp.store.orders.count());
    expect((await temp.store.customers.list({ limit: 100 })).length).toBe(first.counts.customers);
    expect((await temp.store.events.list({ limit: 10_000 })).length).toBe(first.counts.events);

    const returns = await temp.store.returns.listByOrder('10243');
    expect(returns[0]?.id).toMatch(/^RMA-[0-9A-Z]{6}$/);
    expect((await temp.store.orders.get('10234'))?.email).toBe('amelia.hart@example.com');

    const again = await seedDemoShop(temp.store, { clock: temp.clock });
    expect(again.seeded).toBe(false);
    expect(await temp.store.orders.count()).toBe(first.counts.orders);
  });

  it('finishes a seed that was interrupted before the products were written', async () => {
    const interrupted = await openTempStore();
    try {
      const shop = buildDemoShop({ now: interrupted.clock.now(), policy, rmaId });
      for (const customer of shop.customers.slice(0, 10)) await interrupted.store.customers.create(customer);
      for (const event of shop.events.slice(0, 50)) await interrupted.store.events.append(event);

      const result = await seedDemoShop(interrupted.store, { clock: interrupted.clock });
      expect(result.seeded).toBe(true);
      expect((await interrupted.store.customers.list({ limit: 100 })).length).toBe(25);
      expect((await interrupted.store.events.list({ limit: 10_000 })).length).toBe(shop.events.length);
      expect(await interrupted.store.products.count()).toBe(shop.products.length);
    } finally {
      await interrupted.close();
    }
  });
});
