import type { CatalogQuery } from '../../commerce/types';
import { payloads } from '../../dialogue/payload';
import { rememberShown } from '../../dialogue/references';
import type { TemplateKey } from '../../dialogue/templates';
import type { Product } from '../../store/entities';
import type { SkillTurn } from '../types';
import { productCard } from './cards';
import { asksForNew, newestProducts } from './newest';
import { relaxations, rememberCategory, turnQuery } from './query';

const MAX_CARDS = 5;

async function find(turn: SkillTurn): Promise<{ products: Product[]; exact: boolean; category?: string }> {
  const { catalog } = turn.deps;
  const query = turnQuery(turn);
  const limit = MAX_CARDS;
  // The catalog reads free text too ("linen", "跑鞋"); if that finds nothing, the entities alone may.
  if (turn.text.trim()) {
    const withText = await catalog.search({ ...query, text: turn.text, limit });
    if (withText.length > 0) return { products: withText, exact: true, category: query.category };
  }
  // Text that matched nothing, and no colour, size, price or category to fall back on: there is
  // nothing to show, rather than the whole shop presented as a match.
  if (turn.text.trim() && Object.keys(query).length === 0) return { products: [], exact: false };
  const steps = relaxations(query);
  for (const [index, step] of steps.entries()) {
    if (Object.keys(step).length === 0 && index > 0) break;
    const products = await catalog.search({ ...step, limit } satisfies CatalogQuery);
    if (products.length > 0) return { products, exact: index === 0, category: query.category };
  }
  return { products: [], exact: false };
}

/** "red dresses under 50": cards of what matches, or the closest thing with an honest note. */
export async function searchProducts(turn: SkillTurn): Promise<void> {
  if (asksForNew(turn.text)) {
    const query = turnQuery(turn);
    return show(turn, await newestProducts(turn, query, MAX_CARDS), query.category, 'product.newest');
  }
  const { products, exact, category } = await find(turn);
  const browsing = !turn.text.trim() && turn.entities.length === 0;
  return show(turn, products, category, browsing ? 'product.browse' : exact ? 'product.results' : 'product.closest');
}

/** The cards, remembered for "the second one" and for narrowing; or an honest "nothing found". */
function show(turn: SkillTurn, products: Product[], category: string | undefined, key: TemplateKey): void {
  if (products.length === 0) {
    turn.say(
      'product.none',
      {},
      {
        quickReplies: [
          turn.quick('menu.recommend', payloads.intent('product.recommend')),
          turn.quick('menu.agent', payloads.intent('agent.request')),
        ],
      },
    );
    return;
  }
  rememberShown(turn, products, { newTopic: true });
  rememberCategory(turn, category);
  turn.say(key, { count: products.length }, { cards: products.map((p) => productCard(turn, p)) });
}
