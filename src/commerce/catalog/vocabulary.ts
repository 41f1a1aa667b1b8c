/**
 * The catalog's live vocabulary for the NLU: what products, categories, colours and sizes exist right
 * now, with their surface forms in both languages.
 */
import type { CatalogVocabulary } from '../../nlu/types';
import type { Product } from '../../store/entities';
import { COLOUR_FAMILIES, categoryForms, colourForms } from './lexicon';

const LETTER_SIZES = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', 'ONE SIZE'];

/** Letter sizes in wearing order, then numeric sizes ascending, then anything else. */
export function compareSizes(a: string, b: string): number {
  const la = LETTER_SIZES.indexOf(a.toUpperCase());
  const lb = LETTER_SIZES.indexOf(b.toUpperCase());
  if (la >= 0 && lb >= 0) return la - lb;
  if (la >= 0 !== lb >= 0) return la >= 0 ? -1 : 1;
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.localeCompare(b);
}

export function buildVocabulary(products: Product[]): CatalogVocabulary {
  const categories: Record<string, string[]> = {};
  const colours: Record<string, string[]> = {};
  const sizes = new Set<string>();
  for (const product of products) {
    categories[product.category] ??= categoryForms(product.category);
    for (const colour of product.colours) colours[colour] ??= colourForms(colour);
    for (const size of product.sizes) sizes.add(size);
  }
  const colourFamilies: Record<string, string[]> = {};
  for (const [key, family] of Object.entries(COLOUR_FAMILIES)) {
    if (family.colours.some((c) => colours[c] !== undefined)) colourFamilies[key] = [...family.en, ...family.zh];
  }
  return {
    products: products.map((p) => ({ id: p.id, names: [...new Set([p.name.en, p.name.zh])] })),
    categories,
    colours,
    colourFamilies,
    sizes: [...sizes].sort(compareSizes),
  };
}
