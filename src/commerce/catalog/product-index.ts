/**
 * A product prepared for matching: English stems and Chinese text per field, so a query term can be
 * scored against the name (strongest), tags, category and colours, and the description (weakest).
 */
import type { Product } from '../../store/entities';
import type { QueryTerm } from './query-parser';
import { hasCjk, latinWords, normalise, zhSameWords } from './text';

export interface IndexedProduct {
  product: Product;
  nameWords: Set<string>;
  tagWords: Set<string>;
  otherWords: Set<string>;
  zhName: string;
  zhTags: string;
  zhOther: string;
}

const WEIGHT = { name: 4, category: 3, tag: 3, colour: 3, other: 1.5 } as const;

export function indexProduct(product: Product): IndexedProduct {
  const tags = product.tags.join(' ');
  return {
    product,
    nameWords: new Set(latinWords(product.name.en)),
    tagWords: new Set(latinWords(tags)),
    otherWords: new Set(latinWords(`${product.description.en} ${product.material?.en ?? ''}`)),
    zhName: normalise(product.name.zh),
    zhTags: normalise(tags),
    zhOther: normalise(`${product.description.zh} ${product.material?.zh ?? ''}`),
  };
}

/**
 * A Chinese noun as shoppers say it, and without the suffix 子 that product names often drop:
 * "靴子" finds "切尔西靴", "裙子" finds "半身裙"; a word that means the same counts ("夏天" for 夏季).
 */
function zhIn(phrase: string, zhText: string): boolean {
  if (zhSameWords(phrase).some((same) => zhText.includes(same))) return true;
  return phrase.length >= 2 && phrase.endsWith('子') && zhText.includes(phrase.slice(0, -1));
}

/** A phrase (possibly several words, or Chinese) occurs in a field. */
function phraseIn(phrase: string, words: Set<string>, zhText: string): boolean {
  if (hasCjk(phrase)) return zhIn(phrase, zhText);
  const stems = latinWords(phrase);
  return stems.length > 0 && stems.every((s) => words.has(s));
}

/** How well one query term matches a product; 0 means not at all. */
export function scoreTerm(entry: IndexedProduct, term: QueryTerm, colourForms: (key: string) => string[]): number {
  const { product } = entry;
  switch (term.kind) {
    case 'colour': {
      if (product.colours.includes(term.key)) return WEIGHT.colour;
      const forms = colourForms(term.key);
      return forms.some((f) => phraseIn(f, entry.nameWords, entry.zhName)) ? WEIGHT.other : 0;
    }
    case 'category': {
      if (term.forms.some((f) => phraseIn(f, entry.nameWords, entry.zhName))) return WEIGHT.name;
      if (!term.specific && product.category === term.key) return WEIGHT.category;
      return term.forms.some((f) => phraseIn(f, entry.tagWords, entry.zhTags)) ? WEIGHT.tag : 0;
    }
    case 'word':
      if (entry.nameWords.has(term.value)) return WEIGHT.name;
      if (entry.tagWords.has(term.value)) return WEIGHT.tag;
      return entry.otherWords.has(term.value) ? WEIGHT.other : 0;
    case 'cjk':
      if (zhIn(term.value, entry.zhName)) return WEIGHT.name;
      if (zhIn(term.value, entry.zhTags)) return WEIGHT.tag;
      return zhIn(term.value, entry.zhOther) ? WEIGHT.other : 0;
  }
}
