/**
 * "When will it be back in stock?" and "can you let me know when it's back?" about a product: the
 * catalogue has no restock dates and the bot cannot send stock alerts, so it says so plainly, and
 * offers what it can: the sizes or colours in stock now, or similar products.
 */
import { payloads } from '../../dialogue/payload';
import { resolveProduct } from '../../dialogue/references';
import type { Product } from '../../store/entities';
import { list, localized } from '../format';
import type { SkillTurn } from '../types';
import { colourName } from './cards';
import { answerVariant, askWhichProduct, sizeLabel, variantLabel } from './info';

const RESTOCK_ALERT =
  /\b(notify|alert)\b[^.?!]{0,6}\b(me|us)\b[^.?!]{0,6}\bwhen\b|\b(notify|alert|email|message|text|tell|let)\b[^.?!]{0,12}\b(me|us)\b[^.?!]{0,30}\b(back|restock(ed)?|in stock|available|comes? in)\b|\b(restock|back[- ]in[- ]stock) (alert|notification|email)s?\b|到货(通知|提醒)|补货(通知|提醒)|有货(了)?(通知|告诉|提醒)我|(通知|提醒|告诉)我[^。？！?]{0,6}(到货|补货|有货)/i;

/** "When will it be back?", "will you restock the linen dress?", "什么时候补货". */
const RESTOCK_WHEN =
  /\bwhen\b[^.?!]{0,40}\b(back in stock|in stock again|restocked|back|available again|(come|coming) back|(get|getting) (more|some|them|it) (in|back))\b|\b(getting|get) (more|some) in\b(?!\s+\w)|\b(will|do|are) you (going to )?(restock|get more|have more|be getting more)\b|\brestock(ed)?\b(?![- ]?fee)|\bany (more )?(coming|due) in\b|\bwill (it|they|this|that|these|those) (be|come) back\b|(什么时候|何时|多久|啥时候|哪天)[^。？！?]{0,8}(补货|到货|有货|再有|上架)|会(补货|再进货|有货)吗|还会(补货|有货|再进|进货|再有)|补货(吗|呢|了吗)/i;

/** "When will my refund be back?" is about money or a parcel, not stock. */
const ABOUT_ORDERS = /\b(refunds?|money|orders?|parcels?|packages?|delivery|payments?)\b|退款|订单|包裹|快递|钱/i;

/** True when the message asks to be told when a product is back in stock. */
export function asksRestockAlert(text: string): boolean {
  return RESTOCK_ALERT.test(text);
}

/** True when the message asks when a product will be in stock again, or to be told. */
export function asksRestock(text: string): boolean {
  return asksRestockAlert(text) || (RESTOCK_WHEN.test(text) && !ABOUT_ORDERS.test(text));
}

interface Variant {
  size?: string;
  colour?: string;
}

/** The sizes in stock in the asked colour, or else the colours in stock in the asked size. */
function inStockNow(turn: SkillTurn, product: Product, variant: Variant): string | undefined {
  const inStock = product.variants.filter((v) => v.stock > 0);
  const lang = turn.ctx.lang;
  if (variant.colour) {
    const sizes = product.sizes.filter((s) => inStock.some((v) => v.colour === variant.colour && v.size === s));
    if (sizes.length > 0)
      return turn.t('product.restock_other_sizes', {
        colour: colourName(turn, variant.colour),
        sizes: list(sizes, lang),
      });
  }
  const colours = product.colours.filter(
    (c) => c !== variant.colour && inStock.some((v) => v.colour === c && (!variant.size || v.size === variant.size)),
  );
  if (colours.length === 0) return undefined;
  const named = list(
    colours.map((c) => colourName(turn, c)),
    lang,
  );
  return variant.size
    ? turn.t('product.restock_other_colours', { size: variant.size, colours: named })
    : turn.t('product.restock_other_colours_any', { colours: named });
}

export async function answerRestock(turn: SkillTurn): Promise<void> {
  const product = await resolveProduct(turn);
  if (!product) return askWhichProduct(turn);
  // "Is the red one in S?" … "sold out" … "when will it be back?": back in red, in S.
  const remembered = turn.state.lastSoldOut?.productId === product.id ? turn.state.lastSoldOut : undefined;
  const asked = turn.entity('size')?.value;
  const size = (asked && sizeLabel(product, asked)) ?? asked ?? remembered?.size;
  const colour = turn.entity('colour')?.value ?? remembered?.colour;
  const variant: Variant = { ...(size ? { size } : {}), ...(colour ? { colour } : {}) };
  const catalog = turn.deps.catalog;
  // "When will XXL be back?" of a jumper made up to XL: it was never there to come back.
  const unmade =
    (size !== undefined && !sizeLabel(product, size)) || (colour !== undefined && !product.colours.includes(colour));
  if (unmade) return answerVariant(turn, product, size, colour);
  if (size || colour) {
    if (catalog.stock(product, variant) > 0) return answerVariant(turn, product, size, colour);
  } else if (catalog.stock(product) > 0) {
    return turn.say('product.restock_in_stock', { name: localized(product.name, turn.ctx.lang) });
  }
  const name = [localized(product.name, turn.ctx.lang), variantLabel(turn, product, size, colour)]
    .filter(Boolean)
    .join(' ');
  turn.say(asksRestockAlert(turn.text) ? 'product.restock_no_alerts' : 'product.restock_no_date', { name });
  const now = size || colour ? inStockNow(turn, product, variant) : undefined;
  const moreLike = { quickReplies: [turn.quick('card.more_like', payloads.moreLike(product.id))] };
  turn.say(now ? 'product.restock_meanwhile' : 'product.restock_similar', { options: now ?? '' }, moreLike);
}
