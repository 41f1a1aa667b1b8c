/**
 * "I'd like to make a complaint", "I want to leave a review", "我要投诉": the shopper has said what
 * kind of feedback, not what it is. Keeping those words as the complaint tells the team nothing, so
 * the bot asks what happened (or what they would like to say) and keeps the answer instead.
 */
import { isStopword, stem } from '../../commerce/catalog/text';
import type { SlotSpec } from '../types';

/** Words that only announce feedback: its kind, the wish to give it, and how. */
const ANNOUNCING_EN = new Set(
  `complaint complaints complain complaining review reviews feedback comment comments formal official
  make file lodge raise submit leave write give post send register like want would need wish hi hello
  please pls can could how where who whom there is it just about regarding some something your you
  shop store company service order an`.split(/\s+/),
);
const ANNOUNCING_ZH =
  /投诉|申诉|评价|评论|反馈|意见|建议|留言|我要|我想|想要|一下|一个|请问|怎么|如何|哪里|可以|能不能|关于|你们|您好|你好|在吗|亲|给|提|写|留|做|个|吗|呢|吧|的|了|我|要|想/g;

/** True when the message only says the shopper wants to complain or review, not about what. */
export function onlyAnnouncesFeedback(text: string): boolean {
  const latin = (text.toLowerCase().match(/[a-z]+/g) ?? []).filter(
    (w) => w.length > 1 && !ANNOUNCING_EN.has(w) && !isStopword(stem(w)),
  );
  const han = text.replace(ANNOUNCING_ZH, '').match(/\p{Script=Han}/gu) ?? [];
  return latin.length === 0 && han.length === 0;
}

/** The feedback in the shopper's own words, asked for after an announcement. */
export function detailsSlot(prompt: SlotSpec['prompt']): SlotSpec {
  return {
    name: 'details',
    prompt,
    hint: 'feedback.details_hint',
    answeredByStatements: true,
    extract({ text, asked, freeText, turn }) {
      if (!asked || !freeText || onlyAnnouncesFeedback(text)) return undefined;
      // Kept as typed, like any feedback (`turn.ownWords`), not as the NLU normalised it.
      const words = (turn.ownWords || text).trim();
      return words.length >= 2 ? words.slice(0, 2000) : undefined;
    },
  };
}
