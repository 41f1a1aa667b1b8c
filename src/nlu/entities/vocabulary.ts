/** The static synonyms in intents/entities.json, merged under whatever the live catalog adds. */
import { readFileSync } from 'node:fs';
import type { CatalogVocabulary } from '../types';

export interface VocabularyProvider {
  vocabulary(): Promise<CatalogVocabulary>;
}

export const EMPTY_VOCABULARY: CatalogVocabulary = { products: [], categories: {}, colours: {}, sizes: [] };

/** Reads `{ categories, colours, sizes }` (products are the live catalog's business). */
export function loadVocabularyFile(file: string): CatalogVocabulary {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Partial<CatalogVocabulary>;
  return {
    products: json.products ?? [],
    categories: json.categories ?? {},
    colours: json.colours ?? {},
    colourFamilies: json.colourFamilies ?? {},
    sizes: json.sizes ?? [],
  };
}

function mergeForms(a: Record<string, string[]>, b: Record<string, string[]>): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const source of [a, b]) {
    for (const [key, forms] of Object.entries(source)) merged[key] = [...new Set([...(merged[key] ?? []), ...forms])];
  }
  return merged;
}

export function mergeVocabularies(base: CatalogVocabulary, live: CatalogVocabulary): CatalogVocabulary {
  return {
    products: [...base.products, ...live.products],
    categories: mergeForms(base.categories, live.categories),
    colours: mergeForms(base.colours, live.colours),
    colourFamilies: mergeForms(base.colourFamilies ?? {}, live.colourFamilies ?? {}),
    sizes: [...new Set([...base.sizes, ...live.sizes])],
  };
}

/**
 * Every surface form plus its converted form where `convert` changes it: the engine reads Chinese in
 * Simplified characters, so a shop that names its products in Traditional ones still has them found.
 */
export function withConvertedForms(
  vocabulary: CatalogVocabulary,
  convert: (surface: string) => string,
): CatalogVocabulary {
  const both = (forms: string[]) => [...new Set(forms.flatMap((form) => [form, convert(form)]))];
  const bothForms = (byKey: Record<string, string[]>) =>
    Object.fromEntries(Object.entries(byKey).map(([key, forms]) => [key, both(forms)]));
  return {
    products: vocabulary.products.map((product) => ({ ...product, names: both(product.names) })),
    categories: bothForms(vocabulary.categories),
    colours: bothForms(vocabulary.colours),
    colourFamilies: bothForms(vocabulary.colourFamilies ?? {}),
    sizes: both(vocabulary.sizes),
  };
}

/** A provider that always answers with the same vocabulary (tests, CLIs, shops without a catalog). */
export function staticVocabulary(vocabulary: CatalogVocabulary): VocabularyProvider {
  return { vocabulary: async () => vocabulary };
}
