import { CatalogRecommender } from '../../../src/skills/recommender';
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
});
