/** Wording shared by the delivery answers: working days, prices, and lists of countries. */
import { countryName } from '../../commerce/policy/destinations';
import type { DeliveryZone } from '../../commerce/types';
import type { Lang } from '../../core/message';
import type { Localized } from '../../store/entities';
import { list, localized, money } from '../format';
import type { SkillTurn } from '../types';

/**
 * A delivery method's name for a sentence about one order: "Next-day delivery (order by 2pm)" without
 * the checkout note in brackets, and in English lower-cased inside a sentence ("by next-day delivery").
 */
export function methodName(name: Localized, lang: Lang, inSentence: boolean): string {
  const short = localized(name, lang).replace(/\s*[(（][^)）]*[)）]\s*$/u, '');
  return inSentence && lang === 'en' ? short.charAt(0).toLowerCase() + short.slice(1) : short;
}

/** "1 working day", "3–5 working days", "1–2 个工作日". */
export function workingDays(turn: SkillTurn, min: number, max: number): string {
  const count = min === max ? String(min) : `${min}–${max}`;
  return turn.t(max === 1 ? 'shop.working_day' : 'shop.working_days', { count });
}

/** ", £12.95 (free over £150.00)" or "price shown at checkout", for a method or a zone. */
export function priceText(turn: SkillTurn, priceCents: number | undefined, freeOverCents: number | undefined): string {
  const { currency } = turn.deps.policy;
  const lang = turn.ctx.lang;
  if (priceCents === undefined) return turn.t('shop.price_at_checkout');
  const price = priceCents === 0 ? turn.t('shop.free') : money(priceCents, currency, lang);
  const free =
    freeOverCents !== undefined ? turn.t('shop.free_over', { amount: money(freeOverCents, currency, lang) }) : '';
  return `${price}${free}`;
}

/** The home countries by name: "the United Kingdom". */
export function homeName(turn: SkillTurn, home: readonly string[]): string {
  return list(
    home.map((code) => countryName(code, turn.ctx.lang)),
    turn.ctx.lang,
  );
}

/** "France, Germany, Ireland and 27 more", or every name when there are few. */
export function countryExamples(turn: SkillTurn, codes: readonly string[]): string {
  const lang = turn.ctx.lang;
  const examples = codes.slice(0, 3).map((code) => countryName(code, lang));
  const more = codes.length - examples.length;
  if (more <= 0) return list(examples, lang);
  return turn.t('shop.zone_examples', {
    examples: examples.join(lang === 'zh' ? '、' : ', '),
    more,
    total: codes.length,
  });
}

/** "Europe (France, Germany, Ireland and 27 more): 2–4 working days, £12.95", for these of its countries. */
export function zoneLine(
  turn: SkillTurn,
  zone: DeliveryZone,
  countries: readonly string[],
  withCarrier: boolean,
): string {
  return turn.t('shop.zone_line', {
    zone: localized(zone.name, turn.ctx.lang),
    countries: countryExamples(turn, countries),
    days: workingDays(turn, zone.minDays, zone.maxDays),
    price: priceText(turn, zone.priceCents, zone.freeOverCents),
    via: withCarrier && zone.carrier ? turn.t('shop.via_carrier', { carrier: zone.carrier }) : '',
  });
}

/** The one carrier every zone uses, if they share one (said once, not on every line). */
export function sharedCarrier(zones: readonly DeliveryZone[]): string | undefined {
  const first = zones[0]?.carrier;
  return first !== undefined && zones.every((z) => z.carrier === first) ? first : undefined;
}
