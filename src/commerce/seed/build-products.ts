/**
 * Expands the hand-written catalogue into Product records: prices in pence, one variant per colour and
 * size, and stock levels with realistic gaps (a few sizes sold out, one product gone entirely).
 */
import type { Product, ProductVariant } from '../../store/entities';
import { CLOTHING_SIZES, DEMO_CATALOGUE, MATERIALS, ONE_SIZE, type ProductDef, SHOE_SIZES } from './catalog';
import type { Prng } from './prng';

const DAY_MS = 86_400_000;

/** Gaps that demos and tests rely on, so they exist whatever the seed. */
export const DEMO_SOLD_OUT: Record<string, { colour?: string; sizes?: string[] }> = {
  'featherlight-running-shoes': { colour: 'black', sizes: ['38', '39'] },
  'linen-wrap-dress': { colour: 'red', sizes: ['S'] },
  'cashmere-roll-neck': {},
};

function sizesFor(category: string, def: ProductDef): string[] {
  if (def.sizes) return def.sizes;
  if (category === 'shoes') return SHOE_SIZES;
  if (['dresses', 'tops', 'jeans', 'jackets'].includes(category)) return CLOTHING_SIZES;
  return ONE_SIZE;
}

export function skuFor(productId: string, colour: string, size: string): string {
  return `${productId}-${colour}-${size.toLowerCase().replace(/\s+/g, '')}`;
}

function isForcedSoldOut(productId: string, colour: string, size: string): boolean {
  const rule = DEMO_SOLD_OUT[productId];
  if (!rule) return false;
  return (
    (rule.colour === undefined || rule.colour === colour) && (rule.sizes === undefined || rule.sizes.includes(size))
  );
}

function variantsFor(def: ProductDef, sizes: string[], rng: Prng): ProductVariant[] {
  const variants: ProductVariant[] = [];
  for (const colour of def.colours) {
    for (const size of sizes) {
      // Edge sizes sell out first in a real shop; give them a higher chance of zero.
      const edge = size === sizes[0] || size === sizes.at(-1);
      const soldOut = isForcedSoldOut(def.id, colour, size) || rng.chance(edge ? 0.2 : 0.07);
      variants.push({ sku: skuFor(def.id, colour, size), size, colour, stock: soldOut ? 0 : rng.int(1, 24) });
    }
  }
  return variants;
}

export function buildProducts(rng: Prng, now: Date, currency: string): Product[] {
  const products: Product[] = [];
  let index = 0;
  for (const [category, defs] of Object.entries(DEMO_CATALOGUE)) {
    for (const def of defs) {
      const sizes = sizesFor(category, def);
      // Launched over the past year, a few days apart, so "new in" has a meaning.
      const createdAt = new Date(now.getTime() - (365 - index * 5) * DAY_MS).toISOString();
      products.push({
        id: def.id,
        name: { en: def.en, zh: def.zh },
        description: { en: def.descEn, zh: def.descZh },
        category,
        priceCents: Math.round(def.price * 100),
        currency,
        colours: [...def.colours],
        sizes: [...sizes],
        material: { ...MATERIALS[def.material] },
        variants: variantsFor(def, sizes, rng),
        imageUrl: `/assets/products/${def.id}.svg`,
        tags: [...def.tags],
        finalSale: def.finalSale ?? false,
        consumable: def.consumable ?? false,
        active: true,
        createdAt,
        updatedAt: createdAt,
      });
      index++;
    }
  }
  return products;
}
