/**
 * Full-width letters, digits and signs (１０２３４, ＃, ＠, Ａ) as their ordinary ASCII forms.
 * Chinese input methods in full-width mode type them, and to the order-number, email, money and
 * quantity patterns, and to the model, "订单１０２４０" would otherwise hold no number at all.
 * Each character maps to exactly one, so entity offsets still point into the shopper's message;
 * the rest of NFKC (which also expands ligatures and unit symbols) is left out for that reason.
 */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000\uFFE0\uFFE1\uFFE5]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
const SIGNS: Record<string, string> = { '\u3000': ' ', '\uFFE0': '¢', '\uFFE1': '£', '\uFFE5': '¥' };

export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (char) => SIGNS[char] ?? String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET));
}
