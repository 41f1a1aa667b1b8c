/** Product skills: catalog search, questions about a product, and recommendations. */
import type { Skill } from '../types';
import { productInfo } from './info';
import { recommend } from './recommend';
import { searchProducts } from './search';

export const productsSkill: Skill = {
  name: 'products',
  intents: ['product.search', 'product.info', 'product.recommend', 'product.availability', 'product.price'],
  async handle(turn, intent) {
    if (intent === 'product.search') return searchProducts(turn);
    if (intent === 'product.recommend') return recommend(turn);
    return productInfo(turn);
  },
};
