/**
 * "Can I change the size on my order to M?", "M instead of L", "能换成黑色吗" on an order not yet
 * shipped. Items cannot be swapped on a placed order, so the general answer ("cancel and order
 * again") is right, but it left the shopper to find out whether the size they want is there. This
 * reads which item and which size or colour is wanted, and says whether that one is in stock
 * before the shopper cancels anything.
 */

import { payloads } from '../../dialogue/payload';
import type { Order, OrderItem, Product } from '../../store/entities';
import { localized } from '../format';
import { answerVariant, sizeLabel } from '../products/info';
import { SIZE_WORDS } from '../products/size-chart';
import type { SkillTurn } from '../types';

/** The sizes and colours a message names: kept with the form, since the proof comes in between. */
export interface VariantWords {
  sizes: string[];
  colours: string[];
}

/** "Instead of", "change it to", "换成": a size said in these is a size, even a bare "M". */
const SWAP_FRAME = /\b(instead|rather than|change\b[^.?!]{0,25}\bto|swap|switch|exchange)\b|换成|改成|换个|改为/i;
const BARE_SIZE =
  /(?<![\p{L}\p{N}'’])(xxs|xs|s|m|l|xl|xxl|xxxl|extra small|extra large|small|medium|large|\d{2}(?:\.5)?)(?![\p{L}\p{N}'’])/giu;

/** "Change it to 12 Park Lane": a number in an address is no size. */
const ADDRESS =
  /\b(address|street|st|road|rd|lane|ln|avenue|ave|close|drive|dr|way|place|flat|apartment|apt|postcode|zip code)\b|地址|路|街|号楼|小区/i;

/** Sizes typed bare in a swap: "M instead of L", "change it to a medium". */
function bareSizes(text: string): string[] {
  if (!SWAP_FRAME.test(text) || ADDRESS.test(text)) return [];
  return [...text.matchAll(BARE_SIZE)].map((m) => {
    const said = (m[1] ?? '').toLowerCase();
    return SIZE_WORDS[said] ?? said.toUpperCase();
  });
}

export function variantWords(turn: SkillTurn): VariantWords {
  const sizes = turn.entities.filter((e) => e.type === 'size').map((e) => e.value);
  const colours = turn.entities.filter((e) => e.type === 'colour').map((e) => e.value);
  return { sizes: sizes.length > 0 ? sizes : bareSizes(turn.text), colours };
}

/** "I ordered the wrong size", "they're too small", "尺码不对": the fit or colour is the trouble. */
const WRONG_FIT =
  /\bwrong (size|colou?r)\b|\btoo (small|big|large|tight|loose|long|short)\b|\b(does ?n'?t|do ?n'?t|did ?n'?t|does not|do not|did not) fit\b|尺码不对|码(数)?不对|太(大|小|紧|松)了?|不合身|(买|选|拍)错了?(码|尺码|颜色|号)|(尺码|码|颜色|号)(买|选|拍)错/i;

/** "Can I add something to my order?", "订单里加一件": more items, which is a second order, not a change. */
const ADDS_ITEM =
  /\badd (another|one more|a second|an extra)\b(?! (note|message|gift message|comment|instruction|code|voucher|address)\b)|\badd (something|an item|another( item| one)?|one more|more( items)?|an? (?!(note|message|gift|comment|instruction|code|voucher|discount)\b)\w+)( else)? (to|into|onto) (my|the|this|that|an) (existing )?order\b|\badd to (my|the|this|an) (existing )?order\b|(订单|单)(里|中)?(加|添加|追加)|(加|添|追加)(一件|一个|一双|一条|件|个)/i;

export function addsItem(text: string): boolean {
  return ADDS_ITEM.test(text);
}

export function saysWrongFit(text: string): boolean {
  return WRONG_FIT.test(text);
}

/** True when the message names a size or colour: "M instead of L", "in black". */
export function namesVariant(turn: SkillTurn): boolean {
  const words = variantWords(turn);
  return words.sizes.length + words.colours.length > 0;
}

interface Swap {
  item: OrderItem;
  product: Product;
  size?: string;
  colour?: string;
}

function same(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

/** The size and colour other than the item's own: "M instead of L" names the L ordered too. */
function wishFor(item: OrderItem, product: Product, words: VariantWords): Swap | undefined {
  const sizes = [...new Set(words.sizes.map((s) => s.toUpperCase()))].filter((s) => !same(s, item.size));
  const colours = [...new Set(words.colours)].filter((c) => !same(c, item.colour));
  if (sizes.length > 1 || colours.length > 1 || sizes.length + colours.length === 0) return undefined;
  return { item, product, ...(sizes[0] ? { size: sizes[0] } : {}), ...(colours[0] ? { colour: colours[0] } : {}) };
}

function offered(swap: Swap): boolean {
  const sizeOk = swap.size === undefined || sizeLabel(swap.product, swap.size) !== undefined;
  return sizeOk && (swap.colour === undefined || swap.product.colours.includes(swap.colour));
}

/**
 * The one item the words ask to change. With several items, the one that comes in what is asked for;
 * undefined when none or several do.
 */
async function swapWanted(turn: SkillTurn, order: Order, words: VariantWords): Promise<Swap | undefined> {
  const swaps: Swap[] = [];
  for (const item of order.items) {
    const product = await turn.deps.catalog.get(item.productId);
    const swap = product ? wishFor(item, product, words) : undefined;
    if (swap) swaps.push(swap);
  }
  if (order.items.length === 1) return swaps[0];
  const possible = swaps.filter(offered);
  return possible.length === 1 ? possible[0] : undefined;
}

/**
 * Whether the size or colour wanted instead exists and is in stock, with cancelling and ordering
 * again as the way to get it. False when the words single out no swap: the general options follow.
 */
export async function answerSwap(turn: SkillTurn, order: Order, words: VariantWords): Promise<boolean> {
  const swap = await swapWanted(turn, order, words);
  if (!swap) return false;
  const { item, product } = swap;
  const size = swap.size ?? item.size;
  const colour = swap.colour ?? item.colour;
  answerVariant(turn, product, size, colour, (variant) =>
    turn.say(
      'order.change.swap_in_stock',
      { order: order.id, name: localized(product.name, turn.ctx.lang), variant },
      {
        quickReplies: [
          turn.quick('menu.cancel_order', payloads.intent('order.cancel')),
          turn.quick('menu.agent', payloads.intent('agent.request')),
        ],
      },
    ),
  );
  return true;
}
