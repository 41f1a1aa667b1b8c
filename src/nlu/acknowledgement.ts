/**
 * Messages that only acknowledge an answer ("ok", "got it", "收到", "👍"). The classifier has no
 * intent for them and guesses one ("great" as a review, "got it" as a return); the dialogue answers
 * them itself, and they are not kept as unsure utterances for review.
 */
const ACK_EN =
  /^\s*(ok(ay|ey)?|k+|cool|great|got it|gotcha|alright|all right|sure|fine|noted|perfect|nice|awesome|understood|i see)\s*[.!]*\s*$/i;
const ACK_ZH =
  /^\s*(好|好的|好吧|好滴|好嘞|嗯+|哦+|噢|收到|知道了|明白|明白了|了解|了解了|行|没问题|ok)(啦|哈|呀|的|了|吧)?\s*[。！!.~～]*\s*$/i;
/** The emoji, and the skin-tone modifiers and joiners that may follow them. */
const ACK_EMOJI = /👍|👌|🙏|😊|🙂|😀|😄|👏|🤝|✅|🆗|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f/gu;

/** True when the message is nothing but acknowledgement words and emoji. */
export function isAcknowledgement(text: string): boolean {
  const words = text.replace(ACK_EMOJI, ' ').trim();
  if (words === '') return text.trim() !== '';
  return ACK_EN.test(words) || ACK_ZH.test(words);
}
