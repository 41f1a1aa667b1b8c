import { RecommendationService } from '../../../src/recommend/service';
import type { Product } from '../../../src/store/entities';
import { openTempStore, type TempStore } from '../../support/temp-store';
import { product } from './support/products';

const CATALOGUE: Product[] = [
  product('linen-dress', { en: 'Linen Wrap Dress', zh: '亚麻裹身连衣裙', category: 'dresses', priceCents: 8900 }),
  product('silk-dress', { en: 'Silk Slip Dress', zh: '真丝吊带裙', category: 'dresses', priceCents: 12000 }),
  product('midi-dress', { en: 'Knitted Midi Dress', zh: '针织中长连衣裙', category: 'dresses', priceCents: 9500 }),
  product('sandals', { en: 'Strappy Leather Sandals', zh: '细带皮凉鞋', category: 'shoes', priceCents: 6900 }),
  product('trainers', { en: 'Canvas Low Trainers', zh: '帆布低帮运动鞋', category: 'shoes', priceCents: 4900 }),
  product('tote', { en: 'Canvas Market Tote', zh: '帆布购物托特包', category: 'bags', priceCents: 3900 }),
  product('fig-candle', {
    en: 'Fig & Cedar Candle',
    zh: '无花果雪松香薰蜡烛',
    category: 'home',
    consumable: true,
    tags: ['candle'],
  }),
  product('amber-candle', { en: 'Amber Candle', zh: '琥珀蜡烛', category: 'home', consumable: true, tags: ['candle'] }),
  product('sold-out-dress', { en: 'Sold Out Dress', zh: '售罄连衣裙', category: 'dresses', stock: 0 }),
];

let t: TempStore;
let minute = 0;

async function event(customerId: string, type: string, productId: string): Promise<void> {
  minute++;
  const at = new Date(t.clock.now().getTime() - 86_400_000 + minute * 60_000).toISOString();
  await t.store.events.append({ customerId, type, productId, at });
}

/** Shoppers who like dresses with sandals, and candle buyers. */
async function history(): Promise<void> {
  for (const c of ['c1', 'c2', 'c3', 'c4']) {
    await event(c, 'product_view', 'linen-dress');
    await event(c, 'product_view', 'sandals');
    await event(c, 'purchase', 'sandals');
  }
  for (const c of ['c5', 'c6']) {
    await event(c, 'product_view', 'fig-candle');
    await event(c, 'purchase', 'fig-candle');
  }
  await event('c7', 'product_view', 'trainers');
}

function service(options = {}) {
  return new RecommendationService({ products: t.store.products, events: t.store.events, clock: t.clock, options });
}

beforeEach(async () => {
  t = await openTempStore();
  minute = 0;
  for (const p of CATALOGUE) await t.store.products.upsert(p);
  await history();
});

afterEach(async () => {
  await t.close();
});

