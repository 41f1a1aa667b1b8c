import { forAChild } from '../../../src/skills/products/for-children';
import { CatalogRecommender, forHim, giftWish, inShopWords } from '../../../src/skills/recommender';
import { FakeShop, product } from '../dialogue/fake-shop';

describe('catalog recommender', () => {
  it('suggests similar in-stock products for a seed, never the seed itself', async () => {
    const shop = new FakeShop();
    shop.products.set('seed', product('seed', { tags: ['linen', 'summer'] }));
    shop.products.set('twin', product('twin', { tags: ['linen', 'summer'] }));
    shop.products.set('cousin', product('cousin', { tags: ['wool'] }));
    shop.products.set('bag', product('bag', { category: 'bags' }));
    const picks = await new CatalogRecommender(shop.catalog).recommend({
      constraints: {},
      seedProductId: 'seed',
      limit: 2,
    });
    expect(picks.map((p) => p.product.id)).toEqual(['twin', 'cousin']);
    expect(picks.every((p) => p.reason === 'similar')).toBe(true);
  });

  it('falls back to popular products without a seed', async () => {
    const shop = new FakeShop();
    shop.products.set('a', product('a'));
    const picks = await new CatalogRecommender(shop.catalog).recommend({ constraints: {}, limit: 3 });
    expect(picks).toEqual([{ product: shop.products.get('a'), reason: 'popular' }]);
  });

  it('ranks by the shopper’s own words without a seed, in either language', async () => {
    const shop = new FakeShop();
    shop.products.set('coat', product('coat', { tags: ['winter'] }));
    shop.products.set('sundress', product('sundress', { tags: ['summer', 'wedding guest', '夏季'] }));
    shop.products.set('tee', product('tee'));
    const recommender = new CatalogRecommender(shop.catalog);
    const picks = await recommender.recommend({ constraints: {}, about: 'summer wedding', limit: 2 });
    expect(picks[0]).toEqual({ product: shop.products.get('sundress'), reason: 'matches_request' });
    expect(picks[1]?.reason).toBe('popular');
    const zh = await recommender.recommend({ constraints: {}, about: '夏季 婚礼', limit: 1 });
    expect(zh[0]?.product.id).toBe('sundress');
  });
  it('pairs a seed with other kinds of things when asked what goes with it', async () => {
    const shop = new FakeShop();
    shop.products.set('seed', product('seed', { tags: ['linen', 'summer'] }));
    shop.products.set('twin', product('twin', { tags: ['linen', 'summer'] }));
    shop.products.set('bag', product('bag', { category: 'bags', tags: ['summer'] }));
    shop.products.set('sandals', product('sandals', { category: 'shoes' }));
    const picks = await new CatalogRecommender(shop.catalog).recommend({
      constraints: {},
      seedProductId: 'seed',
      otherThanCategory: 'dresses',
      limit: 4,
    });
    expect(picks.map((p) => p.product.id)).toEqual(['bag', 'sandals']);
  });
});

describe('gift requests', () => {
  it('reads a present as the shop\'s "gift" and leaves out who it is for, in both languages', () => {
    expect(inShopWords('present mum')).toBe('gift');
    expect(inShopWords('Presents for the team')).toBe('gift for the team');
    expect(inShopWords('boyfriend he into running')).toBe('running');
    expect(inShopWords('送同事的礼品')).toBe('的礼物');
    expect(inShopWords('男朋友 他喜欢跑步')).toBe('跑步');
  });

  it('keeps what a present should be, without who it is for or the occasion', () => {
    expect(giftWish('need present mum')).toBe('');
    expect(giftWish('birthday present sister')).toBe('');
    expect(giftWish('present dad cooking')).toBe('cooking');
    expect(giftWish('给爸爸 礼物 他喜欢做饭')).toBe('做饭');
    expect(giftWish('妈妈 生日礼物')).toBe('');
    expect(giftWish('summer wedding')).toBeUndefined();
  });
});

describe('requests for a child', () => {
  it('reads child words and ages under 16, in both languages', () => {
    expect(forAChild('a gift for a 10 year old')).toBe(true);
    expect(forAChild('something for the kids')).toBe(true);
    expect(forAChild('给五岁的孩子买什么')).toBe(true);
    expect(forAChild('十二岁')).toBe(true);
    expect(forAChild('my 30 year old sister')).toBe(false);
    expect(forAChild('二十岁生日')).toBe(false);
    expect(forAChild('a dress for a wedding')).toBe(false);
  });
});

describe('the words a gift request is matched by', () => {
  it('turns pastimes into what the catalogue says suits them', () => {
    expect(inShopWords("he's into hiking")).toBe('trail outdoor');
    expect(inShopWords('他喜欢爬山')).toBe('越野 户外');
    expect(inShopWords('she goes to the gym')).toContain('running trainers');
  });

  it('tells a present for a man or boy from one for anyone else', () => {
    expect(forHim('something for my dad')).toBe(true);
    expect(forHim('给男朋友买个生日礼物')).toBe(true);
    expect(forHim('for my mum and dad')).toBe(false);
    expect(forHim('a gift for my sister')).toBe(false);
    expect(forHim('something nice')).toBe(false);
  });
});
