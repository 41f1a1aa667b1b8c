/**
 * "Can I collect in store?", "do you have a shop in London?", "有实体店吗": whether there is a place to
 * visit or collect from. Read as delivery options or contact details, the answer listed couriers or
 * opening hours and never said yes or no; the shop's own words (`ShopPolicy.stores`) do.
 */
import { payloads } from '../../dialogue/payload';
import { policyQuestion } from './policy-question';

const ABOUT_STORES =
  /\b(click (and|&|n) collect|collect (it |them |my order )?(in|from|at) (the |a |your )?(store|shop)|collect in person|pick (it |them )?up (in|from|at) (the |a |your )?(store|shop)|in[- ]store (pick ?up|collection)|(physical|real|bricks and mortar|high street) (shop|store)s?|(a|any) (shop|store|showroom)s? (in|near)|showrooms?|visit (your|the) (shop|store|studio)|do you have (a |any )?(shop|store)s?|(bought|got|purchased) (it |them |something |an item )?(in|at) (a |the |your )?(store|shop)|return (it |them |something |an item )?(to|in|at) (a |the |your )?(store|shop))\b|店里买的|门店买的|实体店买的|退到(店|门店)|实体店|线下店|自提|到店(取|买|看)|上门自取/i;

/** A shop to visit or collect from: the policy's words, and the delivery options as the next step. */
export const storesQuestion = policyQuestion('stores', ABOUT_STORES, 'shop.stores', (turn) =>
  // "Can I return it to a store?": returns go by post, so that is the next step, not delivery.
  /\breturn|退/i.test(turn.text)
    ? turn.quick('menu.return', payloads.intent('return.request'))
    : turn.quick('menu.delivery', payloads.intent('delivery.options')),
);
