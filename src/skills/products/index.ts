/** Product skills: catalog search, questions about a product, and recommendations. */
import { mentionsReference } from '../../dialogue/references';
import type { Skill, SkillTurn } from '../types';
import { asksAboutProduct, productInfo } from './info';
import { recommend } from './recommend';
import { searchProducts } from './search';

function pointsBack(turn: SkillTurn): boolean {
  return (
    turn.state.lastProductId !== undefined &&
    !turn.entity('product') &&
    (mentionsReference(turn.text) || turn.entity('ordinal') !== undefined)
  );
}

export const productsSkill: Skill = {
  name: 'products',
  intents: ['product.search', 'product.info', 'product.recommend', 'product.availability', 'product.price'],
  // "What is it made of?" right after a product: about that product, even if the classifier hesitates.
  claim(turn) {
    const { state } = turn;
    const recent = state.lastProductId !== undefined || (state.lastShown?.length ?? 0) > 0;
    return recent && asksAboutProduct(turn.text) && pointsBack(turn) ? 'product.info' : undefined;
  },
  async handle(turn, intent) {
    // "Do you have it in size S?" reads like a search but is about the product just discussed.
    if (intent === 'product.search' && pointsBack(turn) && !turn.entity('category')) return productInfo(turn);
    if (intent === 'product.search') return searchProducts(turn);
    if (intent === 'product.recommend') return recommend(turn);
    return productInfo(turn);
  },
};
