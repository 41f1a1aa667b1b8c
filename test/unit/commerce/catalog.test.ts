import { StoreCatalogService } from '../../../src/commerce/catalog/catalog-service';
import { EventPopularity } from '../../../src/commerce/catalog/popularity';
import { parseQuery } from '../../../src/commerce/catalog/query-parser';
import { stem } from '../../../src/commerce/catalog/text';
import { openDemoShopStore, type TempStore } from '../../support/temp-store';

describe('catalog service', () => {
  let temp: TempStore;
  let catalog: StoreCatalogService;

  beforeAll(async () => {
    temp = await openDemoShopStore();
    catalog = new StoreCatalogService({
      products: temp.store.products,
      clock: temp.clock,
      popularity: new EventPopularity({ events: temp.store.events, clock: temp.clock }),
    });
  });
  afterAll(async () => {
    await temp.close();
  });

  it('finds red dresses in English, plural or not', async () => {
    const results = await catalog.search({ text: 'red dress' });
    expect(results.length).toBeGreaterThanOrEqual(3);
    for (const p of results) {
      expect(p.category).toBe('dresses');
      expect(p.colours).toContain('red');
    }
    expect(results.map((p) => p.id)).toContain('linen-wrap-dress');
    const plural = await catalog.search({ text: 'Red DRESSES please' });
    expect(plural.map((p) => p.id)).toEqual(results.map((p) => p.id));
  });

  it('finds black running shoes in Chinese, with or without a space', async () => {
    const spaced = await catalog.search({ text: '黑色 跑鞋' });
    expect(spaced.length).toBeGreaterThan(0);
    for (const p of spaced) {
      expect(p.category).toBe('shoes');
      expect(p.colours).toContain('black');
    }
    // Products named as running shoes rank above other black shoes.
    expect(
      spaced
        .slice(0, 2)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['featherlight-running-shoes', 'trail-running-shoes']);
    const joined = await catalog.search({ text: '我想买黑色的跑鞋' });
    expect(joined.map((p) => p.id)).toEqual(spaced.map((p) => p.id));
  });

  it('matches English running shoes by word stem', async () => {
    const results = await catalog.search({ text: 'black running trainers' });
    expect(results[0]?.id).toMatch(/running-shoes$/);
  });

  it('reads "-ves" plurals of "-f" words, and leaves gloves alone', async () => {
    const scarves = await catalog.search({ text: 'scarves' });
    expect(scarves.map((p) => p.id).slice(0, 2)).toEqual(expect.arrayContaining(['cashmere-scarf', 'silk-hair-scarf']));
    expect(stem('scarves')).toBe('scarf');
    expect(stem('gloves')).toBe('glove');
    expect(stem('sleeves')).toBe('sleeve');
  });

  it('filters by size and by price', async () => {
    const size45 = await catalog.search({ category: 'shoes', size: '45', limit: 50 });
    expect(size45.length).toBeGreaterThan(0);
    expect(size45.every((p) => p.sizes.includes('45'))).toBe(true);

    const cheap = await catalog.search({ text: 'dresses under £60', limit: 50 });
    expect(cheap.length).toBeGreaterThan(0);
    expect(cheap.every((p) => p.category === 'dresses' && p.priceCents <= 6000)).toBe(true);

    const range = await catalog.search({ category: 'bags', minPriceCents: 5000, maxPriceCents: 10000, limit: 50 });
    expect(range.every((p) => p.priceCents >= 5000 && p.priceCents <= 10000)).toBe(true);

    const zhPrice = await catalog.search({ text: '100镑以下的连衣裙', limit: 50 });
    expect(zhPrice.length).toBeGreaterThan(0);
    expect(zhPrice.every((p) => p.category === 'dresses' && p.priceCents <= 10000)).toBe(true);
  });

  it('leaves sold-out products and sizes out when asked for stock only', async () => {
    const all = await catalog.search({ text: 'cashmere roll neck' });
    expect(all.map((p) => p.id)).toContain('cashmere-roll-neck');
    const inStock = await catalog.search({ text: 'cashmere roll neck', inStockOnly: true });
    expect(inStock.map((p) => p.id)).not.toContain('cashmere-roll-neck');

    const shoe = await catalog.get('featherlight-running-shoes');
    expect(shoe && catalog.stock(shoe, { size: '38', colour: 'black' })).toBe(0);
    const size38 = await catalog.search({ text: 'running shoes', colour: 'black', size: '38', inStockOnly: true });
    expect(size38.map((p) => p.id)).not.toContain('featherlight-running-shoes');
  });

  it('finds any colour of a family, in stock in one of them, and lists families the catalog has', async () => {
    const neutral = await catalog.search({ category: 'dresses', colourFamily: 'neutral', inStockOnly: true });
    expect(neutral.length).toBeGreaterThan(0);
    const family = ['black', 'white', 'cream', 'beige', 'brown', 'grey', 'navy', 'olive'];
    expect(neutral.every((p) => p.colours.some((c) => family.includes(c)))).toBe(true);
    expect(neutral.map((p) => p.id)).not.toContain('floral-tea-dress');
    // A named colour wins over the family it replaces.
    const red = await catalog.search({ category: 'dresses', colour: 'red', colourFamily: 'neutral' });
    expect(red.every((p) => p.colours.includes('red'))).toBe(true);
    const vocabulary = await catalog.vocabulary();
    expect(vocabulary.colourFamilies?.neutral).toEqual(expect.arrayContaining(['neutral colours', '素色']));
  });

  it('counts stock per variant and in total', async () => {
    const tee = await catalog.get('organic-cotton-tee');
    if (!tee) throw new Error('seed is missing the tee');
    const total = tee.variants.reduce((sum, v) => sum + v.stock, 0);
    expect(catalog.stock(tee)).toBe(total);
    const mediumWhite = tee.variants.find((v) => v.size === 'M' && v.colour === 'white')?.stock;
    expect(catalog.stock(tee, { size: 'm', colour: 'White' })).toBe(mediumWhite);
  });

  it('narrows to a named kind, and widens a kind the shop does not stock to its category', async () => {
    expect((await catalog.search({ text: 'boots' })).map((p) => p.id)).toEqual(['chelsea-boots']);
    // Chinese product names often drop the noun suffix 子: 靴子 is the 切尔西靴.
    expect((await catalog.search({ text: '有没有40码的靴子' })).map((p) => p.id)).toEqual(['chelsea-boots']);
    // "适合…的" frames what is wanted and names nothing to match.
    expect((await catalog.search({ text: '有没有适合跑步的鞋' })).map((p) => p.id)).toContain(
      'featherlight-running-shoes',
    );
    expect((await catalog.search({ text: 'shoes', limit: 50 })).length).toBeGreaterThan(5);
    const wedges = await catalog.search({ text: 'wedges', limit: 50 });
    expect(wedges.length).toBeGreaterThan(0);
    expect(wedges.every((p) => p.category === 'shoes')).toBe(true);
  });

  it('splits unspaced Chinese into the pieces the catalogue knows', async () => {
    const gifts = await catalog.search({ text: '生日礼物', limit: 50 });
    expect(gifts.length).toBeGreaterThan(0);
    expect(gifts.every((p) => p.tags.includes('礼物'))).toBe(true);
  });

  it('returns nothing for words the shop has never heard of', async () => {
    expect(await catalog.search({ text: 'umbrella' })).toEqual([]);
    // An unknown adjective beside a known word is ignored, not fatal.
    expect((await catalog.search({ text: 'lovely linen blazer' }))[0]?.id).toBe('linen-blazer');
  });

  it('reads a word one typo away from a catalogue word as that word', async () => {
    const jackets = await catalog.search({ text: 'do you have any jakets', limit: 50 });
    expect(jackets.length).toBeGreaterThan(1);
    expect(jackets.every((p) => p.category === 'jackets')).toBe(true);
    expect((await catalog.search({ text: 'merino jumpr' }))[0]?.id).toBe('merino-crew-jumper');
    // Three letters are too short to guess from, and two typos are too many.
    expect(await catalog.search({ text: 'cot' })).toEqual([]);
    expect(await catalog.search({ text: 'jkets' })).toEqual([]);
  });

  it('lists the newest products first when asked', async () => {
    const newest = await catalog.search({ sort: 'newest', limit: 5 });
    const dates = newest.map((p) => p.createdAt);
    expect(dates).toEqual([...dates].sort().reverse());
    const all = await catalog.search({ limit: 100 });
    expect(newest[0]?.createdAt).toBe(
      all
        .map((p) => p.createdAt)
        .sort()
        .at(-1),
    );
    const dresses = await catalog.search({ category: 'dresses', sort: 'newest', limit: 3 });
    expect(dresses.every((p) => p.category === 'dresses')).toBe(true);
  });

  it('lists by price, lowest or highest first, when asked', async () => {
    const all = await catalog.search({ limit: 100 });
    const prices = all.map((p) => p.priceCents).sort((a, b) => a - b);
    const low = await catalog.search({ sort: 'price_low', limit: 3 });
    expect(low.map((p) => p.priceCents)).toEqual(prices.slice(0, 3));
    const high = await catalog.search({ sort: 'price_high', limit: 3 });
    expect(high.map((p) => p.priceCents)).toEqual(prices.slice(-3).reverse());
    const jackets = await catalog.search({ category: 'jackets', sort: 'price_high', limit: 10 });
    expect(jackets.every((p) => p.category === 'jackets')).toBe(true);
    const jacketPrices = jackets.map((p) => p.priceCents);
    expect(jacketPrices).toEqual([...jacketPrices].sort((a, b) => b - a));
  });

  it('builds a live vocabulary in both languages', async () => {
    const vocabulary = await catalog.vocabulary();
    expect(vocabulary.colours.black).toEqual(expect.arrayContaining(['black', '黑色', '黑']));
    expect(vocabulary.categories.shoes).toEqual(expect.arrayContaining(['shoes', '鞋', '鞋子']));
    expect(vocabulary.sizes).toEqual(expect.arrayContaining(['XS', 'XL', '36', '45']));
    expect(vocabulary.sizes.indexOf('XS')).toBeLessThan(vocabulary.sizes.indexOf('XL'));
    expect(vocabulary.products.find((p) => p.id === 'linen-wrap-dress')?.names).toEqual([
      'Linen Wrap Dress',
      '亚麻裹身连衣裙',
    ]);
  });

  it('sees a new product after the cache expires or is invalidated', async () => {
    const base = await catalog.get('canvas-market-tote');
    if (!base) throw new Error('seed is missing the tote');
    await temp.store.products.upsert({
      ...base,
      id: 'teal-test-tote',
      name: { en: 'Festival Tote', zh: '音乐节托特包' },
    });
    expect((await catalog.vocabulary()).products.some((p) => p.id === 'teal-test-tote')).toBe(false);
    catalog.invalidate();
    expect((await catalog.vocabulary()).products.some((p) => p.id === 'teal-test-tote')).toBe(true);
    expect((await catalog.search({ text: '音乐节' })).map((p) => p.id)).toEqual(['teal-test-tote']);
  });
});

describe('query parser', () => {
  const lexicon = {
    categories: { shoes: ['shoes', '鞋', '跑鞋'] },
    colours: { navy: ['navy', 'navy blue'], blue: ['blue'] },
  };

  it('prefers the longest phrase and reads sizes and prices from the text', () => {
    const parsed = parseQuery('navy blue shoes size 42 under £80', lexicon);
    expect(parsed.terms).toEqual([
      { kind: 'colour', key: 'navy' },
      { kind: 'category', key: 'shoes', forms: ['shoes'], specific: false },
    ]);
    expect(parsed.size).toBe('42');
    expect(parsed.maxPriceCents).toBe(8000);
  });

  it('reads Chinese sizes and keeps unknown Chinese words as terms', () => {
    const parsed = parseQuery('有没有42码的轻羽跑鞋', lexicon);
    expect(parsed.size).toBe('42');
    expect(parsed.terms).toEqual([
      { kind: 'category', key: 'shoes', forms: ['跑鞋'], specific: true },
      { kind: 'cjk', value: '轻羽' },
    ]);
  });
});
