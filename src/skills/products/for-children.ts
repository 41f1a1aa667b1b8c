/**
 * "A gift for a 10 year old", "给五岁的孩子买什么": a request for a child in a shop that may sell
 * nothing for children. When the catalogue has no children's products the picks are said to be
 * grown-up ones, rather than a cashmere scarf presented as fitting a ten-year-old.
 */
import { CHINESE_NUMBER_CHARS, parseNumber } from '../../nlu/entities/numbers';
import type { SkillTurn } from '../types';

const CHILD_WORDS =
  /\b(kids?|child|children|toddlers?|bab(y|ies)|teens?|teenagers?)\b|孩子|小孩|儿童|宝宝|婴儿|小朋友/i;
const AGE = new RegExp(String.raw`\b(\d{1,2})[- ]?(?:years?|yrs?)[- ]?old\b|(\d{1,2}|${CHINESE_NUMBER_CHARS})岁`, 'i');

function age(text: string): number | undefined {
  const m = AGE.exec(text);
  const raw = m?.[1] ?? m?.[2];
  return raw === undefined ? undefined : parseNumber(raw);
}

/** True when the request is for a child: a child word, or an age under 16. */
export function forAChild(text: string): boolean {
  const years = age(text);
  return CHILD_WORDS.test(text) || (years !== undefined && years < 16);
}

/** Says the picks are grown-up ones when the catalogue has nothing for children. */
export async function sayNoChildrensRange(turn: SkillTurn): Promise<void> {
  if (!forAChild(turn.text)) return;
  const { catalog } = turn.deps;
  for (const word of ['kids', 'children', 'baby', '儿童']) {
    if ((await catalog.search({ text: word, limit: 1 })).length > 0) return;
  }
  turn.say('recommend.no_children_range', { shop: turn.deps.policy.shopName });
}
