/**
 * Dictionary glosses as features for Chinese: each Han word also contributes the stemmed English
 * words of its CC-CEDICT definitions, prefixed `g:`. Chinese shoppers use many words for one thing
 * (退款 / 退钱, 取消 / 退订, 大学 / 高校); words the corpus never paired can still share a gloss
 * ("refund", "cancel", "university"), which is the nearest thing to word meaning the engine has
 * without shipping pretrained vectors. Measured in docs/benchmarks-nlu.md ("Chinese glosses").
 */
import { chineseDefinitions, stemEnglish } from './nlpjs';

const HAN = /\p{Script=Han}/u;
const PARENTHESES = /\(.*?\)/g;
const NOT_LETTERS = /[^a-z]+/;
/** Two or more letters: a size ("M") or the `0` standing for a number glosses nothing. */
const LATIN_WORD = /^[a-z]{2,}$/;

/**
 * Words that carry no meaning of their own in dictionary prose ("to cancel", "sb's", "(of a
 * movie)"), and CEDICT's own abbreviations for classifiers, variants and cross-references.
 */
const GLOSS_STOPWORDS = new Set(
  'a an and as at be by etc for from in is it of on one oneself or sb sth someone something the to used variant see also cl lit fig pr'.split(
    ' ',
  ),
);

/**
 * A definition's sense list ("to wrap up/bundle/parcel/CL:個|个[ge4]") as meaning words: classifier
 * and pronunciation notes dropped (they name other Chinese words, not meanings), parenthesised
 * usage notes dropped, stop words dropped.
 */
function glossWords(definition: string, into: Set<string>): void {
  for (const gloss of definition.split('/')) {
    if (gloss.startsWith('CL:') || gloss.includes('[')) continue;
    for (const word of gloss.replace(PARENTHESES, ' ').toLowerCase().split(NOT_LETTERS)) {
      if (word.length > 1 && !GLOSS_STOPWORDS.has(word)) into.add(word);
    }
  }
}

export class GlossFeatures {
  /** Words repeat across messages and the dictionary is static: each is looked up once. */
  private readonly cache = new Map<string, readonly string[]>();
  private readonly plainCache = new Map<string, readonly string[]>();

  constructor(private readonly definitionsOf: (word: string) => string[] = chineseDefinitions) {}

  /**
   * Gloss features of a message's word tokens, in token order. A Latin word in Chinese text ("我要申请
   * refund", already stemmed) is its own gloss: it fires the feature 退款 fires, which the Chinese
   * corpus trained, where on its own it would be a word the corpus hardly ever uses.
   */
  of(tokens: readonly string[]): string[] {
    const out: string[] = [];
    for (const token of tokens) {
      if (HAN.test(token)) out.push(...this.ofWord(token));
      else if (LATIN_WORD.test(token) && !GLOSS_STOPWORDS.has(token)) out.push(`g:${token}`);
    }
    return out;
  }

  /** The English words of the glosses themselves, unstemmed (what word vectors are looked up by). */
  wordsOf(tokens: readonly string[]): string[] {
    const out: string[] = [];
    for (const token of tokens) {
      if (HAN.test(token)) out.push(...this.plainWordsOf(token));
    }
    return out;
  }

  private ofWord(word: string): readonly string[] {
    let features = this.cache.get(word);
    if (!features) {
      const words = this.plainWordsOf(word);
      features = words.length === 0 ? [] : [...new Set(stemEnglish([...words]))].map((w) => `g:${w}`);
      this.cache.set(word, features);
    }
    return features;
  }

  private plainWordsOf(word: string): readonly string[] {
    let words = this.plainCache.get(word);
    if (!words) {
      const found = new Set<string>();
      for (const definition of this.definitionsOf(word)) glossWords(definition, found);
      words = [...found];
      this.plainCache.set(word, words);
    }
    return words;
  }
}
