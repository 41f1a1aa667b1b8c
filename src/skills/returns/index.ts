/**
 * Returns and refunds: a verified return form (order → proof → item → reason → RMA with the shop's
 * instructions), the refund policy, refund requests (which go the return path) and refund tracking.
 */
import { isConciergeError } from '../../core/errors';
import { payloads } from '../../dialogue/payload';
import { isHypothetical } from '../../dialogue/phrases';
import { resolveOrderId } from '../../dialogue/references';
import type { ReturnRequest } from '../../store/entities';
import { formatDate, localized, money } from '../format';
import { sayOrderStatus } from '../orders/status';
import { formOrder, openingOf, openingWords, orderNumberSlot, proofSlot } from '../orders/verification';
import type { FormSpec, Skill, SkillTurn } from '../types';
import { answerMismatchReport, itemReport } from './item-report';
import { chosenLabel, chosenSkus, itemSlot } from './items';
import { offerOtherSize } from './other-size';
import {
  answerNoReceipt,
  answerReturnsPolicy,
  asksDeliveryRefund,
  asksHowToSend,
  asksRefundDestination,
  asksRefundTiming,
  asksReturnAddress,
  asksWithoutReceipt,
  finalSaleList,
  sayFaultyTerms,
} from './policy-answer';
import { asksSizeInstead, reasonLabel, reasonSlot, saysFaulty } from './reason';
import { answerWrongItem, saysSentWrong } from './wrong-item';

const ABOUT_LABEL = /\b(labels?|shipping slip|return slip|qr code)\b|面单|标签|退货单|二维码/i;
/** A care or size label is on the product, not the parcel. */
const CARE_LABEL = /\b(care|wash(ing)?|size)\s+labels?\b|洗涤|水洗|尺码标/i;

const ABOUT_SALE =
  /\b(on sale|in the sale|sale items?|discounted|reduced|clearance|outlet)\b|打折|特价|促销|折扣|减价|清仓/i;

const ASKS_EXCHANGE =
  /\b(exchange|swap|switch it|change it for)\b|换货|换一(件|双|个|条)|换(个|成)?(大|小)一?(码|号)|换(个|成)?别的(颜色|尺码)/i;

/**
 * "Do you do exchanges?", "what's your exchange policy?", "支持换货吗": a question about exchanges,
 * not a money exchange rate. The classifier reads these as help or the returns policy.
 */
const ABOUT_EXCHANGES =
  /\b(exchanges?|exchanging|swaps?|swapping)\b(?!\s+(rates?|currenc(y|ies)|money)\b)|换货|调换|更换(尺码|颜色|大小)/i;
/** Swapping an item in Chinese ("能换吗", "换大一码"), not changing an address ("换个地址"). */
const ZH_SWAP = '换货|换(一|个|成)?(大|小|别的|其他)?一?(码|号|件|双|条|颜色|尺码)|(能|可以)?换吗';
/** Sending something back, or getting the money for it: what a return question is about. */
const ABOUT_RETURNING = new RegExp(
  `\\b(return(ed|ing)?|send (it|them|this|these) back|take (it|them) back|refund(ed)?|money back|exchange)\\b|退|${ZH_SWAP}`,
  'i',
);
const ABOUT_SWAPPING = new RegExp(`\\b(exchange|swap)\\b|${ZH_SWAP}`, 'i');
/** "What if the dress doesn't fit?": before buying, whether a disappointment could go back. */
const NOT_FITTING_OR_LIKED =
  /\b(don'?t|doesn'?t|do not|does not|won'?t|isn'?t|aren'?t) (fit|like|suit|love)\b|不合适|不合身|不喜欢|大了|小了/i;

/**
 * "Can I return them if they don't fit?", "if I don't like it can I send it back?": a question about
 * the policy, imagined before the purchase, not a return of an order to start.
 */
function asksReturnIfDisappointed(turn: SkillTurn): boolean {
  if (!isHypothetical(turn.text) || turn.entity('order_number')) return false;
  return ABOUT_RETURNING.test(turn.text) || NOT_FITTING_OR_LIKED.test(turn.text);
}

/** Readings that carry the exchange out (a return to start, an order to change), not a question. */
const EXCHANGE_REQUEST = /^(return\.request|refund\.(request|track)|order\.|shipping\.|payment\.|account\.)/;

/** A gift being returned ("my sister got it as a present"), not a gift card or gift wrapping. */
const ABOUT_GIFT =
  /\b(gifts?|presents?|gifted)\b(?!\s*(cards?|vouchers?|wrap|wrapping|wrapped|box(es)?|message|note)\b)|礼物|别人送|送给(我|朋友|家人|妈妈|爸爸|老婆|老公|女朋友|男朋友|姐姐|妹妹|哥哥|弟弟)/i;
const GIFT_INTENTS = new Set(['return.request', 'refund.request', 'refund.policy']);

/** "It was a gift", "是别人送的" right after the returns policy: how gift returns work, not gift ideas. */
const WAS_A_GIFT =
  /^\s*(but |and |oh |well )?(it|this|that|they|these|those|the \w+)( was| were|'s|'re| is| are) (a )?(gift|present)s?\b|^\s*(i|we) (got|received|was given) (it|them|this) as a (gift|present)\b|(是|也是)(别人|朋友|家人)?送(我)?的|(别人|朋友|家人)送(我)?的|是礼物|收到的礼物/i;

const returnForm: FormSpec = {
  name: 'return.request',
  slots: [orderNumberSlot, proofSlot, itemSlot, reasonSlot],
  async submit(turn, form) {
    const order = await formOrder(turn, form.values);
    const skus = chosenSkus(form);
    if (!order || skus.length === 0) return;
    const { returns, policy } = turn.deps;
    const lang = turn.ctx.lang;
    let rma: ReturnRequest;
    try {
      rma = await returns.create({ order, skus, reason: form.values.reason ?? '', now: turn.ctx.now });
    } catch (error) {
      if (!isConciergeError(error)) throw error;
      turn.say('return.failed', {}, { quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))] });
      return;
    }
    turn.say(
      'return.created',
      {
        rma: rma.id,
        item: chosenLabel(form, lang),
        reason: reasonLabel(rma.reason, (k) => turn.t(k)),
        instructions: localized(policy.returns.instructions, lang),
        refundDays: policy.returns.refundDays,
      },
      { quickReplies: [turn.quick('menu.return_another', payloads.intent('return.request'))] },
    );
    // After the booking, not inside its error handling: a store error here is not "the return failed".
    const [sku] = skus;
    const item = skus.length === 1 ? order.items.find((i) => i.sku === sku) : undefined;
    if (!item) return;
    if (saysSentWrong(`${openingWords(form)} ${turn.text}`)) return answerWrongItem(turn, order, item);
    await offerOtherSize(turn, item, rma.reason);
  },
};

