/**
 * Dates as ISO strings (YYYY-MM-DD), relative ones resolved against the injected clock in UTC:
 * today/tomorrow/yesterday, 今天/明天/后天/昨天, 2026-05-03, "3 May", "May 3rd", "5月3日", and
 * weekdays: "friday", "by this Sat", 周五, 星期五 are the next such day (today counts); "next Friday",
 * 下周五 the one in the following Monday-to-Sunday week. A day-month date without a year takes the
 * current year. Fixed-date holidays (Christmas, New Year, Valentine's Day, 圣诞节, 元旦) are their next
 * date.
 */
import type { Entity } from '../types';
import { allMatches, entityFrom } from './match';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

const RELATIVE: Record<string, number> = {
  today: 0,
  tonight: 0,
  tomorrow: 1,
  'day after tomorrow': 2,
  yesterday: -1,
  今天: 0,
  今日: 0,
  明天: 1,
  明日: 1,
  后天: 2,
  昨天: -1,
  前天: -2,
};

const WEEKDAYS_EN = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAY_FULL = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
/** "Sun", "Sat" and "Wed" are words too: short forms count only after "by", "on", "next"… */
const WEEKDAY_SHORT = String.raw`(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?`;
/** 一 … 日/天: Monday … Sunday after 周 / 星期 / 礼拜. */
const WEEKDAYS_ZH = '一二三四五六日';

const DATE = new RegExp(
  [
    String.raw`\b(\d{4})-(\d{1,2})-(\d{1,2})\b`,
    String.raw`\b${DAY}(?:\s+of)?\s+${MONTH}\b`,
    String.raw`\b${MONTH}\s+${DAY}\b`,
    String.raw`(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]`,
    String.raw`\b(the day after tomorrow|day after tomorrow|today|tonight|tomorrow|yesterday)\b|(今天|今日|明天|明日|后天|昨天|前天)`,
    String.raw`\b(?:(next|this|on|by|before)\s+(${WEEKDAY_FULL}|${WEEKDAY_SHORT})|(${WEEKDAY_FULL}))\b`,
    '(下个?)?(?:周|星期|礼拜)([一二三四五六日天])',
    String.raw`\b(christmas eve|christmas day|christmas|xmas|new year'?s eve|new year'?s day|new year|valentine'?s day|valentine'?s)\b|(平安夜|圣诞节|圣诞|元旦|新年|情人节)`,
  ].join('|'),
  'gi',
);

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Fixed-date holidays as month and day: "before Christmas", "圣诞节前能到吗". */
const HOLIDAYS: Record<string, [number, number]> = {
  'christmas eve': [12, 24],
  平安夜: [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  xmas: [12, 25],
  圣诞节: [12, 25],
  圣诞: [12, 25],
  "new year's eve": [12, 31],
  'new years eve': [12, 31],
  "new year's day": [1, 1],
  'new years day': [1, 1],
  'new year': [1, 1],
  元旦: [1, 1],
  新年: [1, 1],
  "valentine's day": [2, 14],
  'valentines day': [2, 14],
  "valentine's": [2, 14],
  valentines: [2, 14],
  情人节: [2, 14],
};

/** The holiday's next date: this year's, or next year's once it has passed. */
function nextHoliday(now: Date, name: string): string | undefined {
  const date = HOLIDAYS[name.toLowerCase().replace(/’/g, "'")];
  if (!date) return undefined;
  const today = now.toISOString().slice(0, 10);
  const thisYear = isoDate(now.getUTCFullYear(), date[0], date[1]);
  return thisYear && thisYear >= today ? thisYear : isoDate(now.getUTCFullYear() + 1, date[0], date[1]);
}

/** Days from `now` to the weekday `day` (0 = Monday): the next one, or one in next week's Mon–Sun. */
function daysUntil(now: Date, day: number, nextWeek: boolean): number {
  const today = (now.getUTCDay() + 6) % 7;
  if (nextWeek) return 7 - today + day;
  return (day - today + 7) % 7;
}

export function extractDates(text: string, now: Date): Entity[] {
  const year = now.getUTCFullYear();
  const found: Entity[] = [];
  for (const m of allMatches(DATE, text)) {
    const [, isoY, isoM, isoD, dmDay, dmMonth, mdMonth, mdDay, zhY, zhM, zhD, enRel, zhRel, enWhich, enAfter, enAlone] =
      m;
    const [zhNext, zhDay, enHoliday, zhHoliday] = [m[16], m[17], m[18], m[19]];
    const enDay = enAfter ?? enAlone;
    let value: string | undefined;
    const weekday = enDay
      ? { day: WEEKDAYS_EN.indexOf(enDay.slice(0, 3).toLowerCase()), next: enWhich?.toLowerCase() === 'next' }
      : zhDay
        ? { day: zhDay === '天' ? 6 : WEEKDAYS_ZH.indexOf(zhDay), next: zhNext !== undefined }
        : undefined;
    const holiday = enHoliday ?? zhHoliday;
    if (holiday) value = nextHoliday(now, holiday);
    else if (weekday && weekday.day >= 0) {
      const offset = daysUntil(now, weekday.day, weekday.next);
      value = new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    } else if (isoY) value = isoDate(Number(isoY), Number(isoM), Number(isoD));
    else if (dmDay && dmMonth) value = isoDate(year, monthNumber(dmMonth), Number(dmDay));
    else if (mdDay && mdMonth) value = isoDate(year, monthNumber(mdMonth), Number(mdDay));
    else if (zhM && zhD) value = isoDate(zhY ? Number(zhY) : year, Number(zhM), Number(zhD));
    else {
      const word = (enRel ?? zhRel ?? '').toLowerCase().replace(/^the /, '');
      const offset = RELATIVE[word];
      if (offset !== undefined) value = new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    }
    if (value) found.push(entityFrom('date', value, m[0], m.index));
  }
  return found;
}
