/**
 * Per-message language choice. Script first: counting CJK characters is cheap and never wrong about
 * Chinese text, whereas trigram guessers stumble on short messages. node-nlp's guess only speaks for
 * Latin text, and only decides between "English" and "some language we do not serve".
 */
import type { Lang } from '../core/message';
import { guessLanguage } from './nlpjs';

const HAN = /\p{Script=Han}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

export interface LanguageDecision {
  lang: Lang;
  /** What decided: the script of the text, node-nlp's guess, the channel hint, or the default. */
  by: 'script' | 'guess' | 'hint' | 'default';
  /** Share of letters that are Chinese characters (0..1). */
  hanRatio: number;
}

export interface LanguageDetectOptions {
  hint?: Lang | undefined;
  /** Used when neither script nor hint decides; English by default. */
  fallback?: Lang;
}

export function scriptCounts(text: string): { han: number; latin: number } {
  let han = 0;
  let latin = 0;
  for (const char of text) {
    if (HAN.test(char)) han++;
    else if (LATIN_LETTER.test(char)) latin++;
  }
  return { han, latin };
}

/** Emails, links and codes are written in Latin letters in every language: they say nothing. */
const LANGUAGE_NEUTRAL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|\b[A-Za-z]{0,3}\d[\w-]*/g;

/** Runs of Latin letters in text already stripped of `LANGUAGE_NEUTRAL`. */
function latinWords(plain: string): number {
  return (plain.match(/\p{Script=Latin}+/gu) ?? []).length;
}

export function detectLanguage(text: string, options: LanguageDetectOptions = {}): LanguageDecision {
  const fallback = options.fallback ?? 'en';
  const plain = text.replace(LANGUAGE_NEUTRAL, ' ');
  const { han, latin } = scriptCounts(plain);
  // A Chinese character carries about a word's worth of meaning, an English letter a fifth of one:
  // weigh them so "我要退货 refund" counts as mostly Chinese and "order 10234 好的" as mostly English.
  const hanWeight = han * 3;
  const letters = hanWeight + latin;
  const hanRatio = letters === 0 ? 0 : hanWeight / letters;
  if (letters === 0) {
    return { lang: options.hint ?? fallback, by: options.hint ? 'hint' : 'default', hanRatio };
  }
  if (hanRatio >= 0.5) return { lang: 'zh', by: 'script', hanRatio };
  if (han > 0) return { lang: 'en', by: 'script', hanRatio };
  // Pure Latin text. A single word or two letters ("ok", "hi", "thx", "XL") is said the same way
  // in a Chinese conversation, so the channel's or conversation's hint wins there; a few English
  // words ("how do I pay?") are English, whatever came before. Otherwise English, the only
  // Latin-script language we serve.
  if (options.hint && (latin < 5 || latinWords(plain) <= 1)) return { lang: options.hint, by: 'hint', hanRatio };
  // node-nlp's trigram guess is kept only as a label: it calls plain English sentences Norwegian or
  // Danish often enough ("I want to return something from order 10235") that it must not override.
  const guess = guessLanguage(text);
  return { lang: 'en', by: guess?.code === 'en' ? 'guess' : 'script', hanRatio };
}