function sayRefunds(turn: SkillTurn, rmas: ReturnRequest[]): void {
  const lang = turn.ctx.lang;
  const currency = turn.deps.policy.currency;
  if (rmas.length === 0) {
    turn.say('refund.none', {}, { quickReplies: [turn.quick('menu.return', payloads.intent('return.request'))] });
    return;
  }
  const refunded = rmas.some((r) => r.status === 'refunded');
  const lines = rmas.map((r) =>
    turn.t(r.status === 'refunded' ? 'refund.line.refunded' : 'refund.line.open', {
      rma: r.id,
      order: r.orderId,
      amount: money(r.refundCents, currency, lang),
      date: formatDate(r.refundedAt ?? r.updatedAt, lang),
      status: turn.tOr(`refund.state.${r.status}`, r.status),
      days: turn.deps.policy.returns.refundDays,
    }),
  );
  turn.say('refund.status', { lines: lines.join('\n') });
  // "When will I see the money?" is the next question about a refund already made.
  if (refunded)
    turn.say('refund.bank_note', {}, { quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))] });
}

const refundTrackForm: FormSpec = {
  name: 'refund.track',
  slots: [orderNumberSlot, proofSlot],
  async submit(turn, form) {
    const order = await formOrder(turn, form.values);
    if (!order) return;
    // A cancelled order is refunded without a return: its status says where the payment went.
    if (order.status === 'cancelled') return sayOrderStatus(turn, order);
    sayRefunds(turn, await turn.deps.returns.listForOrder(order.id));
  },
};

function asksAboutExchanges(turn: SkillTurn): boolean {
  if (!turn.deps.policy.returns.exchanges || !ABOUT_EXCHANGES.test(turn.text)) return false;
  // "Can I exchange the shoes from 10235?" names an order: that is the return itself.
  if (turn.entity('order_number')) return false;
  return !EXCHANGE_REQUEST.test(turn.ctx.nlu?.intent ?? '');
}

