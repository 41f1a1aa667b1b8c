/**
 * Listings in an order the shopper asks for: new arrivals ("what's new in?", "any new dresses?",
 * "有什么新品") and prices from the lowest ("what's your cheapest dress?", "最便宜的外套") or the
 * highest ("show me the most expensive jackets", "最贵的包"). The words that ask for the order are
 * taken out; what else the message says still narrows the list.
 */
import type { CatalogQuery, CatalogSort } from '../../commerce/types';
import { rememberProduct, shownProducts } from '../../dialogue/references';
import type { TemplateKey } from '../../dialogue/templates';
import type { Product } from '../../store/entities';
import { localized, money } from '../format';
import type { SkillTurn } from '../types';
import { productCard } from './cards';

interface Listing {
  sort: CatalogSort;
  asks: RegExp;
  /** The words that only ask for the order, left out of the text the catalogue matches. */
  words: RegExp;
  template: TemplateKey;
}

/** Words around any of these requests that name no product ("show me the … you have"). */
const FILLER =
  /\b(what'?s|what|which|is|are|any(thing)?|show|me|your|the|this|that|of|you|have|got|sell|do|one|ones|things?|stuff|items?|products?|first|please|pls)\b|有什么|有哪些|哪些|看看|给我|你们|的|吗|呢|了|哪个/gi;

const LISTINGS: readonly Listing[] = [
  {
    sort: 'price_low',
    asks: /\b(cheapest|least expensive|lowest[- ]priced?|most affordable|lowest prices?|price(d)? (from )?low(est)? to high(est)?)\b|最便宜|最实惠|价格最低|最低价|价格从低到高|从低到高/i,
    words:
      /\b(cheapest|least|expensive|lowest|priced?|prices?|most|affordable|from|low|to|high)\b|最便宜|最实惠|价格最低|最低价|价格从低到高|从低到高|价格/gi,
    template: 'product.price_low_first',
  },
  {
    sort: 'price_high',
    asks: /\b(most expensive|priciest|highest[- ]priced?|dearest|highest prices?|price(d)? (from )?high(est)? to low(est)?)\b|最贵|价格最高|最高价|价格从高到低|从高到低/i,
    words:
      /\b(most|expensive|priciest|highest|priced?|prices?|dearest|from|high|to|low)\b|最贵|价格最高|最高价|价格从高到低|从高到低|价格/gi,
    template: 'product.price_high_first',
  },
  {
    sort: 'newest',
    asks: /\b(what'?s new|new arrivals?|new (stuff|products?|collection|season)|newest|latest (arrivals?|products?|styles?|collection)|just (arrived|come in)|any(thing)? new|recently added|came in recently)\b|\bnew in\s*[?!.]*$|新品|新款|新到|上新|最新/i,
    words:
      /\b(new|arrivals?|newest|latest|just|arrived|in|recently|added|came|collection|season|week|month)\b|新品|新款|新到|上新|最新|最近/gi,
    template: 'product.newest',
  },
];

/** The order a message asks its listing in; "I need a new coat" or "a cheap gift" ask for none. */
export function askedListing(text: string): Listing | undefined {
  return LISTINGS.find((listing) => listing.asks.test(text));
}

/** The listing a narrowing follow-up keeps ("in black?" after the cheapest dresses). */
export function listingSortedBy(sort: CatalogSort | undefined): Listing | undefined {
  return LISTINGS.find((listing) => listing.sort === sort);
}

/**
 * The products matching `constraints` (the message's category, colour…) and any word left once the
 * words asking for the order are taken out, in that order.
 */
export async function listProducts(
  turn: SkillTurn,
  listing: Listing,
  constraints: CatalogQuery,
  limit: number,
): Promise<Product[]> {
  const { catalog } = turn.deps;
  const query = { ...constraints, sort: listing.sort, limit };
  const rest = turn.text.replace(listing.words, ' ').replace(FILLER, ' ').trim();
  const text = /[\p{L}\p{N}]/u.test(rest) ? rest : undefined;
  const found = text ? await catalog.search({ ...query, text }) : [];
  // "New dresses?" with a word the catalogue does not know still shows what is new.
  return found.length > 0 ? found : catalog.search(query);
}

/** "Which one is the cheapest?", "这几个哪个最贵": about the cards on screen, not the whole shop. */
const AMONG_SHOWN = /\b(which( one| ones?)?|of (these|those|them))\b|哪个|哪一个|哪款|哪件|这几|这些|其中/i;

/** True for a price question about the cards just shown, with no other kind of thing named. */
export function asksPriceAmongShown(turn: SkillTurn): boolean {
  const sort = askedListing(turn.text)?.sort;
  return (
    (sort === 'price_low' || sort === 'price_high') &&
    (turn.state.lastShown?.length ?? 0) > 1 &&
    AMONG_SHOWN.test(turn.text) &&
    turn.entity('category') === undefined
  );
}

/** Names the lowest- or highest-priced of the cards on screen, which "it" then means. */
export async function answerPriceAmongShown(turn: SkillTurn): Promise<void> {
  const sort = askedListing(turn.text)?.sort;
  const shown = await shownProducts(turn);
  const sign = sort === 'price_high' ? -1 : 1;
  const [pick] = [...shown].sort((a, b) => sign * (a.priceCents - b.priceCents));
  if (!pick) return turn.say('product.which');
  rememberProduct(turn, pick);
  const key = sort === 'price_high' ? 'product.highest_of_these' : 'product.lowest_of_these';
  const params = {
    name: localized(pick.name, turn.ctx.lang),
    price: money(pick.priceCents, pick.currency, turn.ctx.lang),
  };
  turn.say(key, params, { cards: [productCard(turn, pick)] });
}
