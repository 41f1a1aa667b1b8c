/**
 * Delivery answers: the methods at home, the zones abroad, and "do you ship to Germany?" for the
 * country asked about, all from the shop policy. The country stays in mind for the follow-up ("how
 * long does it take?").
 */
import { countryName, destinationOf } from '../../commerce/policy/destinations';
import type { ShopPolicy } from '../../commerce/types';
import { payloads } from '../../dialogue/payload';
import { list, localized, money } from '../format';
import type { SkillTurn } from '../types';
import { sayDeliveryByDate } from './delivery-by-date';
import { homeName, priceText, sharedCarrier, workingDays, zoneLine } from './delivery-format';
import { sayRegion } from './delivery-region';

type ShippingMethod = ShopPolicy['shipping'][number];

/** How shoppers name a method: its id and the first words of its names ("express", "next day", "快速"). */
function methodWords(method: ShippingMethod): string[] {
  const en = method.name.en.toLowerCase().split(/\s+(?:delivery|shipping|post)\b|\s*\(/)[0] ?? '';
  const zh = method.name.zh.split(/配送|快递|（|\(/)[0] ?? '';
  const id = method.id.toLowerCase();
  return [id, id.replace(/[-_]/g, ' '), en, en.replace(/-/g, ' '), zh].filter((w) => w.trim().length >= 2);
}

/**
 * "How long does express take?": answers with the line of each method the message names, and says
 * false (leaving the whole list to the caller) when it names none or every one.
 */
function sayNamedMethods(turn: SkillTurn): boolean {
  const text = turn.text.toLowerCase();
  const all = turn.deps.policy.shipping;
  const named = all.filter((m) => methodWords(m).some((w) => text.includes(w)));
  if (named.length === 0 || named.length === all.length) return sayRankedMethod(turn);
  turn.say('shop.delivery_named', { lines: shippingLines(turn, named) });
  return true;
}

const ASKS_CHEAPEST = /\b(cheapest|least expensive|lowest[- ]cost|most affordable)\b|最便宜|最划算|最省钱|运费最低/i;
const ASKS_FASTEST = /\b(fastest|quickest|soonest|speediest)\b|最快|最迅速/i;

/**
 * "What's the cheapest delivery option?", "最快的配送方式": the one method that ranks first, where the
 * whole list left the shopper to compare prices or days.
 */
function sayRankedMethod(turn: SkillTurn): boolean {
  const all = turn.deps.policy.shipping;
  const cheapest = ASKS_CHEAPEST.test(turn.text);
  if (all.length < 2 || (!cheapest && !ASKS_FASTEST.test(turn.text))) return false;
  const [first] = [...all].sort((a, b) =>
    cheapest
      ? a.priceCents - b.priceCents || a.maxDays - b.maxDays
      : a.maxDays - b.maxDays || a.priceCents - b.priceCents,
  );
  if (!first) return false;
  turn.say(cheapest ? 'shop.delivery_cheapest' : 'shop.delivery_fastest', { lines: shippingLines(turn, [first]) });
  return true;
}

/** One line per method; `price` words a method's price differently (for one product, say). */
function shippingLines(
  turn: SkillTurn,
  methods = turn.deps.policy.shipping,
  price: (method: ShippingMethod) => string = (s) => priceText(turn, s.priceCents, s.freeOverCents),
): string {
  return methods
    .map((s) => {
      const days = workingDays(turn, s.minDays, s.maxDays);
      return `• ${turn.t('shop.shipping_line', { name: localized(s.name, turn.ctx.lang), days, price: price(s) })}`;
    })
    .join('\n');
}

/** The zones abroad, one line each, with a few of their countries as examples. */
function abroadLines(turn: SkillTurn, destinations: NonNullable<ShopPolicy['destinations']>): string {
  const home = homeName(turn, destinations.home);
  const carrier = sharedCarrier(destinations.zones);
  const lines = destinations.zones.map((zone) => `• ${zoneLine(turn, zone, zone.countries, carrier === undefined)}`);
  const intro = carrier ? turn.t('shop.abroad_with', { home, carrier }) : turn.t('shop.abroad', { home });
  const duties = destinations.zones.some((z) => z.duties) ? `\n${turn.t('shop.duties', { home })}` : '';
  return `${turn.t('shop.home_covers', { home })}\n${intro}\n${lines.join('\n')}${duties}\n${turn.t('shop.ask_country')}`;
}

/** "It", "this one", "它": the product just talked about, when the talk was about products. */
const THE_PRODUCT = /\b(it|this|that|this one|that one|them|these)\b|这件|这个|这款|这条|这双|它/i;

/**
 * "How much is delivery for it?" right after a product: each home method's price for that product
 * alone, free where its price clears the method's free-delivery threshold. Says false otherwise.
 */
async function sayForProduct(turn: SkillTurn): Promise<boolean> {
  const { lastProductId } = turn.state;
  if (!lastProductId || !turn.previousIntent?.startsWith('product.') || !THE_PRODUCT.test(turn.text)) return false;
  const product = await turn.deps.catalog.get(lastProductId);
  if (!product) return false;
  const { currency } = turn.deps.policy;
  const lang = turn.ctx.lang;
  const lines = shippingLines(turn, turn.deps.policy.shipping, (s) =>
    s.freeOverCents !== undefined && product.priceCents >= s.freeOverCents
      ? turn.t('shop.free_as_over', { amount: money(s.freeOverCents, currency, lang) })
      : priceText(turn, s.priceCents, undefined),
  );
  turn.say('shop.delivery_for_product', {
    name: localized(product.name, lang),
    price: money(product.priceCents, product.currency, lang),
    lines,
  });
  return true;
}

/** The delivery methods, where they reach, the zones abroad, and the shop's notes on delivery. */
function deliveryLines(turn: SkillTurn): string {
  const { destinations, deliveryAreas } = turn.deps.policy;
  const parts = [shippingLines(turn)];
  if (destinations) parts.push(abroadLines(turn, destinations));
  if (deliveryAreas) parts.push(localized(deliveryAreas, turn.ctx.lang));
  return parts.join('\n');
}

/** One country's answer; "time" leads with how long it takes. */
function sayCountry(turn: SkillTurn, code: string, time: boolean): void {
  const destinations = turn.deps.policy.destinations;
  if (!destinations) return;
  const lang = turn.ctx.lang;
  const country = countryName(code, lang);
  const where = destinationOf(destinations, code);
  if (where.kind === 'home') {
    turn.say('shop.ship_home', { country: homeName(turn, destinations.home), lines: shippingLines(turn) });
    return;
  }
  if (where.kind === 'zone') {
    const { zone } = where;
    // "How much?" or "do I pay customs?" about a country just answered is answered as asked, not
    // with "Yes, we ship there" again.
    const key =
      zone.duties && (ASKS_DUTIES.test(turn.text) || ASKS_TAX.test(turn.text))
        ? 'shop.duties_zone'
        : ASKS_PRICE.test(turn.text)
          ? 'shop.price_zone'
          : time
            ? 'shop.time_zone'
            : 'shop.ship_zone';
    turn.say(key, {
      country,
      days: workingDays(turn, zone.minDays, zone.maxDays),
      price: priceText(turn, zone.priceCents, zone.freeOverCents),
      via: zone.carrier ? turn.t('shop.via_carrier', { carrier: zone.carrier }) : '',
      // Chinese sentences follow one another with no space between.
      duties: zone.duties ? `${lang === 'zh' ? '' : ' '}${turn.t('shop.duties_there')}` : '',
    });
    return;
  }
  const options = { quickReplies: [turn.quick('menu.delivery', payloads.intent('delivery.options'))] };
  if (where.kind === 'mixed') {
    sayRegion(turn, destinations, code);
    return;
  }
  const abroad = destinations.zones.flatMap((z) => z.countries);
  // The first country of each zone in turn, so the examples show how far the shop reaches.
  const longest = Math.max(...destinations.zones.map((z) => z.countries.length));
  const examples = Array.from({ length: longest }, (_, i) => destinations.zones.flatMap((z) => z.countries[i] ?? []))
    .flat()
    .slice(0, 3);
  turn.say(
    'shop.ship_none',
    {
      country,
      home: homeName(turn, destinations.home),
      count: abroad.length,
      examples: list(
        examples.map((c) => countryName(c, lang)),
        lang,
      ),
    },
    options,
  );
}

/** At most this many countries get their own answer in one turn. */
const MAX_COUNTRIES = 3;

/** "What are your delivery options?" asks about all of them, whatever was asked before. */
const ASKS_IN_GENERAL = /\b(options|methods|ways|choices|all|in general|usually)\b|方式|选项|一般|通常/i;
/** "How much is it?", "does that include duties?": about the place just answered. */
const POINTS_BACK = /\b(it|there|that|this)\b|那里|那边|这样/i;

const ASKS_DUTIES = /\b(customs|duties|duty|import (tax|taxes|fees?|charges?)|tariffs?)\b|关税|进口税|清关|海关/i;
/** "Will I have to pay tax?", "要交税吗": duties, once a country's delivery was just answered. */
const ASKS_TAX = /\b(tax|taxes|taxed|vat)\b|交税|缴税|税费|上税|收税|要税/i;
const ASKS_PRICE = /\b(how much|cost|costs|price|charge|fee)\b|多少钱|运费|费用|收费/i;

/** "Do I have to pay customs?", or "how much is it?" right after a delivery answer about a country. */
export function asksDutiesOrDeliveryPrice(turn: SkillTurn): boolean {
  if (turn.entity('product') || turn.entity('order_number')) return false;
  if (ASKS_DUTIES.test(turn.text)) return true;
  const afterDelivery = turn.previousIntent === 'delivery.options' || turn.previousIntent === 'delivery.time';
  return (
    afterDelivery && turn.state.lastCountry !== undefined && (ASKS_PRICE.test(turn.text) || ASKS_TAX.test(turn.text))
  );
}

/** The countries the message names, at most MAX_COUNTRIES. */
function countriesNamed(turn: SkillTurn): string[] {
  return [...new Set(turn.entities.filter((e) => e.type === 'country').map((e) => e.value))].slice(0, MAX_COUNTRIES);
}

/** The country asked about just before, when this turn goes on with it ("how long does it take?"). */
function countryFollowed(turn: SkillTurn, time: boolean): string[] {
  const last = turn.previousIntent;
  const goesOn = last === 'delivery.options' || last === 'delivery.time';
  if (!goesOn || !turn.state.lastCountry || ASKS_IN_GENERAL.test(turn.text)) return [];
  const sameQuestion =
    time ||
    POINTS_BACK.test(turn.text) ||
    ASKS_PRICE.test(turn.text) ||
    ASKS_DUTIES.test(turn.text) ||
    ASKS_TAX.test(turn.text);
  return sameQuestion ? [turn.state.lastCountry] : [];
}

/**
 * Answers a delivery question: for the countries asked about, the methods named ("how long does
 * express take?" is about home delivery, whatever country came before), or all of it.
 */
export async function answerDelivery(turn: SkillTurn, time: boolean): Promise<void> {
  const destinations = turn.deps.policy.destinations;
  const named = destinations ? countriesNamed(turn) : [];
  const abroad = named.some((c) => !destinations?.home.includes(c));
  // An answer about a method or a product leaves the country asked about before behind.
  if ((!abroad && sayNamedMethods(turn)) || (named.length === 0 && !time && (await sayForProduct(turn)))) {
    delete turn.state.lastCountry;
    return;
  }
  // "Will they arrive before Christmas?" at home: each option against that day.
  if (!abroad && sayDeliveryByDate(turn)) {
    delete turn.state.lastCountry;
    return;
  }
  const countries = named.length > 0 || !destinations ? named : countryFollowed(turn, time);
  if (countries.length > 0) {
    for (const code of countries) sayCountry(turn, code, time);
    turn.state.lastCountry = countries[countries.length - 1];
    return;
  }
  delete turn.state.lastCountry;
  if (!time) {
    turn.say('shop.delivery_options', { lines: deliveryLines(turn) });
    return;
  }
  const fastest = Math.min(...turn.deps.policy.shipping.map((s) => s.minDays));
  turn.say('shop.delivery_time', { lines: deliveryLines(turn), fastest: workingDays(turn, fastest, fastest) });
}

const PLACE_FILLER = /\b(?:and|or|to|in|for|also|what about|how about)\b|[和或到寄去呢吗还有那]|[\s,.?!？。，、&]/giu;

/** "Japan?", "and to Canada": nothing but places (and small words around them), after a delivery answer. */
export function namesOnlyPlace(turn: SkillTurn): boolean {
  const places = turn.entities.filter((e) => e.type === 'country');
  if (places.length === 0) return false;
  let rest = turn.text;
  for (const p of [...places].sort((a, b) => b.start - a.start)) rest = rest.slice(0, p.start) + rest.slice(p.end);
  return rest.replace(PLACE_FILLER, '') === '';
}

/** Words of sending or of ordering from somewhere: with a place named, a question of where we deliver. */
const ABOUT_SENDING =
  /\b(ship|shipping|deliver|delivery|deliveries|send|post|postage|courier|order from|buy from|shop from|live in|living in|based in)\b|寄|发货|发往|送到|配送|运费|邮费|快递|下单|购买|住在/i;
const HOW_LONG = /\bhow (long|many days|quickly|fast)\b|\bwhen (would|will|does|do)\b|多久|几天|多长时间|多少天/i;
/** What "can I order from Canada?" reads as without the place: ordering, an account, nothing. */
const READS_AS_ELSEWHERE = new Set(['None', 'order.place', 'account.create', 'help']);

/**
 * "Can I order from Canada?", "I live in Ireland, can you send there?": a delivery question about that
 * country, whatever the classifier made of it. A message about an order (with its number) is not.
 */
export function asksWhetherWeShip(turn: SkillTurn): 'delivery.options' | 'delivery.time' | undefined {
  if (!turn.deps.policy.destinations || turn.entity('country') === undefined || turn.entity('order_number'))
    return undefined;
  if (!READS_AS_ELSEWHERE.has(turn.ctx.nlu?.intent ?? 'None') || !ABOUT_SENDING.test(turn.text)) return undefined;
  return HOW_LONG.test(turn.text) ? 'delivery.time' : 'delivery.options';
}
