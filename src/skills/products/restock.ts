/**
 * "Can you let me know when it's back in stock?" right after a product: the bot cannot send stock
 * alerts, so it says so plainly, and offers what it can: similar products in stock now.
 */
import { payloads } from '../../dialogue/payload';
import { resolveProduct } from '../../dialogue/references';
import { localized } from '../format';
import type { SkillTurn } from '../types';

const RESTOCK_ALERT =
  /\b(notify|alert)\b[^.?!]{0,6}\b(me|us)\b[^.?!]{0,6}\bwhen\b|\b(notify|alert|email|message|text|tell|let)\b[^.?!]{0,12}\b(me|us)\b[^.?!]{0,30}\b(back|restock(ed)?|in stock|available|comes? in)\b|\b(restock|back[- ]in[- ]stock) (alert|notification|email)s?\b|到货(通知|提醒)|补货(通知|提醒)|有货(了)?(通知|告诉|提醒)我|(通知|提醒|告诉)我[^。？！?]{0,6}(到货|补货|有货)/i;

/** True when the message asks to be told when a product is back in stock. */
export function asksRestockAlert(text: string): boolean {
  return RESTOCK_ALERT.test(text);
}

export async function answerRestockAlert(turn: SkillTurn): Promise<void> {
  const product = await resolveProduct(turn);
  if (!product) return turn.say('product.which');
  const name = localized(product.name, turn.ctx.lang);
  const inStock = turn.deps.catalog.stock(product) > 0;
  turn.say(
    inStock ? 'product.restock_in_stock' : 'product.restock_no_alerts',
    { name },
    {
      quickReplies: [turn.quick('card.more_like', payloads.moreLike(product.id))],
    },
  );
}
