/**
 * Runs every extractor and settles overlaps: where two entities claim the same characters, the more
 * specific kind wins (an email beats the phone-like digits inside it; "order 10234" beats a quantity).
 */
import type { Entity, EntityType } from '../types';
import type { CatalogMatcher } from './catalog';
import { extractEmails, extractPhones } from './contact';
import { extractCountries } from './country';
import { extractDates } from './date';
import { extractMoney } from './money';
import { endsWithOrderMarker, extractOrderNumbers } from './order-number';
import { extractOrdinals } from './ordinal';
import { extractQuantities } from './quantity';

const PRIORITY: Record<EntityType, number> = {
  email: 0,
  order_number: 1,
  money: 2,
  phone: 3,
  date: 4,
  quantity: 5,
  ordinal: 6,
  product: 7,
  category: 8,
  colour: 9,
  colour_family: 10,
  size: 11,
  // Last: a catalog word that is also a place ("jersey", "panama hat") is the product.
  country: 12,
};

export interface ExtractOptions {
  now: Date;
  orderNumberPattern?: RegExp | undefined;
  catalog?: CatalogMatcher | undefined;
}

/**
 * A bare digit run inside a longer phone number ("900102" in "+44 7700 900102", "07700" in "07700
 * 900101") is a piece of that phone, not an order number; otherwise a phone given as proof of an
 * order would replace the order number. One the shopper marks ("order 900102") stays an order number.
 */
function isPieceOfPhone(text: string, order: Entity, phones: readonly Entity[]): boolean {
  if (endsWithOrderMarker(text.slice(0, order.start))) return false;
  return phones.some((p) => p.start <= order.start && order.end <= p.end && p.end - p.start > order.end - order.start);
}

export function extractEntities(text: string, options: ExtractOptions): Entity[] {
  const candidates = [
    ...extractEmails(text),
    ...extractOrderNumbers(text, options.orderNumberPattern),
    ...extractMoney(text),
    ...extractPhones(text),
    ...extractDates(text, options.now),
    ...extractQuantities(text),
    ...extractOrdinals(text),
    ...extractCountries(text),
    ...(options.catalog?.extract(text) ?? []),
  ];
  const phones = candidates.filter((c) => c.type === 'phone');
  const plausible = candidates.filter((c) => !(c.type === 'order_number' && isPieceOfPhone(text, c, phones)));
  plausible.sort((a, b) => PRIORITY[a.type] - PRIORITY[b.type] || b.end - b.start - (a.end - a.start));
  const kept: Entity[] = [];
  for (const candidate of plausible) {
    if (kept.some((k) => candidate.start < k.end && k.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export { CatalogMatcher } from './catalog';
export { DEFAULT_ORDER_NUMBER_PATTERN } from './order-number';
