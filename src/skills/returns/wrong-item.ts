/**
 * "You sent me the wrong item", "I ordered black but got white", "发错货了": the shop's own mistake,
 * which a return for a refund alone does not put right. After the return is booked, an apology and
 * whether the item ordered is in stock, with a person who can send it out now.
 */
import { payloads } from '../../dialogue/payload';
import type { Order, OrderItem } from '../../store/entities';
import { itemName } from '../format';
import { colourName } from '../products/cards';
import type { SkillTurn } from '../types';

const SENT_WRONG =
  /\b(sent|send|shipped|delivered|gave) (me |us )?(the |a )?wrong\b|\bwrong (item|product|one|thing|colou?r|size) (was )?(sent|arrived|came|delivered|in the (box|parcel))\b|\b(received|got|get) (the |a )?wrong\b(?! size)|\b(ordered|bought|asked for|wanted)\b.{1,40}\b(but|and) (i )?(got|received|they sent|you sent|it'?s|it is|came)\b|\bnot what i (ordered|bought)\b|发错|寄错|给错|收到的不是|不是我(买|订|要)的/i;

/** True when the shopper says the shop sent something other than what was ordered. */
export function saysSentWrong(text: string): boolean {
  return SENT_WRONG.test(text);
}

export async function answerWrongItem(turn: SkillTurn, order: Order, item: OrderItem): Promise<void> {
  const { catalog } = turn.deps;
  const product = await catalog.get(item.productId);
  const wanted = itemName(item, turn.ctx.lang, (c) => colourName(turn, c));
  const person = { quickReplies: [turn.quick('menu.agent', payloads.handoff('delivery_problem'))] };
  const variantOf = { ...(item.size ? { size: item.size } : {}), ...(item.colour ? { colour: item.colour } : {}) };
  const inStock = product?.active === true && catalog.stock(product, variantOf) > 0;
  turn.say(inStock ? 'return.wrong_item_in_stock' : 'return.wrong_item_sold_out', { order: order.id, wanted }, person);
}
