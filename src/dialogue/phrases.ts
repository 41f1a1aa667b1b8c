/**
 * The few words the dialogue reads itself rather than trusting to the classifier: abandoning a form
 * must work even when the model is unsure, and frustration is read in both languages (the Chinese
 * sentiment score is always 0).
 */
import type { Lang } from '../core/message';
import type { NluResult } from '../nlu/types';

const CANCEL_EN =
  /^\s*(cancel|stop|never ?mind|forget it|forget about it|no thanks|skip|quit|exit|abort|leave it)( (it|that|this))?( please)?\s*[.!]*\s*$/i;
const CANCEL_ZH = /^\s*(算了|不用了|取消|没事了|不要了|不需要了|先不用了|退出|停止)(吧|了)?\s*[。！!.]*\s*$/;

/** "cancel", "never mind", "算了" on their own (not "cancel my order"). */
export function isAbandonPhrase(text: string): boolean {
  return CANCEL_EN.test(text) || CANCEL_ZH.test(text);
}

const UNKNOWN_EN =
  /\b(i )?(don'?t|do not|dont|didn'?t) (know|have|remember|get|keep)\b|\b(can'?t|cannot|couldn'?t) (find|remember|see)\b|\bno idea\b|\b(forgot|lost|deleted)\b|\bnot sure (what|which)\b|\b(look|find|check|search)\b.{0,25}\b(by|with|using|under) (my |the )?(name|email( address)?|e-mail|phone( number)?|account)\b/i;
const UNKNOWN_ZH =
  /不知道|找不到|忘了|忘记|不记得|记不得|记不清|没有订单号|没收到邮件|删了|(用|按|凭)(我的)?(名字|姓名|邮箱|手机号?|电话)(查|找)/;

/**
 * "I don't know it", "can't find the email", "忘了": the shopper cannot give what was asked. "Can you
 * look it up by my name?" says the same: they would give something else instead.
 */
export function isUnknownAnswer(text: string): boolean {
  return UNKNOWN_EN.test(text) || UNKNOWN_ZH.test(text);
}

const QUESTION_EN =
  /\?\s*$|^\s*(what|how|where|when|why|who|which|whose|can|could|do|does|did|is|are|was|were|will|would|should|shall|may|have|has)\b/i;
const QUESTION_ZH =
  /[？?]|吗|呢\s*[。！!]*\s*$|什么|怎么|怎样|哪|几[天个号时]|多少|多久|多长时间|是否|能不能|可不可以|有没有|为什么/;

/** "how long do refunds take?", "退款要多久呢": a question of the shopper's own, not an answer. */
export function isQuestion(text: string): boolean {
  return QUESTION_EN.test(text) || QUESTION_ZH.test(text);
}

/**
 * Requests that stay requests even when worded as statements ("I want to talk to a person"), so they
 * take the shopper out of a question that otherwise reads any statement as its answer.
 */
export const REQUESTS_OVER_STATEMENTS = new Set([
  'agent.request',
  'contact.customer_service',
  'order.track',
  'order.cancel',
  'help',
  'greeting',
  'goodbye',
  'thanks',
  'bot.identity',
]);

/** Intents a corpus may use for the same thing. */
export const ABANDON_INTENTS = new Set(['cancel', 'dialogue.cancel', 'form.cancel', 'smalltalk.cancel']);

const HYPOTHETICAL_EN =
  /^\s*(and |but |so )?what if\b|\b(if|in case|supposing|suppose|say) (i|it|they|the|my|she|he|we|this|that|these|those|you)\b.{0,40}\b(don'?t|doesn'?t|do not|does not|isn'?t|aren'?t|won'?t|can'?t|cannot|change[sd]?|too|wrong|no longer)\b/i;
const HYPOTHETICAL_ZH = /(如果|要是|万一|假如|假设).{0,12}(不|没|大了|小了|错)/;

/**
 * "If I don't like it, can I send it back?", "what if they don't fit?", "万一不合适呢": a case the
 * shopper imagines before buying, not a complaint about something that happened.
 */
export function isHypothetical(text: string): boolean {
  return HYPOTHETICAL_EN.test(text) || HYPOTHETICAL_ZH.test(text);
}

/**
 * Frustrated: explicit words (NLU), or clearly negative sentiment where sentiment exists (English).
 * Sentiment is left out when the shopper is answering "what went wrong?": "it's damaged" is the
 * answer, not anger at the bot.
 */
export function isFrustrated(nlu: NluResult | undefined, lang: Lang, options: { sentiment?: boolean } = {}): boolean {
  if (!nlu) return false;
  return nlu.frustrated || (options.sentiment !== false && lang === 'en' && nlu.sentiment < -0.5);
}

/**
 * True when the text is at most `han` Han characters (if it has any) or else at most `words` words:
 * how short a message is, measured as each language is written.
 */
export function withinLength(text: string, words: number, han: number): boolean {
  const hanCount = (text.match(/\p{Script=Han}/gu) ?? []).length;
  return hanCount > 0 ? hanCount <= han : (text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= words;
}