export const returnsSkill: Skill = {
  name: 'returns',
  intents: [
    'return.request',
    'refund.policy',
    'refund.request',
    'refund.track',
    'return.faulty',
    'refund.sale',
    'return.label',
    'return.exchanges',
    'return.fault_report',
    'return.mismatch_report',
    'return.no_receipt',
  ],
  offersPerson: ['return.fault_report', 'return.faulty', 'return.mismatch_report'],
  forms: [returnForm, refundTrackForm],
  // "But they're faulty" right after a return was refused: faulty goods are the team's to look at,
  // whatever the return window says. Alone, the words read as nothing the classifier knows; "the
  // sole came off my boots, what can I do?" gets the shop's terms for faulty goods.
  claim(turn) {
    if (!saysFaulty(turn.text)) return undefined;
    if (turn.state.lastIntent === 'return.request') return 'return.faulty';
    return turn.deps.policy.returns.faulty ? 'refund.policy' : undefined;
  },
  // "What if it's on sale?" right after the returns policy asks about sale items, not for them;
  // "how do I print the label?" after a return asks about that return's label, not a product.
  // "What's your returns address?" reads as contact details; the answer is how returns are sent.
  preempt(turn) {
    if (asksReturnAddress(turn.text)) return 'refund.policy';
    const afterReturns = turn.state.lastIntent === 'refund.policy' || turn.state.lastIntent === 'return.request';
    if (afterReturns && turn.deps.policy.returns.gifts && WAS_A_GIFT.test(turn.text)) return 'refund.policy';
    // "What if I lost the receipt?" right after the policy got the invoice answer.
    if (asksWithoutReceipt(turn, afterReturns)) return 'return.no_receipt';
    // "Where do I send it?" right after a return was booked or tracked started another return.
    const afterAReturn =
      afterReturns || turn.state.lastIntent === 'refund.track' || turn.state.lastIntent === 'return.label';
    if (afterAReturn && (asksHowToSend(turn.text) || asksRefundDestination(turn.text))) return 'refund.policy';
    // "多久能到账" right after a return read as delivery times: that refund's progress.
    const readAsDelivery = (turn.ctx.nlu?.intent ?? '').startsWith('delivery.');
    if (readAsDelivery && asksRefundTiming(turn.text)) return afterAReturn ? 'refund.track' : 'refund.policy';
    // A fault or a mismatch in the shopper's own item, told without asking for anything.
    const report = itemReport(turn);
    if (report) return report;
    if (asksAboutExchanges(turn)) return 'return.exchanges';
    if (asksReturnIfDisappointed(turn)) {
      // "要是大了能换吗": what an exchange means here, rather than the whole returns policy.
      const exchange = turn.deps.policy.returns.exchanges && ABOUT_SWAPPING.test(turn.text);
      return exchange ? 'return.exchanges' : 'refund.policy';
    }
    // "And will I get the postage back?" reads as delivery options; it is about the refund.
    if (asksDeliveryRefund(turn)) return 'refund.policy';
    const last = turn.state.lastIntent;
    if (last === 'refund.policy' && ABOUT_SALE.test(turn.text)) return 'refund.sale';
    const aboutLabel = ABOUT_LABEL.test(turn.text) && !CARE_LABEL.test(turn.text);
    return (last === 'return.request' || last === 'refund.policy') && aboutLabel ? 'return.label' : undefined;
  },
  async handle(turn, intent) {
    const { policy } = turn.deps;
    const lang = turn.ctx.lang;
    const orderId = resolveOrderId(turn, { preferLast: true });
    // The opening words are kept: "return the running shoes from 10235" names the item before the
    // order is even verified.
    const start = (name: string) => turn.startForm(name, orderId ? { order_number: orderId } : {}, openingOf(turn));
    // "Can my sister return the present?": how gift returns work (she may have no proof of the order
    // to give), then the return itself for a request, the returns button for a question.
    const gifts = policy.returns.gifts;
    if (gifts && GIFT_INTENTS.has(intent) && ABOUT_GIFT.test(turn.text)) {
      const note = { note: localized(gifts, lang) };
      if (intent !== 'refund.policy') {
        turn.say('return.gift_note', note);
        return start('return.request');
      }
      return turn.say('return.gift_note', note, {
        quickReplies: [turn.quick('menu.return', payloads.intent('return.request'))],
      });
    }
    // "Can I exchange it for a bigger size?": how exchanges work here, then the return that makes one.
    const exchanges = policy.returns.exchanges;
    const exchangeRequest = intent === 'return.request' || intent === 'refund.request';
    if (exchangeRequest && exchanges && (ASKS_EXCHANGE.test(turn.text) || asksSizeInstead(turn.text))) {
      turn.say('return.exchange_note', { note: localized(exchanges, lang) });
      return start('return.request');
    }
    // "What's your return policy on sale stuff?" asks about sale items from the first word.
    const asked = intent === 'refund.policy' && ABOUT_SALE.test(turn.text) ? 'refund.sale' : intent;
    switch (asked) {
      case 'return.exchanges':
        return turn.say(
          'return.exchange_note',
          { note: localized(exchanges ?? policy.returns.instructions, lang) },
          { quickReplies: [turn.quick('menu.return', payloads.intent('return.request'))] },
        );
      case 'return.faulty':
        return turn.say(
          'return.faulty',
          {},
          { quickReplies: [turn.quick('menu.agent', payloads.handoff('faulty_item'))] },
        );
      case 'return.fault_report':
        return sayFaultyTerms(turn);
      case 'return.mismatch_report':
        return answerMismatchReport(turn);
      case 'return.no_receipt':
        return answerNoReceipt(turn);
      case 'return.label':
        return turn.say(
          'return.label_help',
          { instructions: localized(policy.returns.instructions, lang) },
          { quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))] },
        );
      case 'refund.sale':
        return turn.say('refund.sale', { days: policy.returns.windowDays, finalSale: finalSaleList(turn) });
      case 'refund.policy':
        return answerReturnsPolicy(turn);
      case 'refund.request':
        // A faulty item is not bound by the return window; the return books it, and past the window
        // the form invites a fault report.
        if (!saysFaulty(turn.text)) turn.say('refund.via_return', { days: policy.returns.windowDays });
        return start('return.request');
      case 'refund.track': {
        const { ctx, deps } = turn;
        if (ctx.identity.verified && !orderId) {
          return sayRefunds(turn, await deps.returns.listForCustomer(ctx.identity.customerId));
        }
        return start('refund.track');
      }
      default:
        return start('return.request');
    }
  },
};
