/**
 * The shop's own questions and answers (`ShopPolicy.faq`): "do you sell gift cards?", "do you gift
 * wrap?", whatever a shop is asked often that no intent covers. A message containing one of an
 * entry's phrases gets its answer, unless the classifier read a request the bot carries out itself
 * ("my gift card was declined" is a payment problem, "cancel my order" stays a cancellation).
 */
import { escapeRegExp } from '../../commerce/catalog/text';
import type { ShopFaqEntry } from '../../commerce/types';
import { localized } from '../format';
import type { SkillTurn } from '../types';

/** Readings that are requests, not questions: those keep their own handling. */
const REQUEST =
  /^(order\.|return\.|refund\.(request|track)|payment\.issue|shipping\.|account\.|agent\.|marketing\.|newsletter\.)/;

function contains(text: string, phrase: string): boolean {
  const wanted = phrase.toLowerCase().trim();
  if (/\p{Script=Han}/u.test(wanted)) return text.includes(wanted);
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(wanted)}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}

/** The entry whose phrase the text contains, the longest phrase winning; undefined when none does. */
export function faqEntryFor(text: string, faq: readonly ShopFaqEntry[]): ShopFaqEntry | undefined {
  const lower = text.toLowerCase();
  let best: { entry: ShopFaqEntry; length: number } | undefined;
  for (const entry of faq) {
    for (const phrase of [...entry.ask.en, ...entry.ask.zh]) {
      if (contains(lower, phrase) && phrase.length > (best?.length ?? 0)) best = { entry, length: phrase.length };
    }
  }
  return best?.entry;
}

/** True when the shop's FAQ answers this message and the classifier read no request of its own. */
export function asksFaq(turn: SkillTurn): boolean {
  const faq = turn.deps.policy.faq ?? [];
  if (faq.length === 0 || REQUEST.test(turn.ctx.nlu?.intent ?? '')) return false;
  return faqEntryFor(turn.text, faq) !== undefined;
}

export function answerFaq(turn: SkillTurn): void {
  const entry = faqEntryFor(turn.text, turn.deps.policy.faq ?? []);
  if (entry) turn.say('shop.faq', { text: localized(entry.answer, turn.ctx.lang) });
}
