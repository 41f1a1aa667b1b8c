/**
 * Shorter ways shoppers name one product: the tail of a Chinese name ("羊毛毛线帽" of "罗纹羊毛毛线帽"),
 * or some of an English name's words after "the" ("the linen dress" of "Linen Wrap Dress"). A form
 * counts only when it names exactly one product, so "the running shoes" stays a category request
 * while the shop sells two pairs.
 */
import type { CatalogVocabulary } from '../types';

/** The shortest tail of a Chinese product name that still names it. */
const MIN_TAIL = 4;

/** Longer English names are left alone: their word subsets grow as 2^n. */
const MAX_NAME_WORDS = 6;

const HAN_NAME = /^\p{Script=Han}+$/u;
const NAME_WORD = /\p{L}[\p{L}'-]*/gu;
const FILLER_WORDS = new Set(['and', 'with', 'of', 'the', 'pair', 'pairs', 'set']);

export interface PartialName {
  id: string;
  /** A Chinese tail, or English words in the name's order. */
  form: string;
}

/** Every form in a category or colour, in lower case: words that alone name no single product. */
function vocabularyForms(vocabulary: CatalogVocabulary): Set<string> {
  const forms = [...Object.values(vocabulary.categories).flat(), ...Object.values(vocabulary.colours).flat()];
  return new Set(forms.map((form) => form.toLowerCase()));
}

/** Which products hold each key: built once, so a refresh stays linear in the catalogue. */
function ownersOf(keysByProduct: Map<string, Iterable<string>>): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const [id, keys] of keysByProduct) {
    for (const key of keys) {
      const ids = owners.get(key) ?? new Set<string>();
      ids.add(id);
      owners.set(key, ids);
    }
  }
  return owners;
}

/**
 * Tails of Chinese product names that no other product name and no category or colour form contains:
 * shoppers drop the leading descriptive characters, and Chinese has no spaces to find a partial name by.
 */
export function uniqueChineseTails(vocabulary: CatalogVocabulary): PartialName[] {
  const forms = vocabularyForms(vocabulary);
  const pieces = new Map<string, string[]>();
  for (const product of vocabulary.products) {
    const own: string[] = [];
    for (const name of product.names) {
      for (const [run] of name.matchAll(/\p{Script=Han}+/gu)) {
        for (let start = 0; start + MIN_TAIL <= run.length; start++) {
          for (let end = start + MIN_TAIL; end <= run.length; end++) own.push(run.slice(start, end));
        }
      }
    }
    pieces.set(product.id, own);
  }
  const owners = ownersOf(pieces);
  const tails: PartialName[] = [];
  for (const product of vocabulary.products) {
    for (const name of product.names) {
      if (!HAN_NAME.test(name)) continue;
      for (let length = MIN_TAIL; length < name.length; length++) {
        const tail = name.slice(name.length - length);
        if (!forms.has(tail) && owners.get(tail)?.size === 1) tails.push({ id: product.id, form: tail });
      }
    }
  }
  return tails;
}

function englishWords(name: string): string[] {
  return (name.toLowerCase().match(NAME_WORD) ?? []).filter((word) => !FILLER_WORDS.has(word));
}

/** Proper subsequences of at least two words, in the name's order. */
function subsequences(words: readonly string[]): string[][] {
  const found: string[][] = [];
  const full = (1 << words.length) - 1;
  for (let mask = 1; mask < full; mask++) {
    const picked = words.filter((_, i) => mask & (1 << i));
    if (picked.length >= 2) found.push(picked);
  }
  return found;
}

/**
 * Two or more words of an English product name, in order, that no other product's name holds all of
 * and that are not only category or colour words ("linen dress" of "Linen Wrap Dress", "chelsea boot"
 * of "Chelsea Boots"). One word alone is too often an everyday one ("the evening", "the rain").
 */
export function uniqueEnglishPartials(vocabulary: CatalogVocabulary): PartialName[] {
  const forms = vocabularyForms(vocabulary);
  const wordsByProduct = new Map<string, Set<string>>();
  for (const product of vocabulary.products) {
    const words = product.names.filter((name) => !HAN_NAME.test(name)).flatMap(englishWords);
    wordsByProduct.set(product.id, new Set(words));
  }
  const owners = ownersOf(wordsByProduct);
  const soleOwner = (words: readonly string[], id: string) => {
    let holders = owners.get(words[0] ?? '') ?? new Set<string>();
    for (const word of words.slice(1)) holders = new Set([...holders].filter((other) => owners.get(word)?.has(other)));
    return holders.size === 1 && holders.has(id);
  };
  const partials: PartialName[] = [];
  for (const product of vocabulary.products) {
    for (const name of product.names) {
      if (HAN_NAME.test(name)) continue;
      const words = englishWords(name);
      if (words.length < 3 || words.length > MAX_NAME_WORDS) continue;
      for (const picked of subsequences(words)) {
        if (picked.every((word) => forms.has(word))) continue;
        if (soleOwner(picked, product.id)) partials.push({ id: product.id, form: picked.join(' ') });
      }
    }
  }
  return partials;
}
