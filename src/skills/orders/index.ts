/**
 * Order skills: track, cancel, change, change the delivery address. Every one proves ownership first
 * (see verification.ts); changes are allowed only until the order ships.
 */

import { payloads } from '../../dialogue/payload';
import { discussingOrder, isOrderFollowUp, resolveOrderId } from '../../dialogue/references';
import { localized } from '../format';
import type { FormSpec, Skill, SkillTurn, SlotSpec } from '../types';
import { addressLine, parseAddress } from './address';
import { asksArrivalOfLast, asksByDateOfLast } from './arrival';
import { confirmSlot, saysCancel } from './confirm';
import {
  asksCourierContact,
  asksDeliverElsewhere,
  asksSafePlace,
  asksTrackingOfLast,
  courierContactForm,
  safePlaceForm,
} from './courier';
import { answerInvoiceFollowUp, invoiceFollowUp, invoiceForm } from './invoice';
import { answerLostNumber, lostOrderNumber } from './lost-number';
import { answerMissing, claimMissingParcel, stillMissing } from './missing-parcel';
import { asksOptions, orderOptionsForm } from './options';
import { cancelsPart, explainWholeOrder } from './partial-cancel';
import { explainPaying, payNowForm, wantsToPay } from './pay-now';
import { claimsPaid, paymentClaimForm, saysPaid } from './payment-claim';
import { asksReorder, showReorder } from './reorder';
import { answerSlow, complainsOfWait, saysSlow, slowOrderForm } from './slow';
import { asksFaster, speedUpForm } from './speed';
import { mayChange, sayOrderStatus } from './status';
import { addsItem, answerSwap, namesVariant, saysWrongFit, type VariantWords, variantWords } from './swap-variant';
import { saysTrackingTrouble, trackingTroubleForm } from './tracking-trouble';
import { formOrder, openingWords, orderAnswerForm, orderNumberSlot, proofSlot } from './verification';

/** Before asking for details of a change, make sure the change is still possible. */
async function stillOpen(
  turn: SkillTurn,
  values: Record<string, string>,
  change: { address?: boolean } = {},
): Promise<'ask' | 'abort'> {
  const order = await formOrder(turn, values);
  if (!order) return 'abort';
  return mayChange(turn, order, change) ? 'ask' : 'abort';
}

const trackForm = orderAnswerForm('order.track', (turn, order, form) => {
  const request = openingWords(form);
  if (answerMissing(turn, order, request)) return;
  // "Hasn't arrived and it's been 2 weeks": the apology and the parcel's day, not the bare status.
  if (order.status === 'shipped' && complainsOfWait(request)) return answerSlow(turn, order);
  sayOrderStatus(turn, order);
});

const cancelForm: FormSpec = {
  name: 'order.cancel',
  slots: [
    orderNumberSlot,
    proofSlot,
    confirmSlot(
      'order.cancel.confirm',
      {
        async resolve(turn, form) {
          const open = await stillOpen(turn, form.values);
          // "Just one item": cancelling is of the whole order, which is said before any yes.
          const request = openingWords(form);
          const order = open === 'ask' && cancelsPart(request) ? await formOrder(turn, form.values) : null;
          return order ? explainWholeOrder(turn, order) : open;
        },
        async validate(turn, value) {
          if (value === 'yes') return { ok: true, value };
          turn.say('order.cancel.kept');
          return { ok: 'abort' };
        },
      },
      { cancelling: true },
    ),
  ],
  async submit(turn, form) {
    const order = await formOrder(turn, form.values);
    if (!order) return;
    const result = await turn.deps.orders.cancel(order, turn.ctx.now);
    if (!result.ok) {
      mayChange(turn, { ...order, status: result.reason === 'already_shipped' ? 'shipped' : 'cancelled' });
      return;
    }
    // An order not yet paid for has no money to send back; saying a refund is on its way would worry.
    turn.say(order.paidAt ? 'order.cancel.done' : 'order.cancel.done_unpaid', { order: order.id });
  },
};

