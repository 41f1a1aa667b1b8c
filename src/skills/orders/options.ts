/**
 * "What can I do?", "那怎么办" right after an answer about an order: the shopper's options for that
 * order, by where it is. Alone the words read as "what can the bot do?" and got the list of skills.
 */

import { payloads } from '../../dialogue/payload';
import { discussingOrder } from '../../dialogue/references';
import { formatDate } from '../format';
import type { SkillTurn } from '../types';
import { sayOrderStatus } from './status';
import { orderAnswerForm } from './verification';

const WHAT_NOW =
  /^\s*(so |then |ok,? |okay,? |well,? |and )?(what (can|should|do) i do( now| then| about it)?|what now|now what|what are my options|what options do i have|(are there )?any (other )?options)\s*[?!.]*\s*$|^\s*(那|那我|我)?(现在)?(该)?怎么办[呢啊呀吧]?\s*[?？!！。]*\s*$|^\s*(那|那我)?(还)?能怎么(办|做)\s*[?？]*\s*$/i;

/** True for "what can I do?" about the order just discussed. */
export function asksOptions(turn: SkillTurn): boolean {
  return discussingOrder(turn) && WHAT_NOW.test(turn.text);
}

export const orderOptionsForm = orderAnswerForm('order.options', (turn, order) => {
  const person = turn.quick('menu.agent', payloads.intent('agent.request'));
  if (order.status === 'shipped' && order.carrier) {
    return turn.say(
      'order.options_shipped',
      { order: order.id, carrier: order.carrier, tracking: order.trackingNumber ?? '—' },
      { quickReplies: [turn.quick('menu.agent', payloads.handoff('delivery_problem'))] },
    );
  }
  if (order.status === 'pending' || order.status === 'paid') {
    return turn.say(
      'order.options_open',
      { order: order.id },
      {
        quickReplies: [
          turn.quick('menu.change_address', payloads.intent('shipping.change_address')),
          turn.quick('menu.cancel_order', payloads.intent('order.cancel')),
          person,
        ],
      },
    );
  }
  if (order.status === 'delivered') {
    const delivered = formatDate(order.deliveredAt ?? order.updatedAt, turn.ctx.lang);
    return turn.say(
      'order.options_delivered',
      { order: order.id, delivered, days: turn.deps.policy.returns.windowDays },
      { quickReplies: [turn.quick('menu.return', payloads.intent('return.request')), person] },
    );
  }
  sayOrderStatus(turn, order);
});
