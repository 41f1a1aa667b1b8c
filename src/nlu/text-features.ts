/**
 * Turns a message into named features: stemmed word uni/bigrams (meaning) and character n-grams
 * (robust to typos, inflections we do not stem, and Chinese, where words are not space-separated and
 * the segmenter's dictionary misses shop vocabulary).
 */
import type { Lang } from '../core/message';
import { GlossFeatures } from './glosses';
import { meaningVector } from './meaning';
import { normalizeText, stemEnglish, tokenize } from './nlpjs';
import type { Speller } from './spelling';
import { englishWordVectors } from './word-vectors';

export interface FeatureSettings {
  wordNgrams: number;
  /** Character n-gram lengths, inclusive; min 0 turns character features off. */
  charMin: number;
  charMax: number;
  /** Chinese words also contribute their dictionary glosses (`glosses.ts`); ignored for English. */
  glosses: boolean;
  /** Weight of the averaged word-vector block (`meaning.ts`); 0 leaves it out. */
  meaning: number;
  /** Weight of the word-pair block (`wordPairs`); 0 leaves it out. */
  pairs: number;
  /** Farthest apart two words of a pair may be (2 = one word between them). */
  pairWindow: number;
  /**
   * Latin words the training utterances never used, and that are not English words, are read as
   * the training word one typo away (`spelling.ts`). Absent in models trained before it: off.
   */
  spelling?: boolean;
}

/**
 * Chinese reads word unigrams, Han 1–2-grams and dictionary glosses. The glosses carry meaning the
 * character n-grams cannot; next to them Han 3-grams and word bigrams add nothing but model size
 * (measured in docs/benchmarks-nlu.md, "Chinese glosses"). Both languages end with averaged word
 * vectors; their weights were chosen on CLINC150's validation split (English) and by 5-fold
 * cross-validation of our corpus (docs/benchmarks-nlu.md, "Word vectors"). The word-pair block's
 * weight and window were chosen the same way ("Word pairs").
 */
export const DEFAULT_FEATURES: Record<Lang, FeatureSettings> = {
  en: { wordNgrams: 2, charMin: 2, charMax: 5, glosses: false, meaning: 1, pairs: 0.5, pairWindow: 8, spelling: true },
  zh: {
    wordNgrams: 1,
    charMin: 1,
    charMax: 2,
    glosses: true,
    meaning: 0.75,
    pairs: 0.5,
    pairWindow: 8,
    spelling: true,
  },
};

const chineseGlosses = new GlossFeatures();

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD_CHARS = /[^\p{L}\p{N}]+/gu;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT_RUN = /\p{Nd}+/gu;
const REPEATS = /(\p{L})\1{2,}/gu;
/** Latin words and the `0` that stands for a number, inside Chinese text. */
const LATIN_WORD_OR_NUMBER = /[a-z]+|0/g;

/**
 * Text both feature blocks read: node-nlp's normaliser (accents off, lower case), letters repeated
 * three or more times cut to two ("sooooo" and "sooo" become one feature), and every digit run
 * replaced by one `0`, so "order 10234" and "order 88231" share features instead of each order
 * number becoming a rare feature the model overfits to.
 */
export function normalizeForFeatures(text: string): string {
  return normalizeText(text).replace(REPEATS, '$1$1').replace(DIGIT_RUN, '0');
}

export interface FeatureBlocks {
  /** The message's word tokens (stemmed), before n-grams: what `familiarity.ts` reads. */
  tokens: string[];
  words: string[];
  chars: string[];
  /** Word pairs with other words between them (`wordPairs`); empty when the block is off. */
  pairs: string[];
  /** Averaged word vectors (`meaning.ts`), already weighted; absent when off or no word has one. */
  meaning?: Float64Array;
}

function stemmedLatin(tokens: string[]): string[] {
  return tokens.length === 0 ? tokens : stemEnglish(tokens);
}

/** A message's words: `tokens` as the model reads them (Latin words stemmed), `latin` as typed. */
interface WordSplit {
  tokens: string[];
  /** The Latin words and numbers before stemming, in text order (what word vectors are looked up by). */
  latin: string[];
}

