/**
 * Turns a message into named features: stemmed word uni/bigrams (meaning) and character n-grams
 * (robust to typos, inflections we do not stem, and Chinese, where words are not space-separated and
 * the segmenter's dictionary misses shop vocabulary).
 */
import type { Lang } from '../core/message';
import { normalizeText, stemEnglish, tokenize } from './nlpjs';

export interface FeatureSettings {
  wordNgrams: number;
  /** Character n-gram lengths, inclusive; min 0 turns character features off. */
  charMin: number;
  charMax: number;
}

export const DEFAULT_FEATURES: Record<Lang, FeatureSettings> = {
  en: { wordNgrams: 2, charMin: 2, charMax: 5 },
  zh: { wordNgrams: 2, charMin: 1, charMax: 3 },
};

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD_CHARS = /[^\p{L}\p{N}]+/gu;

export interface FeatureBlocks {
  words: string[];
  chars: string[];
}

function wordTokens(lang: Lang, normalized: string): string[] {
  const tokens = tokenize(lang, normalized).filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (lang === 'en') return stemEnglish(tokens);
  // Chinese messages often carry English words; stem those so "orders" matches "order".
  return tokens.map((t) => (/^[a-z]+$/.test(t) ? (stemEnglish([t])[0] ?? t) : t));
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

export function extractFeatures(lang: Lang, text: string, settings: FeatureSettings): FeatureBlocks {
  const normalized = normalizeText(text);
  const tokens = wordTokens(lang, normalized);
  const words: string[] = [];
  for (let n = 1; n <= settings.wordNgrams; n++) {
    for (let i = 0; i + n <= tokens.length; i++) words.push(tokens.slice(i, i + n).join(' '));
  }
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
  return { words, chars };
}
