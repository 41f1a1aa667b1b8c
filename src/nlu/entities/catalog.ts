/**
 * Catalog terms from a live vocabulary: products, categories, colours (and their families), sizes,
 * in both languages.
 * Terms are tried longest first and may not overlap, so "navy blue dress" finds the product
 * "navy blue dress" before the colour "navy". Chinese has no spaces, so Han terms match as substrings;
 * Latin terms must sit on word boundaries (and may take a plural "s"/"es").
 */
import type { CatalogVocabulary, Entity, EntityType } from '../types';
import { escapeRegExp } from './match';
import { uniqueChineseTails, uniqueEnglishPartials } from './partial-names';

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
  return new RegExp(`(?<![\\p{L}\\p{N}])${latinName(surface)}(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * A Latin name as typed: a plural "s"/"es" added, or a plural name's last "s" dropped ("chelsea boot"),
 * and a hyphen typed as a space or left out ("high rise").
 */
function latinName(surface: string): string {
  const words = surface
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/-/g, '[-\\s]?'));
  const last = words.pop() ?? '';
  const stem = /[a-rt-z]s$/i.test(last) ? `${last.slice(0, -1)}(?:s|es)?` : `${last}(?:e?s)?`;
  return [...words, stem].join('\\s+');
}

/** Part of an English name counts after a word that points at one thing ("the", "those", "my"). */
const POINTING = '(?<=\\b(?:the|that|this|those|these|my|your)\\s+(?:[\\p{L}-]+\\s+)?)';

/** Up to this many leading letters of a term's first word index it. */
const KEY_LENGTH = 3;
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const HAN_CHAR = /\p{Script=Han}/gu;

/**
 * What a message must hold for a term to match there: a Latin term starts a word with its first
 * letters (the plural and singular forms only change its end); a term with Chinese in it holds its
 * first Han character.
 * Undefined for terms that are always tried: sizes ("size M", "M码"), and surfaces that start with a
 * sign or whose first word has a hyphen a shopper may leave out ("high-rise" typed "highrise").
 */
function indexKey(term: Term): string | undefined {
  if (term.type === 'size') return undefined;
  const surface = term.surface.trim().toLowerCase();
  // A name with Chinese in it matches anywhere, as a substring ("T恤" inside "我想买T恤").
  const han = /\p{Script=Han}/u.exec(surface);
  if (han) return han[0];
  const first = /^[\p{L}\p{N}]+/u.exec(surface)?.[0];
  if (!first || /^[\p{L}\p{N}]+-/u.test(surface)) return undefined;
  return first.slice(0, KEY_LENGTH);
}

export class CatalogMatcher {
  private readonly terms: Term[];
  /** Term positions (in `terms`' order) by index key, so a message tries only terms it could hold. */
  private readonly byKey = new Map<string, number[]>();
  private readonly alwaysTried: number[] = [];

  /**
   * `indexed: false` tries every term on every message, as the matcher did before the index; it
   * stays for the side-by-side benchmark (`npm run bench`).
   */
  constructor(
    vocabulary: CatalogVocabulary,
    private readonly options: { indexed?: boolean } = {},
  ) {
    const terms: Term[] = [];
    const add = (type: EntityType, value: string, surface: string) => {
      if (surface.trim()) terms.push({ type, value, surface, pattern: termPattern(surface, type) });
    };
    for (const product of vocabulary.products) for (const name of product.names) add('product', product.id, name);
    for (const { id, form } of uniqueChineseTails(vocabulary)) add('product', id, form);
    for (const { id, form } of uniqueEnglishPartials(vocabulary)) {
      terms.push({
        type: 'product',
        value: id,
        surface: form,
        pattern: new RegExp(POINTING + termPattern(form, 'product').source, 'giu'),
      });
    }
    for (const [key, forms] of Object.entries(vocabulary.categories))
      for (const f of [key, ...forms]) add('category', key, f);
    for (const [key, forms] of Object.entries(vocabulary.colours))
      for (const f of [key, ...forms]) add('colour', key, f);
    for (const [key, forms] of Object.entries(vocabulary.colourFamilies ?? {}))
      for (const f of forms) add('colour_family', key, f);
    for (const size of vocabulary.sizes) add('size', size, size);
    // Longest first; among equals, products before categories before colours (more specific wins),
    // and a term's own name before another's synonym: a shop selling "olive" next to "green" keeps
    // them apart, though the static synonyms file lists olive as a shade of green.
    const rank: Partial<Record<EntityType, number>> = { product: 0, category: 1, colour: 2, colour_family: 3, size: 4 };
    const ownName = (t: Term) => (t.surface.toLowerCase() === t.value.toLowerCase() ? 0 : 1);
    terms.sort(
      (a, b) =>
        b.surface.length - a.surface.length || (rank[a.type] ?? 9) - (rank[b.type] ?? 9) || ownName(a) - ownName(b),
    );
    this.terms = terms;
    for (const [position, term] of terms.entries()) {
      const key = indexKey(term);
      if (key === undefined) this.alwaysTried.push(position);
      else this.byKey.set(key, [...(this.byKey.get(key) ?? []), position]);
    }
  }

  /** The terms the message could hold, in the order they are tried. */
  private candidates(text: string): Term[] {
    if (this.options.indexed === false) return this.terms;
    const positions = new Set(this.alwaysTried);
    const lower = text.toLowerCase();
    const keys = new Set<string>();
    for (const [word] of lower.matchAll(WORD_RUN)) {
      for (let length = 1; length <= Math.min(KEY_LENGTH, word.length); length++) keys.add(word.slice(0, length));
    }
    for (const [char] of lower.matchAll(HAN_CHAR)) keys.add(char);
    for (const key of keys) for (const position of this.byKey.get(key) ?? []) positions.add(position);
    return [...positions].sort((a, b) => a - b).flatMap((position) => this.terms[position] ?? []);
  }

  extract(text: string): Entity[] {
    const taken = new Uint8Array(text.length);
    const found: Entity[] = [];
    for (const term of this.candidates(text)) {
      const { pattern } = term;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (m[0].length === 0) pattern.lastIndex++;
        if (taken.subarray(start, end).some((x) => x === 1)) continue;
        taken.fill(1, start, end);
        found.push({ type: term.type, value: term.value, text: m[0], start, end });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}
