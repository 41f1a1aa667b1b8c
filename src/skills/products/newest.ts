/** New arrivals: "what's new in?", "any new dresses?", "有什么新品" ask for the newest products. */
import type { CatalogQuery } from '../../commerce/types';
import type { Product } from '../../store/entities';
import type { SkillTurn } from '../types';

const ASKS_NEW =
  /\b(what'?s new|new arrivals?|new (stuff|products?|collection|season)|newest|latest (arrivals?|products?|styles?|collection)|just (arrived|come in)|any(thing)? new|recently added|came in recently)\b|\bnew in\s*[?!.]*$|新品|新款|新到|上新|最新/i;
/** The words that only ask for new things, left out of the text the catalogue matches. */
const NEW_WORDS =
  /\b(what'?s|any(thing)?|new|arrivals?|newest|latest|just|arrived|in|stuff|products?|recently|added|collection|season|show|me|your|the|this|week|month)\b|新品|新款|新到|上新|最新|有什么|看看|最近|的|吗|呢|了/gi;

/** True for a request for new arrivals; "I need a new coat" is an ordinary search. */
export function asksForNew(text: string): boolean {
  return ASKS_NEW.test(text);
}

/**
 * The newest products matching what else the message says: `constraints` (its category, colour…) and
 * any word left once the words asking for new things are taken out.
 */
export async function newestProducts(turn: SkillTurn, constraints: CatalogQuery, limit: number): Promise<Product[]> {
  const { catalog } = turn.deps;
  const query = { ...constraints, newestFirst: true, limit };
  const rest = turn.text.replace(NEW_WORDS, ' ').trim();
  const text = /[\p{L}\p{N}]/u.test(rest) ? rest : undefined;
  const found = text ? await catalog.search({ ...query, text }) : [];
  // "New dresses?" with a word the catalogue does not know still shows what is new.
  return found.length > 0 ? found : catalog.search(query);
}
