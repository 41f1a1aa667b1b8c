/** Why the shopper returns an item: a few common reasons as buttons, or their own words. */
import { compareSizes } from '../../commerce/catalog/vocabulary';
import { payloads } from '../../dialogue/payload';
import type { TemplateKey } from '../../dialogue/templates';
import { openingWords } from '../orders/verification';
import type { SlotSpec } from '../types';
import { anotherItemNamed, chosenLabel, chosenSizes, onlyNamesChosenItem, openingNamesAnother } from './items';

export const RETURN_REASONS = ['too_small', 'too_big', 'damaged', 'not_as_described', 'changed_mind'] as const;
type ReturnReason = (typeof RETURN_REASONS)[number];

const LABELS: Record<ReturnReason, TemplateKey> = {
  too_small: 'return.reason.too_small',
  too_big: 'return.reason.too_big',
  damaged: 'return.reason.damaged',
  not_as_described: 'return.reason.not_as_described',
  changed_mind: 'return.reason.changed_mind',
};

const PATTERNS: [ReturnReason, RegExp][] = [
  [
    'too_small',
    /\b(too|to|tooo+) (small|tight)\b|too short|smaller than|(bigger|larger) size|size up|太小|偏小|太紧|小了|大一(码|号)|换大/i,
  ],
  // "It took too long to arrive" is about the wait, not the length. "To big" is a common typo.
  [
    'too_big',
    /\b(too|to|tooo+) (big|large|loose)\b|too long\b(?!\s+(to|for|a wait)\b)|bigger than|smaller size|size down|太大|偏大|太松|大了|小一(码|号)|换小/i,
  ],
  // Whole words: "sustainable" holds "stain", "wholesale" "hole".
  [
    'damaged',
    // Marks from the journey count too: "the boots arrived scuffed", "盒子压坏了".
    /\b(damaged|broken|faulty|torn|ripped|defect(s|ive)?|stain(s|ed)?|holes?|scuff(s|ed)?|scratch(es|ed)?|dent(s|ed)?|cracked|crushed|smashed)\b|坏|破|损|瑕疵|质量问题|划痕|刮花|磕碰|压坏|变形/i,
  ],
  [
    'not_as_described',
    // "You sent the wrong size" is the shop's mistake; "I ordered the wrong size" is not, and is left
    // for the shopper to say which way it is off.
    /not as (described|pictured|shown)|different (from|than)|(?<!\b(ordered|bought|picked|chose|chosen|selected|order|buy|pick|choose)\s+(the\s+|a\s+)?)wrong (item|colou?r|size)|不一样|不符|发错|色差/i,
  ],
  ['changed_mind', /changed? my mind|don'?t (like|want|need) it|no longer|不喜欢|不想要|不需要|改变主意/i],
];

/**
 * Signs of a fault beyond the reason words: "the sole came off", "开胶了". They make a request about a
 * faulty item, while the shopper's own words stay the reason they give.
 */
const FAULT_SIGNS =
  /(?<!\b(i'?m|i am|we'?re|we are|so|totally|flat|go|going) )\bbroke\b|\b(zip|zipper)s?\b[^.?!]{0,20}\b(stuck|jammed)\b|\b(zip|zipper|strap|heel|sole|handle|button|buckle|clasp|seam|it|they|something) (breaks?|gets broken)\b|\b((came|coming|fell|falling) (apart|off|unstuck|unglued|loose|undone)|unstitched|seams? (split|gone|came)|shr[ua]nk|pilling|bobbl(ed|ing)|(colou?r|dye) (ran|runs|bled)|peeling|stopped working|doesn'?t work|snapped)\b|开胶|脱胶|开线|脱线|掉色|褪色|起球|缩水|断了|裂了|脱落/i;

/** The shopper speaks of an item they have: "my jacket", "the bag I bought", "我买的包". */
const OWN_ITEM =
  /\b(my|mine|i (bought|got|ordered|received|purchased)|i'?ve (bought|got|had|worn)|we (bought|got|ordered))\b|我(的|买的|收到的)|买的|收到的|刚买/i;

/**
 * "The zip on my jacket broke", "my tee shrank in the wash": a fault in something the shopper has,
 * not a question about a product ("does it shrink?") nor a case imagined before buying.
 */
export function reportsFault(text: string): boolean {
  return saysFaulty(text) && OWN_ITEM.test(text);
}

/** Unlike its description or photos; "the wrong item", "发错了" are the shop's mistake, a return. */
const UNLIKE_DESCRIPTION = /not as (described|pictured|shown)|different (from|than)|不一样|不符|色差/i;

/** "我收到的颜色和图片不一样", "the one I got is different from the photo": not as described. */
export function reportsMismatch(text: string): boolean {
  return UNLIKE_DESCRIPTION.test(text) && knownReason(text) === 'not_as_described' && OWN_ITEM.test(text);
}

/** "They're faulty", "有质量问题", "穿了一次就开胶了": the item is damaged or defective. */
export function saysFaulty(text: string): boolean {
  return knownReason(text) === 'damaged' || FAULT_SIGNS.test(text);
}

/** The size asked for instead: "get a 39 instead", "in a medium instead", "换成39码", "要M码的". */
const SIZE_INSTEAD =
  /\b(?:a|an|the|size|in)\s+(\d{2}|xxs|xs|s|m|l|xl|xxl|small|medium|large)\s+(?:instead|one instead)\b|(?:换成?|要|改成)\s*(\d{2}|XXS|XS|S|M|L|XL|XXL)\s*(?:码|号)/i;
const LETTER_WORDS: Record<string, string> = { small: 'S', medium: 'M', large: 'L' };

/** True when the text asks for another size in place of the one sent ("a 39 instead"). */
export function asksSizeInstead(text: string): boolean {
  return SIZE_INSTEAD.test(text);
}

/**
 * "Wrong size, can I get a 39 instead?" about shoes ordered in a 38: too small. Undefined unless one
 * size was ordered and the one wanted compares with it.
 */
function sizeWanted(text: string, ordered: readonly string[]): ReturnReason | undefined {
  const m = SIZE_INSTEAD.exec(text);
  const said = (m?.[1] ?? m?.[2])?.toLowerCase();
  const [size, ...others] = ordered;
  if (!said || size === undefined || others.length > 0) return undefined;
  const wanted = LETTER_WORDS[said] ?? said.toUpperCase();
  const order = compareSizes(wanted, size.toUpperCase());
  const comparable = /^\d+$/.test(wanted) === /^\d+$/.test(size);
  if (!comparable || order === 0) return undefined;
  return order > 0 ? 'too_small' : 'too_big';
}

/** The common reason the text gives ("too small", "发错了"), if any. */
function knownReason(text: string): ReturnReason | undefined {
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
}

/**
 * A common reason in the message that started the return, with signs of a fault ("穿了一次就开胶了")
 * read as damaged: the whole request is no reason to quote back.
 */
function reasonIn(text: string): ReturnReason | undefined {
  return knownReason(text) ?? (FAULT_SIGNS.test(text) ? 'damaged' : undefined);
}

/** Says how many or which, or just agrees: "both", "all of them", "ok", "两件都退". Not a reason. */
const NOT_A_REASON =
  /^\s*(both|both of them|all|all of them|everything|the two|two|yes|yeah|yep|ok|okay|sure|no|nope|两件?|两个|都|都退|两件都退|全部|全都|是的?|好的?|嗯|对)\s*[.!。！]*\s*$/i;

/** "I want to return it", "我要退货": the request again, which says nothing of why. */
const ONLY_THE_REQUEST =
  /^\s*(i\s+(want|would like|'?d like|need|wanna)\s+to\s+)?(return|send back|refund)(\s+(it|this|them|this one|something|an item|the item))?(\s+please)?\s*[.!。！]*\s*$|^\s*(我)?(要|想|想要|需要)?(申请)?退(货|掉|款|了|回)?(吧|啊|哦)?\s*[.!。！]*\s*$/i;

/** Marks a reason slot value that named another item of the order; never stored as a reason. */
const ANOTHER_ITEM = '!item:';

export const reasonSlot: SlotSpec = {
  name: 'reason',
  prompt: 'return.ask_reason',
  hint: 'return.reason_hint',
  promptParams: (turn, form) => ({ item: chosenLabel(form, turn.ctx.lang) }),
  choices: (turn) => RETURN_REASONS.map((r) => turn.quick(LABELS[r], payloads.slot('reason', r))),
  answeredByStatements: true,
  // "Can I exchange my shoes for a bigger size?" gave the reason before the question was asked.
  async resolve(_turn, form) {
    const words = openingNamesAnother(form) ? '' : openingWords(form);
    const known = reasonIn(words) ?? sizeWanted(words, chosenSizes(form));
    return known ? { fill: known } : 'ask';
  },
  extract({ text, asked, freeText, form, turn }) {
    // Asked, the shopper's own words ("poor quality, the sole came off") say more than "damaged".
    const known = knownReason(text);
    // "Too small" said while the bot asks which item is the reason, given early; only a common
    // reason counts before the question, not any words.
    if (!asked) return known;
    if (known) return known;
    // Their own words are a fine reason, as long as the message was not a question about something
    // else, a count or a yes, the item's name or the request again.
    if (NOT_A_REASON.test(text) || ONLY_THE_REQUEST.test(text) || onlyNamesChosenItem(text, form)) return undefined;
    // "The dress", while the top is the item going back, is another item, not a reason.
    if (anotherItemNamed(turn, text, form)) return `${ANOTHER_ITEM}${text}`;
    return freeText && text.trim().length >= 2 ? text.trim().slice(0, 200) : undefined;
  },
  async validate(turn, value, form) {
    if (!value.startsWith(ANOTHER_ITEM)) return { ok: true, value };
    return anotherItemNamed(turn, value.slice(ANOTHER_ITEM.length), form) ?? { ok: false, hint: 'return.reason_hint' };
  },
};

/** The reason in the shopper's language, for the confirmation. */
export function reasonLabel(reason: string, t: (key: TemplateKey) => string): string {
  return (RETURN_REASONS as readonly string[]).includes(reason) ? t(LABELS[reason as ReturnReason]) : reason;
}
