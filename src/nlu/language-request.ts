/**
 * "Can you speak Chinese?", "English please", "请用英文回答": the shopper asks for replies in a
 * language. Replies otherwise follow the language of each message; after such a request they keep
 * to the one asked for until the shopper asks for the other.
 */
import type { Lang } from '../core/message';

const VERB_EN = String.raw`\b(speak|talk|reply|answer|respond|write|chat|switch|change|continue)\b[^.?!]{0,24}`;
const VERB_ZH = '(说|讲|用|回复|回答|切换|换成|改成|改用|聊)[^。？！?]{0,6}';

const ASKS: [Lang, RegExp][] = [
  [
    'zh',
    new RegExp(
      `${VERB_EN}\\b(chinese|mandarin)\\b|^\\s*(in\\s+)?(chinese|mandarin)(,?\\s*please)?\\s*[.!?]*\\s*$`,
      'i',
    ),
  ],
  ['en', new RegExp(`${VERB_EN}\\benglish\\b|^\\s*(in\\s+)?english(,?\\s*please)?\\s*[.!?]*\\s*$`, 'i')],
  ['zh', new RegExp(`${VERB_ZH}(中文|汉语|普通话|华语)|^\\s*(中文|汉语)(吧|好吗|可以吗)?\\s*[。！!?？]*\\s*$`)],
  ['en', new RegExp(`${VERB_ZH}(英文|英语)|^\\s*(英文|英语)(吧|好吗|可以吗)?\\s*[。！!?？]*\\s*$`)],
];

/** The language the message asks replies in, if it asks for one. */
export function requestedLanguage(text: string): Lang | undefined {
  return ASKS.find(([, pattern]) => pattern.test(text))?.[0];
}
