/**
 * "Can I cancel just one item from my order?", "只取消其中一件": orders are cancelled whole. Asking
 * "shall I cancel it?" straight away could cancel everything on a yes meant for one item, so the
 * answer says first what a cancellation covers: with one item, that it is the order; with several,
 * that only the whole order can go, and a returned item comes back once delivered.
 */
import { payloads } from '../../dialogue/payload';
import type { Order } from '../../store/entities';
import { itemLabel, list } from '../format';
import type { SkillTurn } from '../types';

const ONE_PART =
  /\b(just|only) (one|1|the (?!order\b|whole\b)\w+)( item| thing| of (them|the items|the things))?\b|\bone (item|thing|of (them|the items|the things))\b|\bpart of (my|the) order\b|\bsome of (the|my) (items|order)\b|\bremove (an? |one |the )?(item|thing)\b|其中(一|两)?(件|个|双|条)|只(取消|退|要)(一|其中)|部分(商品|取消)|取消(一件|一个|其中)|(删掉|去掉)(一件|一个)/i;

/** True when the cancellation asked for is of part of an order. */
export function cancelsPart(text: string): boolean {
  return ONE_PART.test(text);
}

/**
 * Says what cancelling covers when only part was asked for. 'ask' when the confirmation may follow
 * (the order is one item), 'abort' when it should not (several items: the whole order only).
 */
export function explainWholeOrder(turn: SkillTurn, order: Order): 'ask' | 'abort' {
  const lang = turn.ctx.lang;
  const items = order.items.map((i) => itemLabel(i, lang, (c) => turn.tOr(`colour.${c}`, c)));
  if (items.length <= 1) {
    turn.say('order.cancel.partial_one', { order: order.id, items: list(items, lang) });
    return 'ask';
  }
  turn.say(
    'order.cancel.partial_many',
    { order: order.id, items: list(items, lang) },
    {
      quickReplies: [
        turn.quick('menu.cancel_order', payloads.intent('order.cancel')),
        turn.quick('menu.agent', payloads.intent('agent.request')),
      ],
    },
  );
  return 'abort';
}
