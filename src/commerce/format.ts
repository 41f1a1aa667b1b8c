/**
 * Dates and lists as shoppers read them, in their language and (when known) their time zone. Money
 * formatting lives with the contract in types.ts.
 */
import type { Lang } from '../core/message';

const LOCALES: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

/** "14 March 2026" / "2026年3月14日". */
export function formatDate(at: Date | string, lang: Lang, timeZone = 'Europe/London'): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(at),
  );
}

/** "Sat 14 Mar" / "3月14日周六" — short enough for a tracking line. */
export function formatShortDate(at: Date | string, lang: Lang, timeZone = 'Europe/London'): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(at),
  );
}

/** "14 March 2026, 15:30" / "2026年3月14日 15:30". */
export function formatDateTime(at: Date | string, lang: Lang, timeZone = 'Europe/London'): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date | string, to: Date | string): number {
  return Math.floor((new Date(to).getTime() - new Date(from).getTime()) / 86_400_000);
}

export function addDays(at: Date | string, days: number): Date {
  return new Date(new Date(at).getTime() + days * 86_400_000);
}

const LATIN_END = /[A-Za-z0-9)]$/;
const LATIN_START = /^[A-Za-z0-9(£$€]/;

/** "a, b and c" / "a、b和c"; a Latin word beside 和 gets a space ("Apple Pay 和 Maple & Thread 礼品卡"). */
export function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1).join(lang === 'zh' ? '、' : ', ');
  const last = items[items.length - 1] ?? '';
  if (lang !== 'zh') return `${head} and ${last}`;
  return `${head}${LATIN_END.test(head) ? ' ' : ''}和${LATIN_START.test(last) ? ' ' : ''}${last}`;
}
