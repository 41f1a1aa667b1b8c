/**
 * Shop questions, every answer built from the shop policy (ShopPolicy) so a shop changes its file, not
 * the code: delivery, payment, cancellation fees, contact, account help, newsletter, opting
 * out of marketing, how to order, payment problems.
 */
import { isWithinContactHours } from '../../commerce/policy/contact-hours';
import { payloads } from '../../dialogue/payload';
import { mentionsReference, resolveProduct, shownProducts } from '../../dialogue/references';
import { offerYesNo } from '../../dialogue/state';
import { localized, money } from '../format';
import { productCard } from '../products/cards';
import { answerVariant, askWhichProduct, productInfo } from '../products/info';
import { searchProducts } from '../products/search';
import type { Skill, SkillTurn } from '../types';
import { ASKS_GUEST, answerAccount, answerOrdersAfterClosing, asksOrdersAfterClosing } from './account';
import { answerContactDays, asksAboutDays, asksContactOnDay } from './contact-days';
import { contactParams } from './contact-params';
import { answerCurrency, asksCurrency } from './currency';
import { answerDelivery, asksDutiesOrDeliveryPrice, asksWhetherWeShip, namesOnlyPlace } from './delivery';
import { answerDiscounts, asksAboutDiscounts } from './discounts';
import { answerFaq, answerFaqAgain, asksFaq, followsUpFaq } from './faq';
import { optOut } from './opt-out';
import { acceptedMethods, asksPaymentMethod, paymentAsked } from './payment-question';
import { privacyQuestion } from './privacy';
import { givesOnlyEmail, saveReplyEmail } from './reply-email';
import { answerResetMissing, resetEmailMissing, resetMissingAfterSteps, resetStillMissing } from './reset-email';
import { storesQuestion } from './stores';
import { codeFollowUp, codeTrouble, missingConfirmation, paymentTroubleKey, typedCode } from './trouble';

function paymentList(turn: SkillTurn): string {
  return acceptedMethods(turn.deps.policy, turn.ctx.lang);
}

/** "How often do you send emails?", "newsletter多久发一次": how often, of the marketing the shop sends. */
const NEWSLETTER_FREQUENCY =
  /\bhow (often|frequently|many (emails|times))\b[^.?!]{0,30}\b(e-?mails?|newsletters?|mail(ing)?s?)\b|(newsletter|邮件|订阅|推送).{0,8}(多久|多长时间|频率|几次)|(多久|多长时间).{0,6}(发|推送).{0,4}(邮件|一次)/i;

function asksNewsletterFrequency(text: string): boolean {
  return NEWSLETTER_FREQUENCY.test(text);
}

/** "to my bag", "in the basket", "add to cart": the shopping bag, not the bags category. */
const ADD_TO_BAG =
  /\b(to|in|into) (my|the|your)( shopping)? (bag|basket|cart|trolley)\b|\badd to (bag|basket|cart)\b|购物车|购物袋/i;

