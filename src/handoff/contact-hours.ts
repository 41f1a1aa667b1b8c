import type { ShopPolicy } from '../commerce/types';
import type { Lang } from '../core/message';

type Contact = ShopPolicy['contact'];

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/**
 * Contact hours as a shopper reads them. Whether the team answers right now is the commerce domain's
 * rule (isWithinContactHours in src/commerce/policy); this file only words it.
 *
 * "Mon–Fri 9:00–17:00 (Europe/London)": contiguous days collapse into a range. */
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
