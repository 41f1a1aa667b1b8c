/**
 * A copy of an order's invoice. The bot cannot send email itself, so once the shopper has proved the
 * order is theirs it leaves the team a `ticket` note (the same kind the handoff's email follow-ups
 * use, listed by `GET /api/admin/notes?kind=ticket`) and says where the copy will go.
 */
import { randomUUID } from 'node:crypto';
import type { FormSpec, SkillTurn } from '../types';
import { formOrder, orderNumberSlot, proofSlot } from './verification';

const CAUSE = 'invoice_copy';

/** True when this conversation already asked for a copy of this order's invoice. */
async function alreadyAsked(turn: SkillTurn, orderId: string): Promise<boolean> {
  const tickets = await turn.deps.notes.list('ticket', { conversationId: turn.ctx.conversation.id });
  return tickets.some((t) => t.data?.cause === CAUSE && t.data.orderId === orderId);
}

export const invoiceForm: FormSpec = {
  name: 'invoice.get',
  slots: [orderNumberSlot, proofSlot],
  async submit(turn, form) {
    const order = await formOrder(turn, form.values);
    if (!order) return;
    const params = { order: order.id, email: order.email };
    // An order not yet paid for has no invoice to send.
    if (order.status === 'pending') return turn.say('invoice.not_yet', params);
    if (await alreadyAsked(turn, order.id)) return turn.say('invoice.already', params);
    const { ctx } = turn;
    await turn.deps.notes.add({
      id: `ticket_${randomUUID()}`,
      kind: 'ticket',
      conversationId: ctx.conversation.id,
      customerId: order.customerId,
      text: `Send a copy of the invoice for order ${order.id} to ${order.email}`,
      data: { cause: CAUSE, orderId: order.id, email: order.email, channel: ctx.message.channel, lang: ctx.lang },
      at: ctx.now.toISOString(),
    });
    turn.say('invoice.requested', params);
  },
};
