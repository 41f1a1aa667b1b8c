/**
 * Turns a message into named features: stemmed word uni/bigrams (meaning) and character n-grams
 * (robust to typos, inflections we do not stem, and Chinese, where words are not space-separated and
 * the segmenter's dictionary misses shop vocabulary).
 */
import type { Lang } from '../core/message';
import { GlossFeatures } from './glosses';
import { normalizeText, stemEnglish, tokenize } from './nlpjs';

export interface FeatureSettings {
  wordNgrams: number;
  /** Character n-gram lengths, inclusive; min 0 turns character features off. */
  charMin: number;
  charMax: number;
  /** Chinese words also contribute their dictionary glosses (`glosses.ts`); ignored for English. */
  glosses: boolean;
}

/**
 * Chinese reads word unigrams, Han 1–2-grams and dictionary glosses. The glosses carry meaning the
 * character n-grams cannot; next to them Han 3-grams and word bigrams add nothing but model size
 * (measured in docs/benchmarks-nlu.md, "Chinese glosses").
 */
export const DEFAULT_FEATURES: Record<Lang, FeatureSettings> = {
  en: { wordNgrams: 2, charMin: 2, charMax: 5, glosses: false },
  zh: { wordNgrams: 1, charMin: 1, charMax: 2, glosses: true },
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
}

function stemmedLatin(tokens: string[]): string[] {
  return tokens.length === 0 ? tokens : stemEnglish(tokens);
}

function wordTokens(lang: Lang, normalized: string): string[] {
  if (lang === 'en') return stemmedLatin(tokenize('en', normalized).filter((t) => HAS_WORD_CHAR.test(t)));
  // node-nlp's Chinese tokenizer splits Latin words into single letters, so it only sees the Han
  // runs; Latin words in a Chinese message ("我的order") are stemmed English words, and numbers
  // (already `0`) stay tokens, all in text order.
  const tokens: string[] = [];
  let last = 0;
  const pieces = normalized.matchAll(HAN_RUN);
  const pushLatin = (segment: string) => tokens.push(...stemmedLatin(segment.match(LATIN_WORD_OR_NUMBER) ?? []));
  for (const piece of pieces) {
    pushLatin(normalized.slice(last, piece.index));
    for (const t of tokenize('zh', piece[0])) if (HAS_WORD_CHAR.test(t)) tokens.push(t);
    last = piece.index + piece[0].length;
  }
  pushLatin(normalized.slice(last));
  return tokens;
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

/** Only the word tokens of `text` (what `extractFeatures` returns as `tokens`), without the n-grams. */
export function featureTokens(lang: Lang, text: string): string[] {
  return wordTokens(lang, normalizeForFeatures(text));
}

export function extractFeatures(lang: Lang, text: string, settings: FeatureSettings): FeatureBlocks {
  const normalized = normalizeForFeatures(text);
  const tokens = wordTokens(lang, normalized);
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
  return { tokens, words, chars };
}
