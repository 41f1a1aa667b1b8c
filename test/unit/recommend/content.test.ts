import { queryTermCounts, textTerms } from '../../../src/recommend/content/text-features';
import { productDoc } from '../../../src/recommend/live/catalog-docs';
import { fitContent } from '../../../src/recommend/models/content';
import { product } from './support/products';

const catalogue = [
  product('linen-dress', {
    en: 'Linen Wrap Dress',
    zh: '亚麻裹身连衣裙',
    category: 'dresses',
    description: { en: 'A breezy midi wrap dress.', zh: '轻盈透气的中长款裹身裙。' },
  }),
  product('silk-dress', { en: 'Silk Slip Dress', zh: '真丝吊带裙', category: 'dresses' }),
  product('fig-candle', {
    en: 'Fig & Cedar Candle',
    zh: '无花果雪松香薰蜡烛',
    category: 'home',
    tags: ['candle', 'scent'],
  }),
  product('lavender-candle', {
    en: 'Linen & Lavender Candle',
    zh: '亚麻薰衣草蜡烛',
    category: 'home',
    tags: ['candle'],
  }),
  product('running-shoes', { en: 'Featherlight Running Shoes', zh: '轻盈跑鞋', category: 'shoes', tags: ['running'] }),
  product('boyfriend-jeans', {
    en: 'Relaxed Boyfriend Jeans',
    zh: '宽松男友风牛仔裤',
    category: 'jeans',
    tags: ['boyfriend', '男友风'],
  }),
  product('gift-scarf', { en: 'Cashmere Scarf', zh: '羊绒围巾', category: 'accessories', tags: ['gift', '礼物'] }),
  product('gift-socks', { en: 'Bamboo Socks', zh: '竹纤维袜子', category: 'accessories', tags: ['gift', '礼物'] }),
  product('gift-earrings', { en: 'Hoop Earrings', zh: '圈形耳环', category: 'accessories', tags: ['gift', '礼物'] }),
];

describe('content features', () => {
  it('segments Chinese into character bigrams and single characters, English into stemmed words', () => {
    const terms = textTerms('Linen Dresses 连衣裙');
    expect(terms).toEqual(expect.arrayContaining(['w:linen', 'w:dress', 'b:连衣', 'b:衣裙', 'c:裙']));
    expect(textTerms('the and of 的')).toEqual([]);
  });

  it('counts the single characters of a longer Han run less in a query, and a lone one fully', () => {
    const counts = queryTermCounts('送女朋友 礼物 裙');
    expect(counts.get('c:友')).toBeLessThan(1);
    expect(counts.get('b:朋友')).toBe(1);
    expect(counts.get('c:礼')).toBe(1);
    expect(counts.get('c:裙')).toBe(1);
  });
});

describe('content model', () => {
  const model = fitContent(catalogue.map(productDoc));
  const id = (i: number) => catalogue[i]?.id;

  it('finds a product from a Chinese-only name query', () => {
    expect(id(model.search('无花果雪松香薰蜡烛', 1)[0]?.item ?? -1)).toBe('fig-candle');
    expect(id(model.search('跑鞋', 1)[0]?.item ?? -1)).toBe('running-shoes');
  });

  it('matches a Chinese category word to products written with its category, and English to Chinese', () => {
    const dresses = model.search('连衣裙', 2).map((h) => id(h.item));
    expect(dresses.sort()).toEqual(['linen-dress', 'silk-dress']);
    expect(id(model.search('candle', 1)[0]?.item ?? -1)).toMatch(/candle/);
  });

  it('looks for a gift for a girlfriend among gifts, not among "boyfriend" jeans', () => {
    const hits = model.search('送女朋友 礼物', 5);
    const score = (productId: string) => hits.find((h) => id(h.item) === productId)?.score ?? 0;
    expect(id(hits[0]?.item ?? -1)).toMatch(/^gift-/);
    // One shared character (友 in 男友风) is no reason to show jeans next to the gifts.
    expect(score('boyfriend-jeans')).toBeLessThan(score('gift-scarf') / 2);
  });

  it('neighbours are the similar items, most similar first', () => {
    const fig = catalogue.findIndex((p) => p.id === 'fig-candle');
    expect(id(model.similar.neighbours(fig)[0]?.item ?? -1)).toBe('lavender-candle');
  });

  it('places a brand-new product next to its kind with no interactions at all', () => {
    const newcomer = product('amber-candle', {
      en: 'Amber Candle',
      zh: '琥珀香薰蜡烛',
      category: 'home',
      tags: ['candle'],
    });
    const hits = model.search(productDoc(newcomer).fields, 2).map((h) => id(h.item));
    expect(hits.sort()).toEqual(['fig-candle', 'lavender-candle']);
  });
});
