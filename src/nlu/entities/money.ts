/**
 * Money amounts in minor units, with the bound a shopper meant: "under 50" and "30块以下" are upper
 * bounds, "over 20" and "100元以上" lower ones. A bare number counts as money only with a currency
 * mark or a bound word next to it, so "2 pairs" stays a quantity.
 */
import type { Entity, EntityData } from '../types';
import { allMatches, entityFrom } from './match';

const SYMBOLS: Record<string, string> = { '£': 'GBP', $: 'USD', '€': 'EUR', '¥': 'CNY', '￥': 'CNY' };
const WORDS: Record<string, string> = {
  英镑: 'GBP',
  镑: 'GBP',
  美元: 'USD',
  欧元: 'EUR',
  元: 'CNY',
  块: 'CNY',
  块钱: 'CNY',
  人民币: 'CNY',
  rmb: 'CNY',
  yuan: 'CNY',
  cny: 'CNY',
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  bucks: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  quid: 'GBP',
  gbp: 'GBP',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
};

const EN_MAX = 'under|below|less than|cheaper than|up to|no more than|not more than|at most|max(?:imum)?|within';
const EN_MIN = 'over|above|more than|at least|min(?:imum)?|from|starting at';
const ZH_MAX_BEFORE = '低于|少于|不超过|不到|最多|小于';
const ZH_MIN_BEFORE = '高于|超过|多于|至少|大于';
const ZH_MAX_AFTER = '以下|以内|之内|内|左右以下';
const ZH_MIN_AFTER = '以上|起';

const AMOUNT = String.raw`(\d{1,7}(?:[.,]\d{1,2})?)`;
const SYMBOL = '([£$€¥￥])';
// Longer forms first: 英镑 before 镑, 美元 before 元.
const WORD = '(块钱|英镑|镑|美元|欧元|元|块|人民币|rmb|yuan|cny|dollars?|usd|bucks|pounds?|quid|gbp|euros?|eur)';

const MONEY = new RegExp(
  [
    String.raw`(?:\b(${EN_MAX}|${EN_MIN})\s+|(${ZH_MAX_BEFORE}|${ZH_MIN_BEFORE})\s*)?`,
    String.raw`(?:${SYMBOL}\s?${AMOUNT}(?:\s?${WORD})?|${AMOUNT}\s?${WORD}|(?<=(?:${EN_MAX}|${EN_MIN}|${ZH_MAX_BEFORE}|${ZH_MIN_BEFORE})\s*)${AMOUNT}(?![\d.,]|\s*(?:%|pairs?|items?|pieces?|pcs|days?|件|个|双|天)))`,
    String.raw`(?:\s*(${ZH_MAX_AFTER}|${ZH_MIN_AFTER}))?`,
  ].join(''),
  'gi',
);

function boundOf(word: string | undefined, maxWords: string): 'max' | 'min' | undefined {
  if (!word) return undefined;
  return new RegExp(`^(?:${maxWords})$`, 'i').test(word) ? 'max' : 'min';
}

export function extractMoney(text: string): Entity[] {
  const found: Entity[] = [];
  for (const m of allMatches(MONEY, text)) {
    const [, enBound, zhBound, symbol, symbolAmount, symbolWord, wordAmount, word, bareAmount, zhAfter] = m;
    const amountText = symbolAmount ?? wordAmount ?? bareAmount;
    if (!amountText) continue;
    const amount = Number(amountText.replace(',', '.'));
    if (!Number.isFinite(amount)) continue;
    const data: EntityData = {};
    const bound = boundOf(zhAfter, ZH_MAX_AFTER) ?? boundOf(enBound, EN_MAX) ?? boundOf(zhBound, ZH_MAX_BEFORE);
    if (bound) data.bound = bound;
    const currency = (symbol && SYMBOLS[symbol]) || WORDS[(symbolWord ?? word ?? '').toLowerCase()];
    if (currency) data.currency = currency;
    found.push(entityFrom('money', String(Math.round(amount * 100)), m[0], m.index, data));
  }
  return found;
}
