import { CATEGORY_FORMS, isGenericCategoryForm } from '../../commerce/catalog/lexicon';
import type { CatalogQuery } from '../../commerce/types';
import { payloads } from '../../dialogue/payload';
import { rememberShown } from '../../dialogue/references';
import type { TemplateKey } from '../../dialogue/templates';
import type { Product } from '../../store/entities';
import { list, localized } from '../format';
import type { SkillTurn } from '../types';
import { colourName, familyColoursLine, productCard } from './cards';
import { sayCurrencyNote } from './currency';
import { askedListing, listingSortedBy, listProducts } from './ordered';
import {
  carriedWords,
  namedValues,
  relaxations,
  rememberQuery,
  requestAbout,
  textWithoutEntities,
  turnQuery,
} from './query';

const MAX_CARDS = 5;

export interface Found {
  products: Product[];
  exact: boolean;
  /** The colour or size the closest products were found without ("the wool coat in navy"). */
  dropped?: { colour?: string; size?: string };
}

/**
 * True when the words name more than the recognised colour, size and category: "the wool coat in
 * navy" (wool), "denim jackets" (two categories). Then the words pick the product, and a missing
 * colour is better dropped than the words. "Cream jumper" says nothing more, and a cream top is
 * closer than a jumper in another colour.
 */
function wordsSayMore(turn: SkillTurn): boolean {
  return namedValues(turn.entities, 'category').length > 1 || requestAbout(turn) !== undefined;
}

/** The words' products without the size, then without the colour too; undefined when neither finds any. */
async function withoutColourOrSize(turn: SkillTurn, query: CatalogQuery, carried = ''): Promise<Found | undefined> {
  const { size, colour, ...rest } = query;
  const steps: { query: CatalogQuery; drop: string[]; dropped: NonNullable<Found['dropped']> }[] = [];
  if (size) steps.push({ query: { ...rest, ...(colour && { colour }) }, drop: ['size'], dropped: { size } });
  if (colour) steps.push({ query: rest, drop: ['size', 'colour'], dropped: { colour, ...(size && { size }) } });
  for (const step of steps) {
    const products = await turn.deps.catalog.search({
      ...step.query,
      text: `${carried} ${textWithoutEntities(turn, step.drop)}`.trim(),
      limit: MAX_CARDS,
    });
    if (products.length > 0) return { products, exact: false, dropped: step.dropped };
  }
  return undefined;
}

/**
 * "Boots under £100 in size 39" with no such boots: the boots themselves over the budget or in other
 * sizes, rather than trainers and sandals that meet the limits. "Boots" is read as the shoes category,
 * so without this the category's other kinds came up as a match. The colour stays: a cream roll
 * neck answers "cream jumper" better than a jumper in grey.
 */
async function sameKindWithoutLimits(turn: SkillTurn, query: CatalogQuery): Promise<Found | undefined> {
  const kind = turn.entities.find(
    (e) => e.type === 'category' && !isGenericCategoryForm(e.value, e.text.toLowerCase()),
  );
  const { size, minPriceCents, maxPriceCents, ...rest } = query;
  if (!kind || (size === undefined && minPriceCents === undefined && maxPriceCents === undefined)) return undefined;
  const products = await turn.deps.catalog.search({ ...rest, text: kind.text, limit: MAX_CARDS });
  return products.length > 0 ? { products, exact: false } : undefined;
}

async function find(turn: SkillTurn, query: CatalogQuery, carried?: string): Promise<Found> {
  const { catalog } = turn.deps;
  const limit = MAX_CARDS;
  const text = `${carried ?? ''} ${turn.text}`.trim();
  const saysMore = text !== '' && (carried !== undefined || wordsSayMore(turn));
  // The catalog reads free text too ("linen", "跑鞋"); if that finds nothing, the entities alone may.
  if (text) {
    const withText = await catalog.search({ ...query, text, limit });
    if (withText.length > 0) return { products: withText, exact: true };
    // "Do you have the wool coat in navy?": the words name a product that does not come in that
    // colour (or size). Without them the words find it, which is closer than any navy jacket.
    const closer = saysMore
      ? await withoutColourOrSize(turn, query, carried)
      : await sameKindWithoutLimits(turn, query);
    if (closer) return closer;
  }
  // Text that matched nothing, and no colour, size, price or category to fall back on: there is
  // nothing to show, rather than the whole shop presented as a match.
  if (text && Object.keys(query).length === 0) return { products: [], exact: false };
  const steps = relaxations(query);
  for (const [index, step] of steps.entries()) {
    if (Object.keys(step).length === 0 && index > 0) break;
    const products = await catalog.search({ ...step, limit } satisfies CatalogQuery);
    // Words beyond the colour, size and category that matched nothing make even the first step
    // only the closest thing.
    if (products.length > 0) return { products, exact: index === 0 && !saysMore };
  }
  return { products: [], exact: false };
}

