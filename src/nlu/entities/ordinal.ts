/** Ordinals that point into a list the bot just showed: "the second one", "2nd", "last", "第二个". */
import type { Entity } from '../types';
import { allMatches, entityFrom } from './match';
import { CHINESE_NUMBER_CHARS, parseNumber } from './numbers';

const EN_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

const ORDINAL = new RegExp(
  String.raw`\b(?:the\s+)?(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|(\d{1,2})(?:st|nd|rd|th)|(last|second to last|penultimate))\b(?:\s+(?:one|item|option|product))?|(倒数)?第\s?(\d{1,2}|${CHINESE_NUMBER_CHARS})\s?(?:个|件|款|条|双|项|种)?|(最后一?)(?:个|件|款|条|双|项|种)`,
  'gi',
);

export function extractOrdinals(text: string): Entity[] {
  const found: Entity[] = [];
  for (const m of allMatches(ORDINAL, text)) {
    const [, word, digits, fromEndWord, zhFromEnd, zhNumber, zhLast] = m;
    let position: number | undefined;
    let fromEnd = false;
    if (word) position = EN_ORDINALS[word.toLowerCase()];
    else if (digits) position = Number(digits);
    else if (fromEndWord) {
      fromEnd = true;
      position = fromEndWord.toLowerCase() === 'last' ? 1 : 2;
    } else if (zhNumber) {
      position = parseNumber(zhNumber);
      fromEnd = zhFromEnd !== undefined;
    } else if (zhLast) {
      position = 1;
      fromEnd = true;
    }
    if (position === undefined || position < 1) continue;
    found.push(entityFrom('ordinal', String(position), m[0], m.index, fromEnd ? { fromEnd } : undefined));
  }
  return found;
}
