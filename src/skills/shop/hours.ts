/**
 * Contact hours as shoppers read them: "Monday to Saturday, 09:00–18:00, United Kingdom Time" /
 * "星期一至星期六 09:00–18:00 英国时间". The zone is named as people say it, not as the IANA id.
 */
import type { ShopPolicy } from '../../commerce/types';
import type { Lang } from '../../core/message';
import { list } from '../format';

// 2023-01-01 was a Sunday, so day n of the policy (0 = Sunday) is 1 + n January 2023.
function dayName(day: number, lang: Lang): string {
  const at = new Date(Date.UTC(2023, 0, 1 + day, 12));
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(at);
}

function isRun(days: readonly number[]): boolean {
  return days.length > 2 && days.every((d, i) => i === 0 || d === (days[i - 1] ?? -2) + 1);
}

export function contactHours(policy: ShopPolicy, lang: Lang): string {
  const { days, openHour, closeHour, timezone } = policy.contact;
  const sorted = [...days].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const when =
    first !== undefined && last !== undefined && isRun(sorted)
      ? `${dayName(first, lang)}${lang === 'zh' ? '至' : ' to '}${dayName(last, lang)}`
      : list(
          sorted.map((d) => dayName(d, lang)),
          lang,
        );
  const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
  const zone = zoneName(timezone, lang);
  return lang === 'zh'
    ? `${when} ${hh(openHour)}–${hh(closeHour)} ${zone}`
    : `${when}, ${hh(openHour)}–${hh(closeHour)}, ${zone}`;
}

/** "United Kingdom Time" / "英国时间" for Europe/London; the IANA id where ICU has no such name. */
function zoneName(timezone: string, lang: Lang): string {
  const parts = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: timezone,
    timeZoneName: 'longGeneric',
  }).formatToParts(new Date(0));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timezone;
}
