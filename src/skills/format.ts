/** Small formatting helpers shared by skills, so every skill lists things the same way per language. */

import { list } from '../commerce/format';
import { formatMoney } from '../commerce/types';
import type { Lang } from '../core/message';
import type { Localized, Order, OrderItem } from '../store/entities';

export { formatDate, formatShortDate, list } from '../commerce/format';

export function money(cents: number, currency: string, lang: Lang): string {
  return formatMoney(cents, currency, lang);
}

export function localized(text: Localized, lang: Lang): string {
  return text[lang] || text.en;
}

const ONE_SIZE = /^\s*one[\s-]?size\s*$/i;

/** True for the catalog's "One size" (bags, homeware). */
export function isOneSize(size: string): boolean {
  return ONE_SIZE.test(size);
}

/** A size as the shopper reads it: "M", "42"; the catalog's "One size" as "one size" / "均码". */
export function sizeName(size: string, lang: Lang): string {
  if (!isOneSize(size)) return size;
  return lang === 'zh' ? '均码' : 'one size';
}

/** "1× Linen Wrap Dress (red, M)"; `colourName` translates colour keys for the shopper's language. */
export function itemLabel(item: OrderItem, lang: Lang, colourName: (key: string) => string = (k) => k): string {
  return `${item.quantity}× ${itemName(item, lang, colourName)}`;
}

/** "Linen Wrap Dress (red, M)": an item without its quantity. */
export function itemName(item: OrderItem, lang: Lang, colourName: (key: string) => string = (k) => k): string {
  const variant = variantText(item, lang, colourName);
  return `${localized(item.name, lang)}${variant ? ` (${variant})` : ''}`;
}

/** "red, M": a colour and a size as replies name them; '' with neither. */
export function variantText(
  variant: { colour?: string | undefined; size?: string | undefined },
  lang: Lang,
  colourName: (key: string) => string = (k) => k,
): string {
  return [variant.colour && colourName(variant.colour), variant.size && sizeName(variant.size, lang)]
    .filter(Boolean)
    .join(', ');
}

export function orderItems(order: Order, lang: Lang, colourName?: (key: string) => string): string {
  return list(
    order.items.map((i) => itemLabel(i, lang, colourName)),
    lang,
  );
}
