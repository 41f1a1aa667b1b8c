/**
 * The shop's contact hours: whether a human can answer right now, judged in the shop's own time zone
 * (the server may run in UTC and the shopper may be anywhere), and how the hours read to a shopper.
 */
import type { Lang } from '../../core/message';
import { list } from '../format';
import type { ShopPolicy } from '../types';

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** Weekday (0 = Sunday), hour and minute of `at` on the wall clock of `timeZone`. */
export function wallClock(at: Date, timeZone: string): { weekday: number; hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return {
    weekday: WEEKDAYS[part('weekday')] ?? 0,
    hour: Number(part('hour')),
    minute: Number(part('minute')),
  };
}

export function isWithinContactHours(policy: Pick<ShopPolicy, 'contact'>, now: Date): boolean {
  const { timezone, days, openHour, closeHour } = policy.contact;
  const local = wallClock(now, timezone);
  return days.includes(local.weekday) && local.hour >= openHour && local.hour < closeHour;
}

const LOCALES: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

/** The weekday's name ("Sunday", "星期日"); day n of the policy, 0 = Sunday. */
export function dayName(day: number, lang: Lang): string {
  // 2023-01-01 was a Sunday, so day n is 1 + n January 2023.
  const at = new Date(Date.UTC(2023, 0, 1 + day, 12));
  return new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'long', timeZone: 'UTC' }).format(at);
}

/** "United Kingdom Time" / "英国时间" for Europe/London; the IANA id where ICU has no such name. */
function zoneName(timezone: string, lang: Lang): string {
  const parts = new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: timezone,
    timeZoneName: 'longGeneric',
  }).formatToParts(new Date(0));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timezone;
}

/** Runs of consecutive days: three or more read as a range, shorter runs as single days. */
function dayGroups(days: readonly number[], lang: Lang): string[] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const groups: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const prev = sorted[i - 1] as number;
    if (i < sorted.length && sorted[i] === prev + 1) continue;
    const run = sorted.slice(start, i);
    const first = run[0] as number;
    if (run.length > 2) groups.push(`${dayName(first, lang)}${lang === 'zh' ? '至' : ' to '}${dayName(prev, lang)}`);
    else groups.push(...run.map((d) => dayName(d, lang)));
    start = i;
  }
  return groups;
}

/**
 * Contact hours as shoppers read them, the one wording every reply uses (the shop skill, the
 * handoff's out-of-hours message): "Monday to Saturday, 09:00–18:00, United Kingdom Time" /
 * "星期一至星期六 09:00–18:00 英国时间". The zone is named as people say it, not as the IANA id.
 */
export function describeContactHours(contact: ShopPolicy['contact'], lang: Lang): string {
  const when = list(dayGroups(contact.days, lang), lang);
  const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
  const hours = `${hh(contact.openHour)}–${hh(contact.closeHour)}`;
  const zone = zoneName(contact.timezone, lang);
  return lang === 'zh' ? `${when} ${hours} ${zone}` : `${when}, ${hours}, ${zone}`;
}
