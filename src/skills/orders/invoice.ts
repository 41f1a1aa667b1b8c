/**
 * A copy of an order's invoice. The bot cannot send email itself, so once the shopper has proved the
 * order is theirs it leaves the team a `ticket` note (the same kind the handoff's email follow-ups
 * use, listed by `GET /api/admin/notes?kind=ticket`) and says where the copy will go.
 */
import { recordTicketOnce } from '../../commerce/tickets';
import { orderAnswerForm } from './verification';

const CAUSE = 'invoice_copy';

/** "With my company name on it", "要写公司抬头": what the invoice should show, passed on with the request. */
const INVOICE_DETAILS =
  /\b(company|business|firm|vat|tax|billing|name|address|addressed|made out|reg(istration)? number)\b|公司|抬头|税号|单位|开票信息|地址|名字/i;

/** The shopper's own words when they ask for something on the invoice; undefined for a plain copy. */
function invoiceNote(request: unknown): string | undefined {
  return typeof request === 'string' && INVOICE_DETAILS.test(request) ? request.trim().slice(0, 300) : undefined;
}

export const invoiceForm = orderAnswerForm('invoice.get', async (turn, order, form) => {
  const params = { order: order.id, email: order.email };
  // An order not yet paid for has no invoice to send.
  if (order.status === 'pending') return turn.say('invoice.not_yet', params);
  const { ctx } = turn;
  const note = invoiceNote(form.data.request);
  const recorded = await recordTicketOnce(turn.deps.notes, {
    conversationId: ctx.conversation.id,
    customerId: order.customerId,
    text: `Send a copy of the invoice for order ${order.id} to ${order.email}${note ? `. The customer asked: "${note}"` : ''}`,
    subject: { cause: CAUSE, orderId: order.id },
    data: { email: order.email, channel: ctx.message.channel, lang: ctx.lang, ...(note ? { note } : {}) },
    at: ctx.now,
  });
  if (!recorded) return turn.say('invoice.already', params);
  turn.say(note ? 'invoice.requested_with_note' : 'invoice.requested', { ...params, note: note ?? '' });
});
