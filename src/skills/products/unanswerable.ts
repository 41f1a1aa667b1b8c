/**
 * Questions about a product the catalogue has no field for: how long a garment is on the wearer, and
 * which colour or size sells most. Recognised here so the answer can say so honestly (`productInfo`).
 */

/** How long a garment is on the wearer: "too long?", "I'm 5'4", "what's the length", "会不会太长", "我160". */
const ASKS_LENGTH =
  /\b(too (long|short)|(what'?s|what is) the length|length|how long is (it|the \w+)|(come|comes|fall|falls|hit|hits) (to|at|below|above|on)|i'?m (\d'\s?\d{0,2}|\d{3} ?cm|petite|tall|short)|how tall|my height)\b|太长|太短|多长|长度|衣长|裙长|到(膝盖|脚踝|小腿|大腿)|身高|我\s?1[4-9]\d\s?(cm|厘米|公分)?/i;

/** "Which colour is most popular?", "哪个颜色卖得最好": sales by variant, which the shop does not give. */
const ASKS_POPULAR_VARIANT =
  /\b(which|what) (colou?r|size|shade)s? (is|are|sells?|do (people|most people)|does)\b.{0,25}\b(popular|best|most|bestsell\w*)\b|\b(most popular|best[- ]?selling|bestselling|favourite|favorite) (colou?r|size|shade)s?\b|(哪个|哪种|什么)(颜色|尺码|码).{0,6}(卖得|最|好卖|热门|受欢迎)|(卖得最好|最受欢迎|最热门|最火)的(颜色|尺码)/i;

/** True for "which colour is most popular?" about the product in view. */
export function asksPopularVariant(text: string): boolean {
  return ASKS_POPULAR_VARIANT.test(text);
}

/** "Taking too long", "多久到": time, not the length of a garment. */
const ABOUT_TIME = /\b(tak(e|es|ing)|took|arriv\w*|deliver\w*|ship\w*|wait\w*|refund\w*)\b|到货|发货|送到|等了|退款/i;

/** True for a question about how long a garment is on the wearer. */
export function asksLength(text: string): boolean {
  return ASKS_LENGTH.test(text) && !ABOUT_TIME.test(text);
}
