/** Number words in both languages, for quantities and ordinals ("two pairs", "两件", "第三个"). */

const ENGLISH_NUMBERS: Record<string, number> = {
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  couple: 2,
  pair: 2,
  dozen: 12,
};

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  俩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export const ENGLISH_NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a dozen';
export const CHINESE_NUMBER_CHARS = '[零〇一二两俩三四五六七八九十百]+';

/** "12", "two", "a dozen", "十二", "两" → the number; undefined when it is none of these. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const word = trimmed.replace(/^a (couple of|dozen)$/, '$1');
  if (word in ENGLISH_NUMBERS) return ENGLISH_NUMBERS[word];
  return parseChineseNumber(trimmed);
}

/** Chinese numerals up to 999: 三, 十二, 二十, 二十五, 一百零五. */
export function parseChineseNumber(text: string): number | undefined {
  if (!text || !/^[零〇一二两俩三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = CHINESE_DIGITS[ch] ?? 0;
    }
  }
  return total + digit;
}
