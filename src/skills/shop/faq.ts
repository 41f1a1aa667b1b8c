/**
 * The shop's own questions and answers (`ShopPolicy.faq`): "do you sell gift cards?", "do you gift
 * wrap?", whatever a shop is asked often that no intent covers. A message containing one of an
 * entry's phrases gets its answer, unless the classifier read a request the bot carries out itself
 * ("my gift card was declined" is a payment problem, "cancel my order" stays a cancellation).
 */
import { escapeRegExp } from '../../commerce/catalog/text';
import type { ShopFaqEntry } from '../../commerce/types';
import { payloads } from '../../dialogue/payload';
import { isQuestion, withinLength } from '../../dialogue/phrases';
import type { EntityType } from '../../nlu/types';
import { localized } from '../format';
import type { SkillTurn } from '../types';

/** Readings that are requests, not questions: those keep their own handling. */
const REQUEST =
  /^(order\.|return\.|refund\.(request|track)|payment\.issue|shipping\.|account\.|agent\.|marketing\.|newsletter\.)/;

function contains(text: string, phrase: string): boolean {
  const wanted = phrase.toLowerCase().trim();
  if (/\p{Script=Han}/u.test(wanted)) return text.includes(wanted);
  // "Pickup points" asks what the phrase "pickup point" does: a plural ending is allowed.
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(wanted)}(?:e?s)?($|[^\\p{L}\\p{N}])`, 'u').test(text);
}

/** The entry whose phrase the text contains, the longest phrase winning; undefined when none does. */
function bestMatch(text: string, faq: readonly ShopFaqEntry[]): { entry: ShopFaqEntry; phrase: string } | undefined {
  const lower = text.toLowerCase();
  let best: { entry: ShopFaqEntry; phrase: string } | undefined;
  for (const entry of faq) {
    for (const phrase of [...entry.ask.en, ...entry.ask.zh]) {
      if (contains(lower, phrase) && phrase.length > (best?.phrase.length ?? 0)) best = { entry, phrase };
    }
  }
  return best;
}

export function faqEntryFor(text: string, faq: readonly ShopFaqEntry[]): ShopFaqEntry | undefined {
  return bestMatch(text, faq)?.entry;
}

/** The words a question is built around its subject with: "can I add a … to my order?", "可以加…吗". */
const SCAFFOLD =
  /\b(can|could|would|will|i|we|you|do|does|is|are|there|a|an|the|my|our|your|it|this|that|one|add|get|have|include|put|with|please|possible|to|for|on|in|order|any|also|want|like|how|what|about|me|where|see|check|find|view)\b|可以|能|吗|呢|吧|我|你们|有|没有|加|的|订单|要|想|请|帮|这|个|一|怎么|提供|么|在哪|哪里|哪儿|查看|看|查/giu;

/** Whether the message is the FAQ phrase and question words only, with nothing of a request left. */
function onlyAsksAbout(text: string, phrase: string): boolean {
  const lower = text.toLowerCase();
  const at = lower.indexOf(phrase.toLowerCase());
  const rest = at < 0 ? lower : lower.slice(0, at) + lower.slice(at + phrase.length).replace(/^e?s\b/, '');
  return !/[\p{L}\p{N}]/u.test(rest.replace(SCAFFOLD, ''));
}

/**
 * True when the shop's FAQ answers this message: the classifier read no request of its own, or the
 * request is only its reading of the question's frame ("can I add a gift message to my order?" is
 * no change to an order; "my gift card was declined" stays a payment problem).
 */
export function asksFaq(turn: SkillTurn): boolean {
  const faq = turn.deps.policy.faq ?? [];
  if (faq.length === 0) return false;
  const match = bestMatch(turn.text, faq);
  if (!match) return false;
  return !REQUEST.test(turn.ctx.nlu?.intent ?? '') || onlyAsksAbout(turn.text, match.phrase);
}

export function answerFaq(turn: SkillTurn): void {
  const entry = faqEntryFor(turn.text, turn.deps.policy.faq ?? []);
  if (!entry) return;
  turn.state.lastFaqId = entry.id;
  turn.say('shop.faq', { text: localized(entry.answer, turn.ctx.lang) });
}

const FAQ_TURNS = new Set(['shop.faq', 'shop.faq_again']);
// "Can it arrive by Friday?" after the gift-wrap answer is about delivery, not gift wrap.
const OWN_SUBJECTS: readonly EntityType[] = ['order_number', 'product', 'category', 'date'];

/** Points back at the subject just answered: "do they expire?", "how much can I put on one?", "它…". */
const POINTS_BACK = /\b(it|its|they|them|their|one|ones|that|those|these)\b|它|这个|那个|这种|那种/i;

function elliptical(text: string): boolean {
  return withinLength(text, 3, 5);
}

/**
 * "Do they expire?" right after the gift-card answer: a question about the same entry, which the
 * classifier reads as anything (the returns policy, here). Questions that name an order, a product
 * or a category are their own.
 */
export function followsUpFaq(turn: SkillTurn): boolean {
  const id = turn.state.lastFaqId;
  if (!id || !FAQ_TURNS.has(turn.state.lastIntent ?? '') || !isQuestion(turn.text)) return false;
  // "How much?", "多少钱？": a question too short to have a subject of its own has the one just answered.
  // "Track my order?" is short too, and a request of its own.
  const request = REQUEST.test(turn.ctx.nlu?.intent ?? '');
  if (!POINTS_BACK.test(turn.text) && !(elliptical(turn.text) && !request)) return false;
  if (OWN_SUBJECTS.some((type) => turn.entity(type))) return false;
  if (bestMatch(turn.text, turn.deps.policy.faq ?? [])) return false;
  return (turn.deps.policy.faq ?? []).some((entry) => entry.id === id);
}

/** The entry just answered again, as all there is to know here, with a person for the rest. */
export function answerFaqAgain(turn: SkillTurn): void {
  const entry = (turn.deps.policy.faq ?? []).find((e) => e.id === turn.state.lastFaqId);
  if (!entry) return;
  turn.say(
    'shop.faq_again',
    { text: localized(entry.answer, turn.ctx.lang) },
    { quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))] },
  );
}