const changeForm = orderAnswerForm('order.change', async (turn, order, form) => {
  // "I ordered the wrong size" about an order already delivered: a change is a return here, so how
  // exchanges work, then that return, rather than "it can't be changed" and a button to start over.
  const request = openingWords(form);
  const exchanges = turn.deps.policy.returns.exchanges;
  // The size or colour named when the change was asked (kept with the form) or now.
  const opening = form.data.variants as VariantWords | undefined;
  const now = variantWords(turn);
  const words = {
    sizes: [...(opening?.sizes ?? []), ...now.sizes],
    colours: [...(opening?.colours ?? []), ...now.colours],
  };
  const fit = saysWrongFit(request) || words.sizes.length + words.colours.length > 0;
  if (order.status === 'delivered' && exchanges && fit) {
    turn.say('return.exchange_note', { note: localized(exchanges, turn.ctx.lang) });
    return turn.startForm('return.request', { order_number: order.id }, { request });
  }
  if (!mayChange(turn, order)) return;
  // "Can I add something to my order?": a second order, not a cancellation and a new one.
  if (addsItem(request)) {
    turn.say('order.change.add_item', { order: order.id });
    return;
  }
  // "Can I have it in M instead?": whether that one is in stock, before anything is cancelled.
  if (await answerSwap(turn, order, words)) return;
  turn.say(
    'order.change.options',
    { order: order.id },
    {
      quickReplies: [
        turn.quick('menu.change_address', payloads.intent('shipping.change_address')),
        turn.quick('menu.cancel_order', payloads.intent('order.cancel')),
        turn.quick('menu.agent', payloads.intent('agent.request')),
      ],
    },
  );
});

const addressSlot: SlotSpec = {
  name: 'address',
  prompt: 'address.ask',
  hint: 'address.hint',
  extract({ text, freeText, asked }) {
    if (!asked) return undefined;
    if (parseAddress(text)) return text.trim();
    return freeText && text.trim() ? text.trim() : undefined;
  },
  resolve: (turn, form) => stillOpen(turn, form.values, { address: true }),
  async validate(_turn, value) {
    return parseAddress(value) ? { ok: true, value } : { ok: false, hint: 'address.hint' };
  },
};

const addressForm: FormSpec = {
  name: 'shipping.change_address',
  slots: [orderNumberSlot, proofSlot, addressSlot],
  async submit(turn, form) {
    const order = await formOrder(turn, form.values);
    const parts = parseAddress(form.values.address ?? '');
    if (!order || !parts) return;
    const address = { name: order.shippingAddress.name, country: order.shippingAddress.country, ...parts };
    const result = await turn.deps.orders.changeAddress(order, address, turn.ctx.now);
    if (!result.ok) {
      const status = result.reason === 'already_shipped' ? 'shipped' : 'cancelled';
      mayChange(turn, { ...order, status }, { address: true });
      return;
    }
    turn.say('address.done', { order: order.id, address: addressLine(parts) });
  },
};

const FORMS: Record<string, FormSpec> = {
  'order.track': trackForm,
  'order.cancel': cancelForm,
  'order.change': changeForm,
  'shipping.change_address': addressForm,
  'invoice.get': invoiceForm,
  'order.speed_up': speedUpForm,
  'order.slow': slowOrderForm,
  'order.payment_claim': paymentClaimForm,
  'order.pay': payNowForm,
  'order.courier_contact': courierContactForm,
  'order.tracking_trouble': trackingTroubleForm,
  'order.safe_place': safePlaceForm,
  'order.options': orderOptionsForm,
};

/**
 * Requests that take the order just discussed: changes, which confirm first, and the follow-ups only
 * asked about the order just answered ("can you send it faster?", "I already paid").
 */
const ON_THE_LAST = new Set([
  'order.cancel',
  'order.change',
  'shipping.change_address',
  'order.speed_up',
  'order.slow',
  'order.payment_claim',
  'order.pay',
  'order.courier_contact',
  'order.tracking_trouble',
  'order.safe_place',
  'order.options',
]);

/** Intents that act on one order: "and 10236?" right after one of them asks the same of that order. */
const ON_AN_ORDER = new Set([...Object.keys(FORMS), 'return.request', 'refund.track']);

/** "How do I get an invoice?" names no order: the shop's own words, and a button to ask for a copy. */
function explainInvoices(turn: SkillTurn): void {
  turn.say(
    'shop.invoice',
    { text: localized(turn.deps.policy.invoices, turn.ctx.lang) },
    { quickReplies: [turn.quick('menu.invoice_copy', payloads.intent('invoice.copy'))] },
  );
}