describe('RecommendationService', () => {
  it('gives a newcomer the trending products, explained as popular', async () => {
    const recs = await service().recommend({ customerId: 'newcomer', limit: 3 });
    expect(recs.map((r) => r.reason.kind)).toEqual(['popular', 'popular', 'popular']);
    expect(recs[0]?.product.id).toBe('sandals'); // most event weight
    expect(recs.every((r) => r.product.id !== 'sold-out-dress')).toBe(true);
  });

  it('suggests what similar shoppers went on to buy, with the product it stems from', async () => {
    await event('me', 'product_view', 'linen-dress');
    const recs = await service().recommend({ customerId: 'me', limit: 3 });
    const sandals = recs.find((r) => r.product.id === 'sandals');
    expect(recs[0]?.product.id).toBe('sandals');
    expect(sandals?.reason.kind).not.toBe('popular');
  });

  it('does not offer again a bought non-consumable, but does offer a consumable', async () => {
    const svc = service();
    const c1 = (await svc.recommend({ customerId: 'c1', limit: 8 })).map((r) => r.product.id);
    expect(c1).not.toContain('sandals');
    const c5 = (await svc.recommend({ customerId: 'c5', limit: 8 })).map((r) => r.product.id);
    expect(c5).toContain('fig-candle');
  });

  it('answers "more like this" with similar products, never the seed itself', async () => {
    const recs = await service().recommend({ seedProductId: 'linen-dress', limit: 2 });
    expect(recs.map((r) => r.product.id)).not.toContain('linen-dress');
    expect(recs.some((r) => r.reason.kind === 'similar_to' && r.reason.productId === 'linen-dress')).toBe(true);
  });

  it('ranks by the shopper’s own words when they say what for, explained as matching the request', async () => {
    const recs = await service().recommend({ customerId: 'newcomer', about: 'candle', limit: 2 });
    expect(recs.map((r) => r.product.id).sort()).toEqual(['amber-candle', 'fig-candle']);
    expect(recs.every((r) => r.reason.kind === 'matches_request')).toBe(true);
    // A seed product wins over the words.
    const seeded = await service().recommend({ seedProductId: 'linen-dress', about: 'candle', limit: 2 });
    expect(seeded.map((r) => r.product.id)).not.toContain('amber-candle');
  });

  it('respects the shopper’s constraints', async () => {
    const recs = await service().recommend({
      customerId: 'c1',
      constraints: { category: 'dresses', maxPriceCents: 10000 },
      limit: 5,
    });
    expect(recs.map((r) => r.product.id).sort()).toEqual(['linen-dress', 'midi-dress']);
  });

  it('picks up new events incrementally, and sees a shopper’s newest events before the refresh', async () => {
    const svc = service({ refitMinEvents: 3, refitMinIntervalMs: 60_000 });
    const first = await svc.refresh();
    expect(first).toMatchObject({ refitted: true, fullRebuild: true, newEvents: 17 });
    expect(await svc.recommend({ customerId: 'late', limit: 1 })).toMatchObject([{ reason: { kind: 'popular' } }]);

    await event('late', 'product_view', 'linen-dress');
    // not refreshed yet: the live read of this shopper's events already counts
    expect((await svc.recommend({ customerId: 'late', limit: 1 }))[0]?.reason.kind).not.toBe('popular');

    const quiet = await svc.refresh();
    expect(quiet).toMatchObject({ newEvents: 1, refitted: false, fullRebuild: false });
    await event('late', 'product_view', 'sandals');
    await event('late', 'cart_add', 'sandals');
    expect(await svc.refresh()).toMatchObject({ newEvents: 2, refitted: false }); // too soon after the fit
    t.clock.advance(61_000);
    const due = await svc.refresh();
    expect(due).toMatchObject({ newEvents: 0, refitted: true, seq: 20 });
    expect(svc.status()).toMatchObject({ ready: true, seq: 20 });
  });

  it('refits when a product is added, and recommends it from its text alone', async () => {
    const svc = service();
    await svc.refresh();
    await event('fan', 'product_view', 'fig-candle');
    await t.store.products.upsert(
      product('cedar-candle', {
        en: 'Cedar Candle',
        zh: '雪松香薰蜡烛',
        category: 'home',
        consumable: true,
        tags: ['candle'],
      }),
    );
    expect(await svc.refresh()).toMatchObject({ refitted: true });
    const similar = await svc.recommend({ seedProductId: 'fig-candle', limit: 2 });
    expect(similar.map((r) => r.product.id)).toContain('cedar-candle');
  });

  it('re-reads stock live: a product sold out since the fit is not offered', async () => {
    const svc = service();
    await svc.refresh();
    const sandals = CATALOGUE.find((p) => p.id === 'sandals') as Product;
    await t.store.products.upsert({ ...sandals, variants: sandals.variants.map((v) => ({ ...v, stock: 0 })) });
    const recs = await svc.recommend({ customerId: 'newcomer', limit: 5 });
    expect(recs.map((r) => r.product.id)).not.toContain('sandals');
  });

  it('forgets an erased customer at once', async () => {
    const svc = service();
    await svc.refresh();
    svc.forget('c1');
    const recs = await svc.recommend({ customerId: 'c1', limit: 8 });
    expect(recs.map((r) => r.product.id)).toContain('sandals'); // no longer known as bought
  });

  it('lets other work run while a large refit is in progress', async () => {
    for (let i = 0; i < 400; i++) await t.store.products.upsert(product(`extra-${i}`, { en: `Extra item ${i}` }));
    for (let i = 0; i < 400; i++) await event(`bulk-${i % 40}`, 'product_view', `extra-${i}`);
    const svc = service({ sliceMs: 1 });
    let ticks = 0;
    let done = false;
    const tick = (): void => {
      if (done) return;
      ticks++;
      setImmediate(tick);
    };
    setImmediate(tick);
    await svc.refresh();
    done = true;
    expect(ticks).toBeGreaterThan(1);
  });
});
