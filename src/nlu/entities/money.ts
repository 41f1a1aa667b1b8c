/**
 * Money amounts in minor units, with the bound a shopper meant: "under 50" and "30块以下" are upper
 * bounds, "over 20" and "100元以上" lower ones. A bare number counts as money only with a currency
 * mark, a bound word or a budget word next to it, so "2 pairs" stays a quantity.
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
/** Words that make a bare number a budget without a bound: "budget around 30", "预算300左右". */
const EN_BUDGET = String.raw`\bbudget(?:\s+(?:is|of|about|around|roughly|approximately|approx\.?))*|\bspend(?:\s+(?:about|around|roughly))?`;
const ZH_BUDGET = '预算(?:是|在|为|大概|大约|差不多)*';

const AMOUNT = String.raw`(\d{1,7}(?:[.,]\d{1,2})?)`;
const SYMBOL = '([£$€¥￥])';
// Longer forms first: 英镑 before 镑, 美元 before 元.
const WORD = '(块钱|英镑|镑|美元|欧元|元|块|人民币|rmb|yuan|cny|dollars?|usd|bucks|pounds?|quid|gbp|euros?|eur)';

const MONEY = new RegExp(
  [
    String.raw`(?:\b(${EN_MAX}|${EN_MIN})\s+|(${ZH_MAX_BEFORE}|${ZH_MIN_BEFORE})\s*)?`,
    String.raw`(?:${SYMBOL}\s?${AMOUNT}(?:\s?${WORD})?|${AMOUNT}\s?${WORD}|(?<=(?:${EN_MAX}|${EN_MIN}|${ZH_MAX_BEFORE}|${ZH_MIN_BEFORE}|${EN_BUDGET}|${ZH_BUDGET})\s*)${AMOUNT}(?![\d.,]|\s*(?:%|pairs?|items?|pieces?|pcs|days?|件|个|双|天)))`,
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

/**
 * Currency names a shopper uses without an amount ("can I pay in euros?", "用日元付款"): more than an
 * amount is written with, and the qualified dollars before the bare word, which means US dollars.
 */
const CURRENCY_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['australian dollars?|aud|澳元|澳币', 'AUD'],
  ['canadian dollars?|cad|加元|加币', 'CAD'],
  ['hong kong dollars?|hkd|港币|港元', 'HKD'],
  ['singapore dollars?|sgd|新加坡元|新币', 'SGD'],
  ['new zealand dollars?|nzd|纽元', 'NZD'],
  ['(?:us |american )?dollars?|usd|bucks|美元|美金|\\$', 'USD'],
  ['euros?|eur|欧元|€', 'EUR'],
  ['(?:pounds? )?sterling|pounds?|quid|gbp|英镑|£', 'GBP'],
  ['yuan|rmb|cny|renminbi|人民币|块钱|¥|￥', 'CNY'],
  ['yen|jpy|日元|日币', 'JPY'],
  ['swiss francs?|francs?|chf|瑞士法郎', 'CHF'],
  ['rupees?|inr|卢比', 'INR'],
  ['krw|韩元', 'KRW'],
  ['(?:new )?taiwan(?:ese)? dollars?|twd|台币|新台币', 'TWD'],
];
// One capture group per currency (the names themselves group only with "(?:"), so a match says
// which currency it is.
const NAMED = new RegExp(CURRENCY_NAMES.map(([names]) => `(?<![a-z])(${names})(?![a-z])`).join('|'), 'giu');

/** The currencies a text names, amount or not ("can I pay in euros?" → EUR), in order, once each. */
export function currenciesNamed(text: string): string[] {
  const codes: string[] = [];
  for (const match of text.matchAll(NAMED)) {
    const code = CURRENCY_NAMES[match.slice(1).findIndex((group) => group !== undefined)]?.[1];
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}
