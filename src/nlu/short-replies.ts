/**
 * Short replies to the bot's own questions: acknowledgements ("ok", "got it", "收到", "👍") and
 * declines ("no thanks", "that's all", "没有了"). The classifier has no intents for them and guesses
 * ("great" as a review, "got it" as a return, "no" as a marketing opt-out, "没有了" as tracking);
 * the dialogue answers them itself, and they are not kept as unsure utterances for review.
 */
const ACK_EN =
  /^\s*(ok(ay|ey)?|k+|cool|great|got it|gotcha|alright|all right|sure|fine|noted|perfect|nice|awesome|understood|i see|yes|yeah|yep|yup)\s*[.!]*\s*$/i;
const ACK_ZH =
  /^\s*(好|好的|好吧|好滴|好嘞|嗯+|哦+|噢|收到|知道了|明白|明白了|了解|了解了|行|没问题|是的?|对的?|ok)(啦|哈|呀|的|了|吧)?\s*[。！!.~～]*\s*$/i;
/** The emoji, and the skin-tone modifiers and joiners that may follow them. */
const ACK_EMOJI = /👍|👌|🙏|😊|🙂|😀|😄|👏|🤝|✅|🆗|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f/gu;

/** The message without the acknowledging emoji, which may stand beside the words of either kind. */
function wordsOf(text: string): string {
  return text.replace(ACK_EMOJI, ' ').trim();
}

/** True when the message is nothing but acknowledgement words and emoji. */
export function isAcknowledgement(text: string): boolean {
  const words = wordsOf(text);
  if (words === '') return text.trim() !== '';
  return ACK_EN.test(words) || ACK_ZH.test(words);
}

const DECLINE_EN =
  /^\s*(no|nope|nah|no thanks?( you)?|no,? (that'?s|that is) (all|it)|nothing( else)?,?( thanks?)?|that'?s (all|it)|not now|i'?m good|all good)\s*[.!]*\s*$/i;
const DECLINE_ZH =
  /^\s*(不用了?|不需要了?|没有了?|没了|没事了?|算了|不了|暂时不用|先这样)(吧|啦|哈)?[，,]?(谢谢(你|啦)?)?\s*[。！!.~～]*\s*$/;

/** True when the message only declines ("no thanks", "that's all", "没有了，谢谢"). */
export function isDecline(text: string): boolean {
  const words = wordsOf(text);
  return DECLINE_EN.test(words) || DECLINE_ZH.test(words);
}

// Chinese words have no \b after them (\b sees only ASCII word characters), so each language has its own.
const YES_EN = /^\s*(yes|yep|yup|yeah|yea|sure|ok|okay|confirm|please do|do it|go ahead|definitely)\b/i;
/** "Can you do it for me?", "帮我办吧": asking the bot to do what it just offered is a yes. */
const DO_IT_EN =
  /^\s*(please |so )?((can|could|would|will) (you|someone|a person|your team|the team) (please )?(just )?(do|sort|handle|arrange|process|action) (it|that|this)|(just )?(do|sort|handle) (it|that|this) for me|you do it)\b/i;
const DO_IT_ZH = /^\s*(那|那就|请|麻烦)?(你|你们|您)?(直接)?帮我(办|弄|处理|做|注销|删|搞|操作)/;
// A yes word is the whole answer or leads it ("好的，谢谢", "确定取消"); "好像不对" is not a yes.
const YES_ZH =
  /^\s*(是的?|好的?|好吧|对的?|确认|确定|可以|行|嗯+|没问题)(?=$|[\s，,。！!.~～]|[吧啊呀啦哈嘞的]|取消|请|麻烦|谢)/;
const NO_EN = /^\s*(no|nope|nah|don'?t|do not|keep it)\b/i;
const NO_ZH = /^\s*(不|别|算了)/;
/** "Actually no, keep it", "oh yes please", "嗯，不用了": a word of hesitation before the answer. */
const HESITATION =
  /^\s*(?:actually|um+|uh+|hmm+|oh|ah|well|wait|sorry|on second thoughts?)[\s,.!]+|^\s*(?:其实|嗯+|哦+|啊|呃)[\s，,]*(?=\S)/i;

/** The answer to a yes/no question the bot just asked, if the message starts with one. */
export function readYesNo(text: string): 'yes' | 'no' | undefined {
  const answer = text.replace(HESITATION, '');
  if (YES_EN.test(answer) || YES_ZH.test(answer) || DO_IT_EN.test(answer) || DO_IT_ZH.test(answer)) return 'yes';
  if (NO_EN.test(answer) || NO_ZH.test(answer)) return 'no';
  return undefined;
}

/** "Ok thanks, also can I …", "好的，另外…": the answer leads into a new request of its own. */
const MOVES_ON =
  /\b(also|another (question|thing)|by the way|btw|one more (thing|question)|(and|but) (can|could|how|what|where|when|why|do|does|is|are|will|would)\b)|另外|还有(个|一个)?问题|顺便|还想问|再问(一下|个)/i;

/** True when a message that starts with a yes or no goes on to ask something else. */
export function movesOn(text: string): boolean {
  return MOVES_ON.test(text);
}
