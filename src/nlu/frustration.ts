/**
 * Explicit frustration words in both languages. node-nlp scores English sentiment only, and a shopper
 * who writes "useless" or "太差了" wants a human sooner whatever the overall score says.
 */

const ENGLISH = [
  'useless',
  'ridiculous',
  'terrible',
  'awful',
  'horrible',
  'pathetic',
  'worst',
  'rubbish',
  'garbage',
  // "This is a joke", not "tell me a joke".
  'is a joke',
  "'s a joke",
  'what a joke',
  'such a joke',
  'joke of a',
  'stupid',
  'annoying',
  'annoyed',
  'frustrated',
  'frustrating',
  'angry',
  'furious',
  'fed up',
  'sick of',
  'tired of',
  'waste of time',
  'unacceptable',
  'disgusting',
  'scam',
  'incompetent',
  'hopeless',
  'not helpful',
  'unhelpful',
  "doesn't work",
  'does not work',
  'still waiting',
  'again and again',
  'for the last time',
  'wtf',
  'damn',
  'hate',
  'disappointed',
  'outrageous',
  'nonsense',
  // Asking again is frustration whatever the words: "this is the third time I'm asking".
  "(?:second|third|fourth|fifth|2nd|3rd|4th|5th|umpteenth|nth) time (?:i'?m|i am|i'?ve|i have|i (?:asked|wrote|emailed|called|contacted)|asking|writing|contacting)",
  '(?:asked|written|emailed|messaged|chased|called|contacted you) (?:you )?(?:several|many|multiple|three|four|five|so many) times',
  'how many times (?:do|must|have|should) i',
];

const CHINESE = [
  '太差',
  '垃圾',
  '没用',
  '无语',
  '气死',
  '生气',
  '愤怒',
  '烦死',
  '烦人',
  '受够',
  '离谱',
  '坑人',
  '骗子',
  '骗人',
  '失望',
  '投诉',
  '太慢',
  '怎么回事',
  '搞什么',
  '什么破',
  '差劲',
  '恶心',
  '到底',
  '等了很久',
  '笨',
  '第[二三四五几]次(?:问|问了|联系|找|催)',
  '(?:问|说|催|联系)了(?:好几|很多|多少|几)(?:次|遍)',
];

const ENGLISH_PATTERN = new RegExp(`\\b(?:${ENGLISH.map((w) => w.replace(/'/g, "['’]")).join('|')})\\b`, 'i');
const CHINESE_PATTERN = new RegExp(CHINESE.join('|'));
/** Shouting: three or more !/？ in a row, or a long all-caps run. */
const SHOUTING = /[!！?？]{3,}|\b[A-Z]{4,}(?:\s+[A-Z]{2,}){2,}\b/;

export function isFrustrated(text: string): boolean {
  return ENGLISH_PATTERN.test(text) || CHINESE_PATTERN.test(text) || SHOUTING.test(text);
}
