import type { ShopPolicy } from '../commerce/types';
import type { Lang } from '../core/message';

type Contact = ShopPolicy['contact'];

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** Weekday (0 = Sunday) and hour (0..23) of `now` in the shop's time zone. */
function localDayAndHour(now: Date, timezone: string): { day: number; hour: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    weekday: 'short',
    hour: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(now);
  const weekday = parts.find((p) => p.type === 'weekday')?.value ?? 'Sun';
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? '0');
  return { day: Math.max(0, WEEKDAYS.indexOf(weekday)), hour: hour % 24 };
}

/**
 * Whether the shop's team answers at `now`: on one of the contact days, from openHour (inclusive) to
 * closeHour (exclusive), in the shop's own time zone — not the server's.
 */
export function isWithinContactHours(policy: Pick<ShopPolicy, 'contact'>, now: Date): boolean {
  const { days, openHour, closeHour, timezone } = policy.contact;
  const { day, hour } = localDayAndHour(now, timezone);
  return days.includes(day) && hour >= openHour && hour < closeHour;
}

/** "Mon–Fri 9:00–17:00 (Europe/London)": contiguous days collapse into a range. */
export function describeContactHours(contact: Contact, lang: Lang): string {
  const names = lang === 'zh' ? WEEKDAYS_ZH : WEEKDAYS;
  const days = [...new Set(contact.days)].sort((a, b) => a - b);
  const groups: string[] = [];
  let start = 0;
  for (let i = 1; i <= days.length; i++) {
    const prev = days[i - 1] as number;
    if (i < days.length && days[i] === prev + 1) continue;
    const first = days[start] as number;
    groups.push(first === prev ? `${names[first]}` : `${names[first]}–${names[prev]}`);
    start = i;
  }
  const sep = lang === 'zh' ? '、' : ', ';
  return `${groups.join(sep)} ${contact.openHour}:00–${contact.closeHour}:00 (${contact.timezone})`;
}