export const ordersSkill: Skill = {
  name: 'orders',
  intents: [
    ...Object.keys(FORMS),
    'invoice.copy',
    'order.reorder',
    'order.number_lost',
    'invoice.detail',
    'invoice.where',
    'order.missing_parcel',
  ],
  forms: Object.values(FORMS),
  // Right after an order answer, "cancel it" / "取消吧" means that order (not "never mind"), and "when
  // will it arrive?" asks after that parcel (not delivery times in general). "What about 10236?" asks
  // the same question of another order.
  preempt(turn) {
    // "抬头写公司名可以吗" right after an invoice copy was asked for got the general invoice text.
    const invoice = invoiceFollowUp(turn);
    if (invoice) return invoice;
    if (discussingOrder(turn)) {
      // "I asked the neighbours, nothing" after where missing parcels turn up got the status again.
      if (stillMissing(turn)) return 'order.missing_parcel';
      if (asksReorder(turn)) return 'order.reorder';
      if (saysCancel(turn.text)) return 'order.cancel';
      // "Can you send it faster?" fell back, "能不能快点送到" read as when it arrives: the parcel just
      // discussed, sooner.
      if (asksFaster(turn.text)) return 'order.speed_up';
      // "Why is it taking so long?", "怎么这么慢" fell back: that parcel, with an apology. A complaint
      // the classifier is sure of stays one (it is recorded and offers a person).
      if (saysSlow(turn) && turn.ctx.nlu?.intent !== 'feedback.complaint') return 'order.slow';
      // "I paid yesterday" under an order waiting for payment read as payment trouble (try again).
      if (claimsPaid(turn)) return 'order.payment_claim';
      // "M instead of L" right after the ways an order can change: that change, checked for stock.
      const reading = turn.ctx.nlu?.intent;
      if (turn.state.lastIntent === 'order.change' && namesVariant(turn) && reading !== 'shipping.change_address')
        return 'order.change';
      // "What's the driver's number?" got the shop's contact details; "能送到公司吗" the delivery options.
      if (asksCourierContact(turn)) return 'order.courier_contact';
      if (asksDeliverElsewhere(turn)) return 'shipping.change_address';
      // "The tracking link doesn't work" asked for the order number the bot had just used.
      if (saysTrackingTrouble(turn)) return 'order.tracking_trouble';
      // "Can they leave it with my neighbour?" got the delivery-days answer again.
      if (asksSafePlace(turn)) return 'order.safe_place';
      // "What can I do?", "那怎么办" got the list of what the bot can do, or nothing.
      if (asksOptions(turn)) return 'order.options';
      if (asksArrivalOfLast(turn) || asksByDateOfLast(turn) || asksTrackingOfLast(turn)) return 'order.track';
    }
    // "Order 10236 hasn't been paid, can I pay now?" got card trouble advice: where to pay for it. One
    // that says the money already went is a claim, or the answer would invite paying twice.
    if (wantsToPay(turn)) return saysPaid(turn.text) ? 'order.payment_claim' : 'order.pay';
    // "I can't remember my order number, my email is …" fell back: where to find it, then tracking.
    if (lostOrderNumber(turn.text) && !turn.entity('order_number')) return 'order.number_lost';
    if (!isOrderFollowUp(turn)) return undefined;
    const last = turn.state.lastIntent;
    return last && ON_AN_ORDER.has(last) ? last : 'order.track';
  },
  // "10234, ann@example.com" with no other words: an order number on its own means tracking.
  claim: (turn) => (turn.entity('order_number') ? 'order.track' : undefined),
  async handle(turn, intent) {
    if (intent === 'order.reorder') return showReorder(turn);
    if (intent === 'order.missing_parcel') return claimMissingParcel(turn);
    if (intent === 'invoice.detail' || intent === 'invoice.where') return answerInvoiceFollowUp(turn, intent);
    if (intent === 'order.number_lost') return answerLostNumber(turn);
    // Tracking and invoices ask for a number unless the shopper points back ("where is it?"); changes
    // act on the order just discussed, since they confirm before doing anything.
    const orderId = resolveOrderId(turn, {
      // "What's the tracking link?" right after an order answer is that order's, not a question of which.
      preferLast:
        ON_THE_LAST.has(intent) || asksArrivalOfLast(turn) || asksByDateOfLast(turn) || asksTrackingOfLast(turn),
    });
    if (intent === 'invoice.get' && !orderId) return explainInvoices(turn);
    if (intent === 'order.pay' && !orderId) return explainPaying(turn);
    const form = intent === 'invoice.copy' ? 'invoice.get' : intent;
    // The opening words are kept: "it says delivered but I never got it" changes the answer, and the
    // size or colour a change asks for is needed once the proof has come.
    const data = { request: turn.text, ...(intent === 'order.change' ? { variants: variantWords(turn) } : {}) };
    await turn.startForm(form, orderId ? { order_number: orderId } : {}, data);
  },
};