/** "I'll take the brown ones", "I'll go with that", "就要灰色的": a choice to buy what is in view. */
const TAKES_IT =
  /\b(i'?ll|i will|i'?d like to|let me|i want to|i'?m going to|gonna) (take|have|buy|get|order|grab)\b|\bi'?ll go (for|with)\b|就要|我要(这|那|买)|买(这|那)(个|件|款|双|条)|(就|那就)(买|选|拿)/i;

/**
 * The turn without its "to my bag" phrase, blanked so entity positions still hold: the bag there
 * is the shopping bag, not a category to search, nor a word every product must match.
 */
function withoutBagPhrase(turn: SkillTurn): SkillTurn {
  const bag = ADD_TO_BAG.exec(turn.text);
  if (!bag) return turn;
  const end = bag.index + bag[0].length;
  const entities = turn.entities.filter((e) => e.end <= bag.index || e.start >= end);
  return {
    ...turn,
    text: `${turn.text.slice(0, bag.index)}${' '.repeat(bag[0].length)}${turn.text.slice(end)}`,
    entities,
    // `entity` reads the same list, or it would still find the bag phrase's "bag".
    entity: (type) => entities.find((e) => e.type === type),
  };
}

/** A category named other than by "to my bag" itself ("add a tote bag to my basket" names one). */
function categoryBesideBag(turn: SkillTurn): string | undefined {
  return withoutBagPhrase(turn).entities.find((e) => e.type === 'category')?.value;
}

/** A short "and …?" / "what about …?" / "那…呢": the same question about something else. */
const FOLLOW_UP = /^\s*(and|what about|how about|also)\b.{0,30}$|^\s*那.{0,12}[呢吗][?？]?\s*$|^.{0,12}呢[?？]?\s*$/i;

const ANSWERS: Record<string, (turn: SkillTurn) => Promise<void> | void> = {
  'shop.currency': answerCurrency,
  'delivery.options': (turn) => answerDelivery(turn, false),
  'delivery.time': (turn) => answerDelivery(turn, true),
  'payment.methods': (turn) => {
    const asked = paymentAsked(turn.text, turn.deps.policy, turn.ctx.lang);
    const methods = paymentList(turn);
    if (!asked) return turn.say('shop.payment_methods', { methods });
    return turn.say(asked.accepted ? 'shop.payment_accepted' : 'shop.payment_not_accepted', {
      method: asked.method,
      methods,
    });
  },
  // "My discount code doesn't work" reads as a payment problem; card advice would not help with it.
  'payment.issue': (turn) => {
    const key = paymentTroubleKey(turn.text);
    // So that "it says expired" next is read as about the code.
    if (key === 'shop.code_issue') turn.state.lastIntent = 'payment.code_issue';
    turn.say(
      key,
      { methods: paymentList(turn), ...contactParams(turn) },
      { quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))] },
    );
  },
  // "I never received my password reset email" got the reset steps again.
  'account.reset_missing': (turn) => answerResetMissing(turn, resetStillMissing(turn)),
  'account.delete_orders': answerOrdersAfterClosing,
  // "It says expired" right after the code advice, which read as a sign-up problem.
  'payment.code_issue': (turn) =>
    turn.say(
      codeFollowUp(turn.text) ?? 'shop.code_issue',
      { ...contactParams(turn), code: typedCode(turn.text) ?? '' },
      { quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))] },
    ),
  'order.cancellation_fee': (turn) => {
    const { cancellation, currency } = turn.deps.policy;
    const lang = turn.ctx.lang;
    turn.say(cancellation.feeCents === 0 ? 'shop.cancellation_free' : 'shop.cancellation_fee', {
      fee: money(cancellation.feeCents, currency, lang),
      note: localized(cancellation.note, lang),
    });
  },
  'contact.customer_service': (turn) => {
    // "Are you open on Sundays?": yes or no for that day first.
    if (asksAboutDays(turn)) {
      return answerContactDays(turn, contactParams(turn), {
        quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))],
      });
    }
    const open = isWithinContactHours(turn.deps.policy, turn.ctx.now);
    turn.say(open ? 'shop.contact_open' : 'shop.contact_closed', contactParams(turn), {
      quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))],
    });
  },
  // Offers need the shopper's own yes on this very channel; the question is asked, never assumed.
  // A typed answer on the next turn counts as well as the buttons.
  // "How often do you send emails?": what the newsletter is, without asking to sign up again.
  'newsletter.about': (turn) =>
    turn.say('shop.newsletter', { text: localized(turn.deps.policy.newsletter, turn.ctx.lang) }),
  'newsletter.subscription': (turn) => {
    offerYesNo(turn.state, payloads.consent(true), payloads.consent(false));
    turn.say('shop.newsletter', { text: localized(turn.deps.policy.newsletter, turn.ctx.lang) });
    turn.say(
      'shop.optin_ask',
      { shop: turn.deps.policy.shopName },
      {
        quickReplies: [
          turn.quick('shop.optin_yes', payloads.consent(true)),
          turn.quick('shop.optin_no', payloads.consent(false)),
        ],
      },
    );
  },
  'marketing.consent': async (turn) => {
    const { ctx, deps } = turn;
    const optedIn = turn.args.optedIn === 'yes';
    await deps.customers.setConsent(ctx.customer.id, ctx.message.channel, optedIn, ctx.now);
    turn.say(optedIn ? 'shop.optin_done' : 'shop.optin_declined', { shop: deps.policy.shopName });
  },
  'marketing.optout': optOut,
  'shipping.setup_address': (turn) =>
    turn.say(
      'shop.setup_address',
      {},
      {
        quickReplies: [turn.quick('menu.change_address', payloads.intent('shipping.change_address'))],
      },
    ),
  'followup.email': saveReplyEmail,
  'shop.discounts': answerDiscounts,
  'shop.stores': storesQuestion.answer,
  'shop.privacy': privacyQuestion.answer,
  'shop.faq': answerFaq,
  'shop.faq_again': answerFaqAgain,
  'order.no_confirmation': (turn) =>
    turn.say('shop.no_confirmation', contactParams(turn), {
      quickReplies: [
        turn.quick('menu.track', payloads.intent('order.track')),
        turn.quick('menu.agent', payloads.intent('agent.request')),
      ],
    }),
  'order.place': async (turn) => {
    // "I want to buy a coat" / "我想买件外套" is after coats: show them rather than explain checkout.
    if (turn.entity('product')) return productInfo(turn);
    // "Add it to my bag", "add the second one to my bag", "加入购物车" after products: that one, in the shop.
    // A category named beside "to my bag" ("add a tote bag to my basket") is what they are after,
    // unless it is the product already meant.
    const category = categoryBesideBag(turn);
    const takesIt = TAKES_IT.test(turn.text);
    if (ADD_TO_BAG.test(turn.text) || takesIt || mentionsReference(turn.text)) {
      const product = await resolveProduct(turn);
      if (product && (!category || category === product.category)) {
        const name = localized(product.name, turn.ctx.lang);
        const card = { cards: [productCard(turn, product)] };
        // "I'll take the brown ones": that colour or size, if it is there to buy.
        const size = turn.entity('size')?.value;
        const colour = turn.entity('colour')?.value;
        if (size || colour) {
          return answerVariant(turn, product, size, colour, (variant) =>
            turn.say('shop.add_to_bag_variant', { name, variant }, card),
          );
        }
        return turn.say('shop.add_to_bag', { name }, card);
      }
      // "Add a medium to my bag" under several cards: which one? The "bag" there is no category.
      if (!category && (await shownProducts(turn)).length > 1) return askWhichProduct(turn);
    }
    if (category) return searchProducts(withoutBagPhrase(turn));
    return turn.say(
      'shop.how_to_order',
      { shop: turn.deps.policy.shopName, methods: paymentList(turn) },
      { quickReplies: [turn.quick('menu.products', payloads.intent('product.search'))] },
    );
  },
};

