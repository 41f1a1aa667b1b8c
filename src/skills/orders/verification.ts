/**
 * Proof of ownership, shared by every order skill. The shopper gives an order number and the email or
 * phone on it — unless this channel identity is already verified as the order's owner. A wrong proof
 * and an unknown order get the same answer, so guessing reveals nothing.
 */
import { payloads } from '../../dialogue/payload';
import type { FormState } from '../../dialogue/state';
import { endsWithOrderMarker } from '../../nlu/entities/order-number';
import type { Order } from '../../store/entities';
import type { FormSpec, SkillTurn, SlotSpec } from '../types';

const ORDER_NUMBER = /^[A-Z]?\d{4,12}$/;
const ORDER_IN_TEXT = /(?:^|[^\w@.+-])#?\s*([A-Za-z]?\d{4,12})(?![\w@.-])/;
const EMAIL_IN_TEXT = /[^\s@,;:，；：]+@[^\s@,;:，；：]+\.[A-Za-z]{2,}/;
const PHONE_IN_TEXT = /\+?\d[\d\s-]{6,16}\d/;

export function normaliseOrderNumber(raw: string): string {
  return raw
    .trim()
    .replace(/^#/, '')
    .replace(/^no\.?\s*/i, '')
    .toUpperCase();
}

export const orderNumberSlot: SlotSpec = {
  name: 'order_number',
  prompt: 'order.ask_number',
  hint: 'order.number_hint',
  unknownHint: 'order.number_unknown',
  extract({ entities, asked, freeText, text, form }) {
    const entity = entities.find((e) => e.type === 'order_number');
    // While another question is open, a bare number is more likely part of that answer (a postcode,
    // a house number) than another order: a new order must be called one ("order 10240", "#10240").
    const answersOther = !asked && form.values.order_number !== undefined;
    if (entity && answersOther && !endsWithOrderMarker(text.slice(0, entity.start))) return undefined;
    if (entity) return normaliseOrderNumber(entity.value);
    if (!asked) return undefined;
    // When we just asked for it, a bare number is the answer even if the NLU did not tag it.
    const withoutEmail = text.replace(EMAIL_IN_TEXT, ' ');
    const match = withoutEmail.match(ORDER_IN_TEXT);
    if (match?.[1]) return normaliseOrderNumber(match[1]);
    // Anything else typed in answer is a (bad) attempt, re-asked with a hint.
    return freeText && text.trim() ? text.trim().slice(0, 40) : undefined;
  },
  // A verified shopper picks from their recent orders instead of typing a number.
  async choices(turn) {
    const { ctx, deps } = turn;
    if (!ctx.identity.verified) return [];
    const orders = await deps.orders.listForCustomer(ctx.identity.customerId);
    return orders.slice(0, 3).map((o) => ({ label: `#${o.id}`, payload: payloads.order(o.id) }));
  },
  async validate(_turn, value) {
    return ORDER_NUMBER.test(value) ? { ok: true, value } : { ok: false, hint: 'order.number_hint' };
  },
};

/** Records a verified order for this conversation and links the channel user to its owner. */
export async function rememberVerified(turn: SkillTurn, order: Order): Promise<void> {
  const { state, ctx } = turn;
  const verified = (state.verified ?? []).filter((v) => v.orderId !== order.id);
  state.verified = [...verified, { orderId: order.id, customerId: order.customerId }].slice(-5);
  state.lastOrderId = order.id;
  state.lastOrderTurn = state.turn;
  if (!(ctx.identity.verified && ctx.identity.customerId === order.customerId)) {
    await ctx.linkCustomer(order.customerId);
  }
}

/** The current copy of an order already verified in this conversation (or owned by this identity). */
export async function loadOrder(turn: SkillTurn, orderId: string): Promise<Order | null> {
  const { state, ctx, deps } = turn;
  const owner =
    state.verified?.find((v) => v.orderId === orderId)?.customerId ??
    (ctx.identity.verified ? ctx.identity.customerId : undefined);
  if (!owner) return null;
  const orders = await deps.orders.listForCustomer(owner);
  return orders.find((o) => o.id === orderId) ?? null;
}

export const proofSlot: SlotSpec = {
  name: 'proof',
  prompt: 'verify.ask_proof',
  hint: 'verify.proof_hint',
  // "I don't remember which email" is no wrong guess (and no request to stop marketing emails).
  unknownHint: 'verify.proof_unknown',
  giveUpReason: 'verification_failed',
  promptParams: (_turn, form) => ({ order: form.values.order_number ?? '' }),
  extract({ entities, asked, freeText, text }) {
    const email = entities.find((e) => e.type === 'email')?.value ?? text.match(EMAIL_IN_TEXT)?.[0];
    if (email) return `email:${email.toLowerCase()}`;
    const phone = entities.find((e) => e.type === 'phone')?.value;
    if (phone) return `phone:${phone}`;
    if (!asked) return undefined;
    const digits = text.match(PHONE_IN_TEXT)?.[0];
    if (digits && digits.replace(/\D/g, '').length >= 7) return `phone:${digits.replace(/[\s-]/g, '')}`;
    return freeText && text.trim() ? 'text:' : undefined;
  },
  async resolve(turn, form) {
    const orderId = form.values.order_number;
    if (!orderId) return 'ask';
    // Already proven in this conversation, or this channel user is the verified owner: no second proof.
    const order = await loadOrder(turn, orderId);
    if (order) {
      await rememberVerified(turn, order);
      return { fill: 'known' };
    }
    return 'ask';
  },
  async validate(turn, value, form) {
    const orderId = form.values.order_number;
    if (!orderId) return { ok: false, hint: 'verify.proof_hint' };
    const [kind, proof = ''] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
    if (kind !== 'email' && kind !== 'phone') return { ok: false, hint: 'verify.proof_hint' };
    const { ctx, deps } = turn;
    const result = await deps.orders.verify({
      orderId,
      ...(kind === 'email' ? { email: proof } : { phone: proof }),
      conversationId: ctx.conversation.id,
      now: ctx.now,
    });
    if (result.ok) {
      await rememberVerified(turn, result.order);
      // The proof itself is not kept in the conversation state.
      return { ok: true, value: kind };
    }
    if (result.reason === 'mismatch') return { ok: false, hint: 'verify.mismatch', params: { order: orderId } };
    turn.say('verify.rate_limited');
    await ctx.requestHandoff('verification_failed');
    return { ok: 'abort' };
  },
};

/**
 * The message that started an order form ("return the running shoes, they're too small", "I paid by
 * bank transfer"), kept in `data.request`, or ''.
 */
export function openingWords(form: FormState): string {
  return typeof form.data.request === 'string' ? form.data.request : '';
}

/** The kinds of thing the opening message named ("我的鞋子开胶了": shoes), kept in `data.kinds`. */
export function openingKinds(form: FormState): string[] {
  const kinds = form.data.kinds;
  return Array.isArray(kinds) ? kinds.filter((k): k is string => typeof k === 'string') : [];
}

/** What an order form keeps of the message that starts it, for `openingWords` and `openingKinds`. */
export function openingOf(turn: SkillTurn): { request: string; kinds: string[] } {
  return { request: turn.text, kinds: turn.entities.filter((e) => e.type === 'category').map((e) => e.value) };
}

/** The verified order behind a finished form (re-read, so a status change since is seen). */
export async function formOrder(turn: SkillTurn, values: Record<string, string>): Promise<Order | null> {
  const orderId = values.order_number;
  return orderId ? loadOrder(turn, orderId) : null;
}

/**
 * A form that asks for the order number and proof of ownership, then answers about that order:
 * tracking's follow-ups, an invoice copy.
 */
export function orderAnswerForm(
  name: string,
  answer: (turn: SkillTurn, order: Order, form: FormState) => Promise<void> | void,
): FormSpec {
  return {
    name,
    slots: [orderNumberSlot, proofSlot],
    async submit(turn, form) {
      const order = await formOrder(turn, form.values);
      if (order) await answer(turn, order, form);
    },
  };
}
