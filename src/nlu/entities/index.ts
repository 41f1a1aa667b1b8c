/**
 * Runs every extractor and settles overlaps: where two entities claim the same characters, the more
 * specific kind wins (an email beats the phone-like digits inside it; "order 10234" beats a quantity).
 */
import type { Entity, EntityType } from '../types';
import type { CatalogMatcher } from './catalog';
import { extractEmails, extractPhones } from './contact';
import { extractDates } from './date';
import { extractMoney } from './money';
import { extractOrderNumbers } from './order-number';
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
  size: 10,
};

export interface ExtractOptions {
  now: Date;
  orderNumberPattern?: RegExp | undefined;
  catalog?: CatalogMatcher | undefined;
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
    ...(options.catalog?.extract(text) ?? []),
  ];
  candidates.sort((a, b) => PRIORITY[a.type] - PRIORITY[b.type] || b.end - b.start - (a.end - a.start));
  const kept: Entity[] = [];
  for (const candidate of candidates) {
    if (kept.some((k) => candidate.start < k.end && k.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export { CatalogMatcher } from './catalog';
export { DEFAULT_ORDER_NUMBER_PATTERN } from './order-number';
