/**
 * Business rules applied after scoring, on live product data: only active products in stock (in the
 * asked colour, when one is asked), the shopper's constraints, nothing already bought unless it is a
 * consumable, prices near what the shopper looks at, and a list that does not repeat one category.
 */
import type { Product } from '../../store/entities';

export interface Constraints {
  category?: string;
  /** "What goes with this dress?": anything but this category (the seed's own). */
  otherThanCategory?: string;
  colour?: string;
  /** Any of these colours ("neutral colours"), in stock in one of them; `colour` wins when both are set. */
  anyColour?: readonly string[];
  /** A size label ("M", "38"): the product must be in stock in it. */
  size?: string;
  maxPriceCents?: number;
  minPriceCents?: number;
}

export interface EligibilityContext {
  constraints: Constraints;
  /** Products this shopper bought. */
  purchased: ReadonlySet<string>;
  /** Never suggested this time (the seed product itself). */
  exclude: ReadonlySet<string>;
  consumableCategories: ReadonlySet<string>;
}

const same = (a: string | undefined, b: string) => a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/** Units in stock, optionally only in one colour and/or size. */
export function stockOf(product: Product, colour?: string, size?: string): number {
  return product.variants
    .filter((v) => colour === undefined || same(v.colour, colour))
    .filter((v) => size === undefined || same(v.size, size))
    .reduce((sum, v) => sum + Math.max(0, v.stock), 0);
}

export function isConsumable(product: Product, consumableCategories: ReadonlySet<string>): boolean {
  return product.consumable || consumableCategories.has(product.category);
}

/** `knownStock` (total units) spares recounting variants when no colour or size is asked. */
export function isEligible(product: Product, ctx: EligibilityContext, knownStock?: number): boolean {
  const c = ctx.constraints;
  if (!product.active || ctx.exclude.has(product.id)) return false;
  if (c.category !== undefined && !same(product.category, c.category)) return false;
  if (c.otherThanCategory !== undefined && same(product.category, c.otherThanCategory)) return false;
  if (c.colour !== undefined && !product.colours.some((x) => same(x, c.colour as string))) return false;
  const anyOf = c.colour === undefined ? c.anyColour : undefined;
  const inAnyOf = anyOf && product.colours.filter((x) => anyOf.some((wanted) => same(x, wanted)));
  if (inAnyOf && inAnyOf.length === 0) return false;
  if (c.maxPriceCents !== undefined && product.priceCents > c.maxPriceCents) return false;
  if (c.minPriceCents !== undefined && product.priceCents < c.minPriceCents) return false;
  const stock = inAnyOf
    ? inAnyOf.reduce((sum, colour) => sum + stockOf(product, colour, c.size), 0)
    : c.colour === undefined && c.size === undefined && knownStock !== undefined
      ? knownStock
      : stockOf(product, c.colour, c.size);
  if (stock <= 0) return false;
  if (ctx.purchased.has(product.id) && !isConsumable(product, ctx.consumableCategories)) return false;
  return true;
}

/** The weighted median price of what the shopper interacted with; undefined below two products. */
export function referencePrice(entries: readonly { priceCents: number; weight: number }[]): number | undefined {
  const priced = entries.filter((e) => e.priceCents > 0 && e.weight > 0).sort((a, b) => a.priceCents - b.priceCents);
  if (priced.length < 2) return undefined;
  const half = priced.reduce((s, e) => s + e.weight, 0) / 2;
  let run = 0;
  for (const e of priced) {
    run += e.weight;
    if (run >= half) return e.priceCents;
  }
  return priced.at(-1)?.priceCents;
}

/**
 * 1 inside [ref/band, ref·band]; beyond, the score fades with the log-distance from the band's edge
 * (twice the band's width away: about a third of the score).
 */
export function priceFactor(priceCents: number, reference: number | undefined, band: number): number {
  if (reference === undefined || priceCents <= 0 || band <= 1) return 1;
  const distance = Math.abs(Math.log(priceCents / reference)) - Math.log(band);
  return distance <= 0 ? 1 : Math.exp(-distance / Math.log(band));
}

/**
 * Greedy re-ranking: each pick is the best score after multiplying by `penalty` once per already
 * chosen item of the same category. Stable: equal scores keep their input order.
 */
export function diversify<T extends { product: Product; score: number }>(
  ranked: readonly T[],
  limit: number,
  penalty: number,
): T[] {
  const pool = [...ranked];
  const chosen: T[] = [];
  const perCategory = new Map<string, number>();
  while (chosen.length < limit && pool.length > 0) {
    let bestAt = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    pool.forEach((item, i) => {
      const adjusted = item.score * penalty ** (perCategory.get(item.product.category) ?? 0);
      if (adjusted > bestScore) {
        bestScore = adjusted;
        bestAt = i;
      }
    });
    const [pick] = pool.splice(bestAt, 1) as [T];
    chosen.push(pick);
    perCategory.set(pick.product.category, (perCategory.get(pick.product.category) ?? 0) + 1);
  }
  return chosen;
}
