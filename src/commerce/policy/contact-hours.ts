/**
 * Whether a human can answer right now, judged in the shop's own time zone (the server may run in UTC
 * and the shopper may be anywhere).
 */
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
