/**
 * Catalog terms from a live vocabulary: products, categories, colours, sizes, in both languages.
 * Terms are tried longest first and may not overlap, so "navy blue dress" finds the product
 * "navy blue dress" before the colour "navy". Chinese has no spaces, so Han terms match as substrings;
 * Latin terms must sit on word boundaries (and may take a plural "s"/"es").
 */
import type { CatalogVocabulary, Entity, EntityType } from '../types';
import { escapeRegExp } from './match';

interface Term {
  type: EntityType;
  value: string;
  surface: string;
  pattern: RegExp;
}

const HAN = /\p{Script=Han}/u;
const LETTER_SIZES = /^(?:xxs|xs|s|m|l|xl|xxl|xxxl|2xl|3xl)$/i;

function termPattern(surface: string, type: EntityType): RegExp {
  const escaped = escapeRegExp(surface.trim()).replace(/\s+/g, '\\s+');
  if (HAN.test(surface)) return new RegExp(escaped, 'g');
  if (type === 'size') {
    // "M" or "42" alone are too common to trust: ask for "size M", "in M", "M码", or an unusual label.
    const standalone = LETTER_SIZES.test(surface) && surface.length >= 2 ? `|\\b${escaped}\\b` : '';
    return new RegExp(
      `(?:\\bsize\\s+|\\bin\\s+(?:a\\s+)?|尺码\\s*|码数\\s*)${escaped}\\b|${escaped}\\s?(?:码|号)${standalone}`,
      'gi',
    );
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu');
}

/** The shortest tail of a Chinese product name that still names it ("羊毛毛线帽" of "罗纹羊毛毛线帽"). */
const MIN_TAIL = 4;

/**
 * Tails of Chinese product names that no other product name and no category or colour form contains:
 * shoppers drop the leading descriptive characters ("羊毛毛线帽多少钱"), and Chinese has no spaces to
 * find a partial name by.
 */
function uniqueChineseTails(vocabulary: CatalogVocabulary): { id: string; tail: string }[] {
  const forms = new Set([...Object.values(vocabulary.categories).flat(), ...Object.values(vocabulary.colours).flat()]);
  // Which products' names hold each Han piece of MIN_TAIL or more characters: built once, so a
  // refresh stays linear in the catalogue instead of comparing every tail with every other name.
  const owners = new Map<string, Set<string>>();
  for (const product of vocabulary.products) {
    for (const name of product.names) {
      for (const [run] of name.matchAll(/\p{Script=Han}+/gu)) {
        for (let start = 0; start + MIN_TAIL <= run.length; start++) {
          for (let end = start + MIN_TAIL; end <= run.length; end++) {
            const piece = run.slice(start, end);
            const ids = owners.get(piece) ?? new Set<string>();
            ids.add(product.id);
            owners.set(piece, ids);
          }
        }
      }
    }
  }
  const tails: { id: string; tail: string }[] = [];
  for (const product of vocabulary.products) {
    for (const name of product.names) {
      if (!/^\p{Script=Han}+$/u.test(name)) continue;
      for (let length = MIN_TAIL; length < name.length; length++) {
        const tail = name.slice(name.length - length);
        if (!forms.has(tail) && owners.get(tail)?.size === 1) tails.push({ id: product.id, tail });
      }
    }
  }
  return tails;
}

export class CatalogMatcher {
  private readonly terms: Term[];

  constructor(vocabulary: CatalogVocabulary) {
    const terms: Term[] = [];
    const add = (type: EntityType, value: string, surface: string) => {
      if (surface.trim()) terms.push({ type, value, surface, pattern: termPattern(surface, type) });
    };
    for (const product of vocabulary.products) for (const name of product.names) add('product', product.id, name);
    for (const { id, tail } of uniqueChineseTails(vocabulary)) add('product', id, tail);
    for (const [key, forms] of Object.entries(vocabulary.categories))
      for (const f of [key, ...forms]) add('category', key, f);
    for (const [key, forms] of Object.entries(vocabulary.colours))
      for (const f of [key, ...forms]) add('colour', key, f);
    for (const size of vocabulary.sizes) add('size', size, size);
    // Longest first; among equals, products before categories before colours (more specific wins),
    // and a term's own name before another's synonym: a shop selling "olive" next to "green" keeps
    // them apart, though the static synonyms file lists olive as a shade of green.
    const rank: Partial<Record<EntityType, number>> = { product: 0, category: 1, colour: 2, size: 3 };
    const ownName = (t: Term) => (t.surface.toLowerCase() === t.value.toLowerCase() ? 0 : 1);
    terms.sort(
      (a, b) =>
        b.surface.length - a.surface.length || (rank[a.type] ?? 9) - (rank[b.type] ?? 9) || ownName(a) - ownName(b),
    );
    this.terms = terms;
  }

  extract(text: string): Entity[] {
    const taken = new Uint8Array(text.length);
    const found: Entity[] = [];
    for (const term of this.terms) {
      term.pattern.lastIndex = 0;
      for (const m of text.matchAll(term.pattern)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.subarray(start, end).some((x) => x === 1)) continue;
        taken.fill(1, start, end);
        found.push({ type: term.type, value: term.value, text: m[0], start, end });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}
