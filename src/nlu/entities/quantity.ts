/** Quantities: "2 pairs", "three items", "3 of the scarves", "x2", "两件", "3个". */
import type { Entity } from '../types';
import { allMatches, entityFrom } from './match';
import { CHINESE_NUMBER_CHARS, ENGLISH_NUMBER_WORDS, parseNumber } from './numbers';

const EN_UNITS = 'pairs?|items?|pieces?|pcs|units?|of them|of (?:the|those|these)|copies|sets?|bottles?|boxes|packs?';
const ZH_UNITS = '件|个|双|条|套|只|份|瓶|盒|包|顶|副';
// "第二个" is the second one, an ordinal (ordinal.ts), not two of something.

const QUANTITY = new RegExp(
  String.raw`\b(\d{1,4}|${ENGLISH_NUMBER_WORDS})\s+(?:${EN_UNITS})\b|(?:\bx\s?|×\s?)(\d{1,4})\b|\b(\d{1,4})\s?x\b|(?<!第[\d零一二两三四五六七八九十百千]{0,3})(\d{1,4}|${CHINESE_NUMBER_CHARS})\s?(?:${ZH_UNITS})`,
  'gi',
);

export function extractQuantities(text: string): Entity[] {
  const found: Entity[] = [];
  for (const m of allMatches(QUANTITY, text)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4];
    const value = raw === undefined ? undefined : parseNumber(raw);
    if (value === undefined || value <= 0) continue;
    found.push(entityFrom('quantity', String(value), m[0], m.index));
  }
  return found;
}