export const shopSkill: Skill = {
  name: 'shop',
  intents: [...Object.keys(ANSWERS), 'account.*'],
  offersPerson: ['payment.issue', 'payment.code_issue', 'account.reset_missing'],
  // "And to Germany?" or just "Japan?" right after a delivery answer asks the same again, though
  // alone it reads as nothing the classifier knows.
  claim(turn) {
    const last = turn.state.lastIntent;
    const delivery = last === 'delivery.options' || last === 'delivery.time';
    return delivery && (FOLLOW_UP.test(turn.text) || namesOnlyPlace(turn)) ? last : undefined;
  },
  // An email address on its own is where the team should reply, if a request is waiting for one.
  // "I haven't received a confirmation email" reads as tracking or nothing to the classifier.
  // "Do you do student discount?" lands anywhere from refund policy to goodbye; "my promo code is
  // invalid" is a payment problem whatever it read as.
  preempt(turn) {
    if (givesOnlyEmail(turn)) return 'followup.email';
    if (codeTrouble(turn.text)) return 'payment.issue';
    if (resetEmailMissing(turn.text) || resetStillMissing(turn) || resetMissingAfterSteps(turn))
      return 'account.reset_missing';
    if (asksNewsletterFrequency(turn.text)) return 'newsletter.about';
    if (turn.state.lastIntent === 'payment.code_issue' && codeFollowUp(turn.text)) return 'payment.code_issue';
    if (asksCurrency(turn.text)) return 'shop.currency';
    // "周末有人吗" fell back.
    if (asksContactOnDay(turn) && !turn.entity('order_number')) return 'contact.customer_service';
    // "Cash on delivery?" fell back.
    if (asksPaymentMethod(turn.text, turn.deps.policy, turn.ctx.lang) && !turn.entity('order_number'))
      return 'payment.methods';
    // "Do I have to pay customs?" read as the returns policy; "how much is it?" right after delivery
    // to Australia read as a product's price.
    if (asksDutiesOrDeliveryPrice(turn)) return 'delivery.options';
    if (asksAboutDiscounts(turn.text, turn.entity('product') !== undefined)) return 'shop.discounts';
    if (storesQuestion.asks(turn)) return 'shop.stores';
    if (privacyQuestion.asks(turn)) return 'shop.privacy';
    if (turn.deps.policy.account.guest && ASKS_GUEST.test(turn.text)) return 'account.guest';
    // "我的订单还会发货吗" right after closing an account asked which order.
    if (asksOrdersAfterClosing(turn)) return 'account.delete_orders';
    if (asksFaq(turn)) return 'shop.faq';
    if (followsUpFaq(turn)) return 'shop.faq_again';
    const shipping = asksWhetherWeShip(turn);
    if (shipping) return shipping;
    return missingConfirmation(turn.text) ? 'order.no_confirmation' : undefined;
  },
  async handle(turn, intent) {
    const answer = ANSWERS[intent];
    if (answer) return answer(turn);
    answerAccount(turn, intent);
  },
};
