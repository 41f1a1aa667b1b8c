/**
 * A copy of an order's invoice. The bot cannot send email itself, so once the shopper has proved the
 * order is theirs it leaves the team a `ticket` note (the same kind the handoff's email follow-ups
 * use, listed by `GET /api/admin/notes?kind=ticket`) and says where the copy will go.
 */
import { recordTicketOnce } from '../../commerce/tickets';
import type { FormSpec } from '../types';
import { formOrder, orderNumberSlot, proofSlot } from './verification';

const CAUSE = 'invoice_copy';

export const invoiceForm: FormSpec = {
  name: 'invoice.get',
  slots: [orderNumberSlot, proofSlot],
  async submit(turn, form) {
    const order = await formOrder(turn, form.values);
    if (!order) return;
    const params = { order: order.id, email: order.email };
    // An order not yet paid for has no invoice to send.
    if (order.status === 'pending') return turn.say('invoice.not_yet', params);
    const { ctx } = turn;
    const recorded = await recordTicketOnce(turn.deps.notes, {
      conversationId: ctx.conversation.id,
      customerId: order.customerId,
      text: `Send a copy of the invoice for order ${order.id} to ${order.email}`,
      subject: { cause: CAUSE, orderId: order.id },
      data: { email: order.email, channel: ctx.message.channel, lang: ctx.lang },
      at: ctx.now,
    });
    if (!recorded) return turn.say('invoice.already', params);
    turn.say('invoice.requested', params);
  },
};
