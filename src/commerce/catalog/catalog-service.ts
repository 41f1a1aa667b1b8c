/**
 * Catalog search over the store's products: structured filters (category, colour, size, price, stock)
 * plus free text in English or Chinese, ranked by relevance, then popularity.
 */
import type { Clock } from '../../core/clock';
import type { CatalogVocabulary } from '../../nlu/types';
import type { Product } from '../../store/entities';
import type { ProductRepo } from '../../store/repositories';
import type { CatalogQuery, CatalogService, CatalogSort } from '../types';
import { CATEGORY_FORMS, COLOUR_FORMS, colourForms, familyColours } from './lexicon';
import type { PopularitySource } from './popularity';
import { type IndexedProduct, indexProduct, scoreTerm } from './product-index';
import { parseQuery, type QueryLexicon, type QueryTerm } from './query-parser';
import { catalogSpellings, refineTerms } from './term-refiner';
import { buildVocabulary } from './vocabulary';

interface Snapshot {
  at: number;
  entries: IndexedProduct[];
  vocabulary: CatalogVocabulary;
  lexicon: QueryLexicon;
  /** Catalogue words and how many products use each, for one-typo search. */
  spellings: Map<string, number>;
}

const DEFAULT_LIMIT = 10;

function sameLabel(a: string | undefined, b: string): boolean {
  return a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}

export class StoreCatalogService implements CatalogService {
  private snapshot: Snapshot | undefined;

  constructor(
    private readonly deps: {
      products: ProductRepo;
      clock: Clock;
      popularity?: PopularitySource;
      /** Products and vocabulary are re-read after this long; call invalidate() after an import. */
      cacheTtlMs?: number;
    },
  ) {}

  /** Forgets the cached products, so the next call sees a change at once. */
  invalidate(): void {
    this.snapshot = undefined;
  }

  async get(id: string): Promise<Product | null> {
    return this.deps.products.get(id);
  }

  stock(product: Product, variant?: { size?: string; colour?: string }): number {
    return product.variants
      .filter((v) => variant?.size === undefined || sameLabel(v.size, variant.size))
      .filter((v) => variant?.colour === undefined || sameLabel(v.colour, variant.colour))
      .reduce((sum, v) => sum + Math.max(0, v.stock), 0);
  }

  async vocabulary(): Promise<CatalogVocabulary> {
    return (await this.load()).vocabulary;
  }

  async search(query: CatalogQuery): Promise<Product[]> {
    const snapshot = await this.load();
    const parsed = query.text?.trim() ? parseQuery(query.text, snapshot.lexicon) : { terms: [] };
    const size = query.size ?? parsed.size;
    const minPrice = query.minPriceCents ?? parsed.minPriceCents;
    const maxPrice = query.maxPriceCents ?? parsed.maxPriceCents;

    // A family ("neutral colours") keeps the products in any of its colours, checked for stock in those.
    const family =
      query.colour === undefined && query.colourFamily !== undefined ? familyColours(query.colourFamily) : undefined;
    const candidates = snapshot.entries.filter(({ product }) => {
      if (query.category !== undefined && product.category !== query.category) return false;
      if (query.colour !== undefined && !product.colours.includes(query.colour)) return false;
      const inFamily = family && product.colours.filter((c) => family.includes(c));
      if (inFamily && inFamily.length === 0) return false;
      if (size !== undefined && !product.sizes.some((s) => sameLabel(s, size))) return false;
      if (minPrice !== undefined && product.priceCents < minPrice) return false;
      if (maxPrice !== undefined && product.priceCents > maxPrice) return false;
      if (query.inStockOnly) {
        const variant = {
          ...(size !== undefined && { size }),
          ...(query.colour !== undefined && { colour: query.colour }),
        };
        const colours = inFamily ?? [undefined];
        if (colours.every((colour) => this.stock(product, { ...variant, ...(colour && { colour }) }) <= 0))
          return false;
      }
      return true;
    });

    // If no word of the text means anything in this catalogue, we honestly have nothing to show.
    const terms = refineTerms(parsed.terms, snapshot.entries, snapshot.spellings);
    if (parsed.terms.length > 0 && terms.length === 0) return [];

    const popularity = (await this.deps.popularity?.scores()) ?? new Map<string, number>();
    const ranked: { product: Product; score: number; popularity: number }[] = [];
    for (const entry of candidates) {
      const score = totalScore(entry, terms);
      if (score === null) continue;
      ranked.push({ product: entry.product, score, popularity: popularity.get(entry.product.id) ?? 0 });
    }
    ranked.sort(
      (a, b) =>
        sortOrder(query.sort, a.product, b.product) ||
        b.score - a.score ||
        b.popularity - a.popularity ||
        a.product.name.en.localeCompare(b.product.name.en),
    );
    return ranked.slice(0, query.limit ?? DEFAULT_LIMIT).map((r) => r.product);
  }

  private async load(): Promise<Snapshot> {
    const now = this.deps.clock.now().getTime();
    if (this.snapshot && now - this.snapshot.at < (this.deps.cacheTtlMs ?? 30_000)) return this.snapshot;
    const products = await this.deps.products.list({ activeOnly: true });
    const vocabulary = buildVocabulary(products);
    const entries = products.map(indexProduct);
    const spellings = catalogSpellings(entries);
    this.snapshot = { at: now, entries, vocabulary, lexicon: queryLexicon(vocabulary), spellings };
    return this.snapshot;
  }
}

/** The order a `CatalogQuery.sort` asks for; 0 (best match decides) without one. */
function sortOrder(sort: CatalogSort | undefined, a: Product, b: Product): number {
  if (sort === 'newest') return b.createdAt.localeCompare(a.createdAt);
  if (sort === 'price_low') return a.priceCents - b.priceCents;
  if (sort === 'price_high') return b.priceCents - a.priceCents;
  return 0;
}

/** Every term must match; null when one does not. */
function totalScore(entry: IndexedProduct, terms: QueryTerm[]): number | null {
  let total = 0;
  for (const term of terms) {
    const score = scoreTerm(entry, term, colourForms);
    if (score === 0) return null;
    total += score;
  }
  return total;
}

/** Known forms plus the live catalogue's own keys, so a query can name a colour no product has yet. */
function queryLexicon(vocabulary: CatalogVocabulary): QueryLexicon {
  const categories: Record<string, string[]> = { ...vocabulary.categories };
  for (const [key, forms] of Object.entries(CATEGORY_FORMS)) categories[key] ??= [...forms.en, ...forms.zh];
  const colours: Record<string, string[]> = { ...vocabulary.colours };
  for (const [key, forms] of Object.entries(COLOUR_FORMS)) colours[key] ??= [...forms.en, ...forms.zh];
  return { categories, colours };
}