/** What the turn's search finds, as `searchProducts` would find it; undefined for a listing ("the cheapest"). */
export async function findForTurn(turn: SkillTurn): Promise<Found | undefined> {
  if (askedListing(turn.text)) return undefined;
  return find(turn, turnQuery(turn), carriedWords(turn));
}

/** The one product a search found exactly, if it found exactly one ("这个围巾" → the scarf). */
export function onlyExact(found: Found | undefined): Product | undefined {
  if (!found?.exact || found.dropped || found.products.length !== 1) return undefined;
  return found.products[0];
}

/**
 * "red dresses under 50": cards of what matches, or the closest thing with an honest note. `found`
 * is the search already run for this turn (`findForTurn`), so it is not run twice.
 */
export async function searchProducts(turn: SkillTurn, found?: Found): Promise<void> {
  sayCurrencyNote(turn);
  const query = turnQuery(turn);
  const listing = askedListing(turn.text) ?? listingSortedBy(query.sort);
  if (listing) {
    const sorted = { ...query, sort: listing.sort };
    return show(turn, await listProducts(turn, listing, sorted, MAX_CARDS), sorted, listing.template);
  }
  const carried = carriedWords(turn);
  const { products, exact, dropped } = found ?? (await find(turn, query, carried));
  const browsing = !turn.text.trim() && turn.entities.length === 0;
  const searched = { ...query, words: carried ?? requestAbout(turn) };
  const [only] = products;
  if (dropped?.colour && only && products.length === 1) {
    // "这条裹身裙有蓝色吗" found the one dress: its own colours, as a question about it would get.
    return show(turn, products, searched, 'product.no_colour', {
      name: localized(only.name, turn.ctx.lang),
      colour: colourName(turn, dropped.colour),
      colours: list(
        only.colours.map((c) => colourName(turn, c)),
        turn.ctx.lang,
      ),
    });
  }
  if (dropped?.colour && products.length > 0) {
    return show(turn, products, searched, 'product.closest_other_colours', {
      colour: colourName(turn, dropped.colour),
    });
  }
  if (dropped?.size && products.length > 0) {
    return show(turn, products, searched, 'product.closest_other_sizes', { size: dropped.size });
  }
  return show(turn, products, searched, browsing ? 'product.browse' : exact ? 'product.results' : 'product.closest');
}

/**
 * The cards, remembered for "the second one" and for narrowing; or an honest "nothing found" that
 * says what the shop does sell, so "do you sell kids' clothes?" learns the range rather than to
 * try other words.
 */
async function show(
  turn: SkillTurn,
  products: Product[],
  query: CatalogQuery & { words?: string | undefined },
  key: TemplateKey,
  params: Record<string, string> = {},
): Promise<void> {
  if (products.length === 0) {
    // In the lexicon's order (dresses, tops, jeans…), a shop's own categories after.
    const known = Object.keys(CATEGORY_FORMS);
    const rank = (k: string) => (known.includes(k) ? known.indexOf(k) : known.length);
    const kinds = Object.keys((await turn.deps.catalog.vocabulary()).categories).sort((a, b) => rank(a) - rank(b));
    const range = list(
      kinds.map((k) => turn.tOr(`category.${k}`, k)),
      turn.ctx.lang,
    );
    turn.say(
      'product.none',
      { range },
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
  const { words, ...constraints } = query;
  rememberQuery(turn, constraints, words);
  // Asked for a family ("neutral colours"), each card says which of its colours are in it.
  const family = constraints.colourFamily;
  const cards = products.map((p) => productCard(turn, p, family && familyColoursLine(turn, p, family)));
  turn.say(key, { count: products.length, ...params }, { cards });
}