function wordSplit(lang: Lang, normalized: string): WordSplit {
  if (lang === 'en') {
    const latin = tokenize('en', normalized).filter((t) => HAS_WORD_CHAR.test(t));
    return { tokens: stemmedLatin(latin), latin };
  }
  // node-nlp's Chinese tokenizer splits Latin words into single letters, so it only sees the Han
  // runs; Latin words in a Chinese message ("我的order") are stemmed English words, and numbers
  // (already `0`) stay tokens, all in text order.
  const tokens: string[] = [];
  const latin: string[] = [];
  let last = 0;
  const pieces = normalized.matchAll(HAN_RUN);
  const pushLatin = (segment: string) => {
    const words = segment.match(LATIN_WORD_OR_NUMBER) ?? [];
    latin.push(...words);
    tokens.push(...stemmedLatin(words));
  };
  for (const piece of pieces) {
    pushLatin(normalized.slice(last, piece.index));
    for (const t of tokenize('zh', piece[0])) if (HAS_WORD_CHAR.test(t)) tokens.push(t);
    last = piece.index + piece[0].length;
  }
  pushLatin(normalized.slice(last));
  return { tokens, latin };
}

function charNgramsWithinWords(text: string, min: number, max: number, out: string[]): void {
  for (const word of text.split(WORD_CHARS)) {
    if (!word) continue;
    const padded = ` ${word} `;
    for (let n = min; n <= max; n++) {
      for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
    }
  }
}

function charNgramsOfHan(text: string, min: number, max: number, out: string[]): void {
  for (const run of text.match(HAN_RUN) ?? []) {
    const chars = Array.from(run);
    for (let n = Math.max(min, 1); n <= max; n++) {
      for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
    }
  }
}

/**
 * The unstemmed words word vectors are looked up by: the Latin words as typed and, in Chinese, the
 * dictionary glosses of the Han words. Numbers (already `0`) and single letters (a size "M") have
 * no vectors, so they add nothing.
 */
function meaningWords(lang: Lang, split: WordSplit): string[] {
  return lang === 'en' ? split.latin : [...split.latin, ...chineseGlosses.wordsOf(split.tokens)];
}

/**
 * Pairs of words two to `window` tokens apart, in order ("stop~email" in "stop sending me emails"):
 * what a word and a word a little further on say together ("not … happy", "cancel … subscription")
 * that neither word nor an adjacent bigram does. Adjacent pairs are the word bigrams already.
 */
export function wordPairs(tokens: readonly string[], window: number): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 2; j <= i + window && j < tokens.length; j++) pairs.push(`${tokens[i]}~${tokens[j]}`);
  }
  return pairs;
}

/** Only the word tokens of `text` (what `extractFeatures` returns as `tokens`), without the n-grams. */
export function featureTokens(lang: Lang, text: string): string[] {
  return wordSplit(lang, normalizeForFeatures(text)).tokens;
}

/**
 * Loads what `settings` will read (the word-vector table) now, so a model loaded at startup fails
 * there if a package is missing, and the first shopper's message does not wait for the load.
 */
export function prepareFeatures(settings: FeatureSettings): void {
  if (settings.meaning > 0 || settings.spelling) englishWordVectors();
}

function isEnglishWord(word: string): boolean {
  return englishWordVectors().rankOf(word) !== undefined;
}

/** `speller`: the model's typo reader, when its settings have `spelling` on (`spelling.ts`). */
export function extractFeatures(lang: Lang, text: string, settings: FeatureSettings, speller?: Speller): FeatureBlocks {
  const plain = normalizeForFeatures(text);
  const normalized = speller && settings.spelling ? speller.correct(plain, isEnglishWord) : plain;
  const split = wordSplit(lang, normalized);
  const { tokens } = split;
  const words: string[] = [];
  for (let n = 1; n <= settings.wordNgrams; n++) {
    for (let i = 0; i + n <= tokens.length; i++) words.push(n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' '));
  }
  if (lang === 'zh' && settings.glosses) words.push(...chineseGlosses.of(tokens));
  const chars: string[] = [];
  if (settings.charMin > 0) {
    if (lang === 'zh') {
      charNgramsOfHan(normalized, settings.charMin, settings.charMax, chars);
      // Latin words inside Chinese text still get word-bounded n-grams.
      charNgramsWithinWords(normalized.replace(HAN_RUN, ' '), Math.max(2, settings.charMin), settings.charMax, chars);
    } else {
      charNgramsWithinWords(normalized, settings.charMin, settings.charMax, chars);
    }
  }
  const pairs = settings.pairs > 0 ? wordPairs(tokens, settings.pairWindow) : [];
  const blocks: FeatureBlocks = { tokens, words, chars, pairs };
  if (settings.meaning > 0) {
    const meaning = meaningVector(englishWordVectors(), meaningWords(lang, split), settings.meaning);
    if (meaning) blocks.meaning = meaning;
  }
  return blocks;
}
