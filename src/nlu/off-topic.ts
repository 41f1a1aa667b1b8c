/**
 * Out of scope, said plainly: "what's the weather like in London?" is understood well enough to know
 * it is not the shop's business, while "asdfgh" or "hmm" is simply not understood. The classifier
 * gives both to `None` at nearly full confidence, so the difference is read from the words: a
 * sentence of real words (English ones the word vectors know, or a few Chinese characters) that the
 * model places out of scope.
 */
import type { Lang } from '../core/message';
import { englishWordVectors } from './word-vectors';

/** The None class must win by this much for the message to count as confidently out of scope. */
const SURE = 0.9;
const REAL_WORDS_EN = 2;
const HAN_CHARS_ZH = 3;

function realEnglishWords(text: string): number {
  const vectors = englishWordVectors();
  return (text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? []).filter((w) => vectors.rankOf(w) !== undefined).length;
}

/** True when the message is a real sentence the model confidently places outside the shop's business. */
export function isOffTopic(top: { intent: string; score: number } | undefined, text: string, lang: Lang): boolean {
  if (top?.intent !== 'None' || top.score < SURE) return false;
  if (lang === 'zh') return (text.match(/\p{Script=Han}/gu) ?? []).length >= HAN_CHARS_ZH;
  return realEnglishWords(text) >= REAL_WORDS_EN;
}
