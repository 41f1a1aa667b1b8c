import { textTerms } from '../../../src/recommend/content/text-features';
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
];

describe('content features', () => {
  it('segments Chinese into character bigrams and single characters, English into stemmed words', () => {
    const terms = textTerms('Linen Dresses 连衣裙');
    expect(terms).toEqual(expect.arrayContaining(['w:linen', 'w:dress', 'b:连衣', 'b:衣裙', 'c:裙']));
    expect(textTerms('the and of 的')).toEqual([]);
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
