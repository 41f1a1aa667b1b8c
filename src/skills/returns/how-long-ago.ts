/**
 * "Something I bought 2 months ago", "上个月买的": how long ago the shopper had the item, so a returns
 * question can be answered against the return window instead of with the whole policy.
 */
import { CHINESE_NUMBER_CHARS, ENGLISH_NUMBER_WORDS, parseNumber } from '../../nlu/entities/numbers';

const UNIT_DAYS: Record<string, number> = {
  day: 1,
  week: 7,
  fortnight: 14,
  month: 30,
  year: 365,
  天: 1,
  周: 7,
  星期: 7,
  礼拜: 7,
  月: 30,
  年: 365,
};

const EN_AGO = new RegExp(
  `\\b(\\d+|${ENGLISH_NUMBER_WORDS}|a|an) (day|week|fortnight|month|year)s? ago\\b|\\blast (week|month|year)\\b`,
  'i',
);
const ZH_AGO = new RegExp(
  `(\\d+|${CHINESE_NUMBER_CHARS}|半)个?(天|周|星期|礼拜|月|年)(之?前)|上(个)?(周|星期|礼拜|月)|去年`,
);

export interface Ago {
  days: number;
  /** The shopper's own words for it ("2 months ago", "上个月"). */
  said: string;
}

export function howLongAgo(text: string): Ago | undefined {
  const en = EN_AGO.exec(text);
  if (en) {
    const unit = (en[2] ?? en[3] ?? '').toLowerCase();
    const count = en[1] === undefined ? 1 : /^an?$/i.test(en[1]) ? 1 : parseNumber(en[1]);
    const days = UNIT_DAYS[unit];
    return count !== undefined && days !== undefined ? { days: count * days, said: en[0] } : undefined;
  }
  const zh = ZH_AGO.exec(text);
  if (!zh) return undefined;
  if (zh[0] === '去年') return { days: 365, said: zh[0] };
  const unit = zh[2] ?? zh[5] ?? '';
  const count = zh[1] === undefined ? 1 : zh[1] === '半' ? 0.5 : parseNumber(zh[1]);
  const days = UNIT_DAYS[unit];
  return count !== undefined && days !== undefined ? { days: Math.round(count * days), said: zh[0] } : undefined;
}
