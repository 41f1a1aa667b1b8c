/**
 * A copy of an order's invoice. The bot cannot send email itself, so once the shopper has proved the
 * order is theirs it leaves the team a `ticket` note (the same kind the handoff's email follow-ups
 * use, listed by `GET /api/admin/notes?kind=ticket`) and says where the copy will go.
 */
import { addTicketDetail, FOLLOW_UP_WINDOW_MS, recordTicketOnce } from '../../commerce/tickets';
import { isQuestion } from '../../dialogue/phrases';
import type { SkillTurn } from '../types';
import { loadOrder, orderAnswerForm } from './verification';

const CAUSE = 'invoice_copy';

/** "With my company name on it", "要写公司抬头": what the invoice should show, passed on with the request. */
const INVOICE_DETAILS =
  /\b(company|business|firm|vat|tax|billing|name|address|addressed|made out|reg(istration)? number)\b|公司|抬头|税号|单位|开票信息|地址|名字/i;

const TAX_NUMBER = /\b(vat|tax)\b|税号/i;

/** "Send it to my email", "发到我邮箱": where the copy goes, asked right after it was requested. */
const WHERE_TO =
  /\b(send|email|mail) (it|the invoice|the copy|a copy) (to )?(me|my (e-?mail|inbox))\b|\bto my (e-?mail|inbox)\b|\bwhich (e-?mail|address)\b|发(到|给)?我(的)?邮箱|发我邮箱|发到(哪|哪个)(个)?邮箱/i;

/**
 * Right after an invoice copy was asked for: "can it have my company name?", "抬头写公司名可以吗"
 * (which got the general invoice text again) goes on the team's ticket, and "发到我邮箱" is told
 * where the copy goes.
 */
export function invoiceFollowUp(turn: SkillTurn): 'invoice.detail' | 'invoice.where' | undefined {
  const last = turn.state.lastIntent;
  if ((last !== 'invoice.get' && last !== 'invoice.detail') || turn.state.lastOrderId === undefined) return undefined;
  // "订单10241的发票需要写公司抬头" is a request for another order's invoice; a VAT number's digits
  // ("it's GB123456789") only look like an order number.
  const named = turn.entity('order_number')?.value;
  if (named !== undefined && named !== turn.state.lastOrderId && !TAX_NUMBER.test(turn.text)) return undefined;
  if (INVOICE_DETAILS.test(turn.text)) return 'invoice.detail';
  if (WHERE_TO.test(turn.text)) return 'invoice.where';
  // Asked for the company name, "Acme Trading Ltd" alone reads as nothing: it is that detail.
  const nothingElse = (turn.ctx.nlu?.intent ?? 'None') === 'None';
  return last === 'invoice.detail' && nothingElse && !isQuestion(turn.text) ? 'invoice.detail' : undefined;
}

export async function answerInvoiceFollowUp(
  turn: SkillTurn,
  intent: 'invoice.detail' | 'invoice.where',
): Promise<void> {
  // Still about the same copy: after a detail, the company name given alone goes on the ticket too.
  turn.state.lastIntent = intent === 'invoice.detail' ? 'invoice.detail' : 'invoice.get';
  // Only an order this conversation proved is the shopper's: `loadOrder` checks.
  const order = turn.state.lastOrderId ? await loadOrder(turn, turn.state.lastOrderId) : null;
  if (!order) return turn.say('fallback');
  const params = { order: order.id, email: order.email };
  if (intent === 'invoice.where') return turn.say('invoice.already', params);
  const ticket = await addTicketDetail(turn.deps.notes, {
    conversationId: turn.ctx.conversation.id,
    detail: turn.text,
    at: turn.ctx.now,
    withinMs: FOLLOW_UP_WINDOW_MS,
  });
  if (!ticket) return turn.say('invoice.already', params);
  turn.say(turn.previousIntent === 'invoice.detail' ? 'invoice.detail_more' : 'invoice.detail_added', params);
}

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
