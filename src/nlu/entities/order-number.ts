/**
 * Order numbers. Shops number orders differently, so the pattern is configurable; the default takes
 * "#10234", "A12345", "order 10234", "order no. 10234", "订单号10234" and bare 5–9 digit strings
 * (longer ones are phone numbers).
 */
import type { Entity } from '../types';
import { allMatches, entityFrom } from './match';

/** "order", "order no.", "订单号", "#": the words with which a shopper says a number is an order's. */
const MARKER = String.raw`(?:\border\s*(?:no\.?|number|num|id)?\s*[:#]?\s*|订单(?:号|编号|号码)?\s*[:：#]?\s*|#\s?)`;

const ENDS_WITH_MARKER = new RegExp(`${MARKER}$`, 'i');

/** True when `before` (the text up to a number) ends with words marking the number as an order's. */
export function endsWithOrderMarker(before: string): boolean {
  return ENDS_WITH_MARKER.test(before);
}

/** The first non-empty capture group (or the group named `id`) is the order number. */
export const DEFAULT_ORDER_NUMBER_PATTERN = new RegExp(
  String.raw`${MARKER}([a-z]{0,2}\d{4,12})(?!\d)|\b([a-z]{1,2}\d{5,12})\b|(?<![\d+.,£$€¥￥])\b(\d{5,9})\b(?!\d|[.,]\d|\s?(?:元|块|rmb|yuan|dollars?|pounds?|euros?|%))`,
  'gi',
);

export function extractOrderNumbers(text: string, pattern: RegExp = DEFAULT_ORDER_NUMBER_PATTERN): Entity[] {
  const found: Entity[] = [];
  for (const match of allMatches(pattern, text)) {
    const id = match.groups?.id ?? match.slice(1).find((g) => g !== undefined && g !== '') ?? match[0];
    const start = match.index + match[0].lastIndexOf(id);
    found.push(entityFrom('order_number', id.toUpperCase(), id, start));
  }
  return found;
}
