import type { CatalogQuery } from '../../commerce/types';
import { payloads } from '../../dialogue/payload';
import { rememberShown } from '../../dialogue/references';
import type { Product } from '../../store/entities';
import type { SkillTurn } from '../types';
import { productCard } from './cards';
import { relaxations, rememberCategory, turnQuery } from './query';

const MAX_CARDS = 5;

/** "What's new?", "new arrivals", "有什么新品": the newest products rather than the best match. */
const ASKS_NEW =
  /\b(what'?s new|new arrivals?|new (stuff|products?|collection|season)|newest|latest (arrivals?|products?|styles?|collection)|just (arrived|come in)|any(thing)? new|recently added|came in recently)\b|\bnew in\s*[?!.]*$|新品|新款|新到|上新|最新/i;
/** The words that only ask for new things, left out of the text the catalogue matches. */
const NEW_WORDS =
  /\b(what'?s|any(thing)?|new|arrivals?|newest|latest|just|arrived|in|stuff|products?|recently|added|collection|season|show|me|your|the|this|week|month)\b|新品|新款|新到|上新|最新|有什么|看看|最近|的|吗|呢|了/gi;

export function asksForNew(text: string): boolean {
  return ASKS_NEW.test(text);
}

async function newest(turn: SkillTurn): Promise<Product[]> {
  const query = turnQuery(turn);
  const rest = turn.text.replace(NEW_WORDS, ' ').trim();
  const text = /[\p{L}\p{N}]/u.test(rest) ? rest : undefined;
  const found = await turn.deps.catalog.search({
    ...query,
    ...(text && { text }),
    newestFirst: true,
    limit: MAX_CARDS,
  });
  // "New dresses?" with a word the catalogue does not know still shows what is new.
  return found.length > 0 || !text
    ? found
    : turn.deps.catalog.search({ ...query, newestFirst: true, limit: MAX_CARDS });
}

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
  if (asksForNew(turn.text)) return showNewest(turn);
  const { products, exact, category } = await find(turn);
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
  const browsing = !turn.text.trim() && turn.entities.length === 0;
  turn.say(
    browsing ? 'product.browse' : exact ? 'product.results' : 'product.closest',
    { count: products.length },
    {
      cards: products.map((p) => productCard(turn, p)),
    },
  );
}

async function showNewest(turn: SkillTurn): Promise<void> {
  const products = await newest(turn);
  if (products.length === 0) return turn.say('product.none');
  const category = turnQuery(turn).category;
  rememberShown(turn, products, { newTopic: true });
  rememberCategory(turn, category);
  turn.say('product.newest', {}, { cards: products.map((p) => productCard(turn, p)) });
}
