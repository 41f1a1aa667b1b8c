/** Product skills: catalog search, questions about a product, and recommendations. */

import { namesACard } from '../../dialogue/name-pick';
import {
  isCardSelection,
  isNarrowingFollowUp,
  isVariantFollowUp,
  mentionedProduct,
  mentionsReference,
  ordinalFrom,
  selectingColour,
} from '../../dialogue/references';
import type { Skill, SkillTurn } from '../types';
import { answerBargain, asksToBargain } from './bargain';
import { aboutShipping, asksForCheaper, showCheaper } from './cheaper';
import { asksDifferenceOfShown, compareProducts, namedProducts } from './compare';
import { answerEach, answerOrigin, asksAboutEach, asksOrigin } from './each';
import {
  ANY_THING,
  asksFeatureOfLast,
  asksQualityOfOne,
  asksQuantityOfLast,
  GOES_ON,
  narrowsShown,
  picksAnother,
  searchesAgain,
} from './follow-ups';
import { asksAboutProduct, askWhichProduct, productInfo } from './info';
import { asksForMore, showMore } from './more';
import { cardsLeft, rulesOutACard } from './not-that-one';
import { answerPriceAmongShown, askedListing, asksPriceAmongShown } from './ordered';
import { answerPendingQuestion, suitabilityOfOne } from './pending';
import { asksPickAmongShown, pickAmongShown } from './pick';
import { onlyNarrows, refinedLast } from './query';
import { asksBestSellers, recommend, tellsTaste } from './recommend';
import { answerRestock, asksRestock } from './restock';
import { type Found, findForTurn, onlyExact, searchProducts } from './search';
import { adviseSize, asksSizeAdvice } from './size-advice';
import { asksInUkSize } from './size-chart';
import { asksSuitability } from './suitability';
import { asksLength, asksPopularVariant } from './unanswerable';

/** "This", "it", "这件": one product, where several cards leave open which. */
const ONE_OF_THEM = /\b(this|it|this one|that one)\b|这件|这个|这款|这条|这双/i;

function pointsBack(turn: SkillTurn): boolean {
  return (
    turn.state.lastProductId !== undefined &&
    !turn.entity('product') &&
    (mentionsReference(turn.text) || turn.entity('ordinal') !== undefined)
  );
}

/**
 * "Olive jacket?" or "is the black jacket waterproof?" asked as a product question, with no product
 * named or pointed at: the shopper is after jackets, so the answer is the matching ones.
 */
function namesOnlyACategory(turn: SkillTurn): boolean {
  return (
    turn.entity('category') !== undefined &&
    !turn.entity('product') &&
    !pointsBack(turn) &&
    selectingColour(turn) === undefined &&
    ordinalFrom(turn) === undefined &&
    // "The denim one" under jackets picks the denim jacket; denim is also the jeans category.
    !namesACard(turn.text, turn.state.lastShown?.length ?? 0)
  );
}

export const productsSkill: Skill = {
  name: 'products',
  intents: [
    'product.search',
    'product.info',
    'product.recommend',
    'product.availability',
    'product.price',
    'product.cheaper',
    'product.bargain',
    'product.size_advice',
    'product.restock',
    'product.price_among_shown',
    'product.each',
    'product.compare_shown',
    'product.origin',
    'product.suitability',
    'product.more_picks',
    'product.taste',
    'product.more_results',
    'product.not_that_one',
  ],
  // A bare pick among the cards, a size or colour right after a product, or "anything cheaper?" after
  // either: about what is on screen, whatever the classifier made of the few words.
  preempt(turn) {
    // "What size should I get if I'm usually a 10?" read as delivery times, "do the jeans run
    // small?" as a search: sizing advice, whatever the classifier made of it.
    // "These jeans run small, can I return them?" stays a return.
    const reading = turn.ctx.nlu?.intent ?? '';
    const request = /^(return|refund|order|shipping)\./.test(reading);
    // Wanting to buy ("I'll take the overcoat, what size…?") is no request that sizing would get in the way of.
    if (asksSizeAdvice(turn.text) && (!request || reading === 'order.place')) return 'product.size_advice';
    // "能便宜点吗" read as delivery options, "can you do it cheaper?" as other products: haggling.
    if (asksToBargain(turn.text) && !request) return 'product.bargain';
    // "And in the wool overcoat?" right after sizing advice asks the same of that product.
    if (turn.state.lastIntent === 'product.size_advice' && turn.entity('product') && GOES_ON.test(turn.text))
      return 'product.size_advice';
    // "Which colour is most popular?" right after a product is about its colours, not the shop's best sellers.
    if (turn.state.lastProductId !== undefined && asksPopularVariant(turn.text) && !turn.entity('category'))
      return 'product.info';
    // "热销的连衣裙有哪些" read as a search: what sells best is the recommender's popularity ranking.
    // "Does this one sell well?" is about the product on screen, not a ranking.
    if (asksBestSellers(turn.text) && !turn.entity('product') && !pointsBack(turn) && !request)
      return 'product.recommend';
    // "Can you notify me when it's back?" about the product just discussed is no newsletter sign-up,
    // and "when will it be back?" no refund question.
    const aboutOne = turn.state.lastProductId !== undefined || turn.entity('product') !== undefined;
    const onScreen = aboutOne || (turn.state.lastShown?.length ?? 0) > 0;
    if (onScreen && asksRestock(turn.text)) return 'product.restock';
    // "Anything else?", "show me more", "换一批" under cards: the same listing, further on.
    if (asksForMore(turn))
      return turn.state.lastIntent === 'product.recommend' ? 'product.more_picks' : 'product.more_results';
    // "He likes cooking" right after gift picks: the same picks, for that.
    if (tellsTaste(turn)) return 'product.taste';
    // "Which one is the cheapest?" under cards; before "cheaper", which 最便宜 also contains.
    if (asksPriceAmongShown(turn)) return 'product.price_among_shown';
    // "What's the difference between them?" under two cards fell back; "这两双有什么区别" asked which.
    if (asksDifferenceOfShown(turn) && !request) return 'product.compare_shown';
    // "Which one is more comfortable?" under cards read as feedback: a choice among them.
    if (asksPickAmongShown(turn) && !request) return 'product.recommend';
    // "Not the black one" reads as picking black: it rules those cards out.
    if (rulesOutACard(turn) && !request) return 'product.not_that_one';
    // "And the velvet one?" right after "is it suitable for a wedding?" asks that of another product.
    if (turn.state.lastIntent === 'product.suitability' && GOES_ON.test(turn.text) && picksAnother(turn))
      return 'product.suitability';
    if (isCardSelection(turn) || isVariantFollowUp(turn)) return 'product.info';
    // The message is nothing but the pick, so "我要涂蜡的那件" read as a return is a pick all the same.
    if (namesACard(turn.text, turn.state.lastShown?.length ?? 0) && !turn.entity('product')) return 'product.info';
    // "Is it suitable for a wedding?", "适合什么场合穿" about the product in view read as "more like it";
    // "is the second one suitable…?" under cards is about that card.
    const inView =
      turn.state.lastProductId !== undefined ||
      turn.entity('product') !== undefined ||
      (turn.state.lastShown?.length ?? 0) > 0;
    // "有没有适合上班穿的外套" under dresses names a kind to look for, not the one in view.
    // So does "有没有适合面试穿的衣服": clothes, something, anything are no product in view.
    const kindWord = turn.entity('category') !== undefined || ANY_THING.test(turn.text);
    const namesAKind = kindWord && !turn.entity('product') && !pointsBack(turn);
    if (inView && asksSuitability(turn.text) && !request && !namesAKind) return 'product.suitability';
    // "有口袋吗" right after a product read as a search for pockets: a question about that product.
    if (asksFeatureOfLast(turn) && !request) return 'product.info';
    // "How long is it?" right after a product read as delivery times, "我160会不会太长" as nothing.
    if (turn.state.lastProductId !== undefined && asksLength(turn.text) && !turn.entity('category') && !request)
      return 'product.info';
    // "I need 10 of them for my team", "有10件吗" right after a product: that many of it.
    if (asksQuantityOfLast(turn) && !request) return 'product.info';
    // "Do you have them in a UK 6?" right after a product read as a newsletter sign-up.
    if (turn.state.lastProductId !== undefined && !turn.entity('category') && asksInUkSize(turn.text) && !request)
      return 'product.info';
    if (isNarrowingFollowUp(turn)) return 'product.search';
    // "What about kids?" right after a search that found nothing fell back: the same search for that.
    if (searchesAgain(turn)) return 'product.search';
    // "She likes neutral colours", "素一点的" under cards: those cards' kind in that colour family;
    // "预算300元左右" alone fell back: those cards' kind at that price.
    if (narrowsShown(turn) && !request)
      return turn.state.lastIntent === 'product.recommend' ? 'product.recommend' : 'product.search';
    // "有没有更正式一点的" under dresses read as a search for 正式: the same kind, changed, is a pick.
    if ((turn.state.lastShown?.length ?? 0) > 0 && Object.keys(refinedLast(turn)).length > 0 && !request)
      return 'product.recommend';
    // "Are they made in the UK?" read as the bot's identity; "do they stretch?" under cards fell back.
    if (asksOrigin(turn)) return 'product.origin';
    if (asksAboutEach(turn) && !request) return 'product.each';
    // "冬天穿够暖吗" under the one card a search found read as a wish for warm things: that card's.
    if (asksQualityOfOne(turn) && !request) return 'product.info';
    const { lastShown, lastProductId } = turn.state;
    const showing = (lastShown?.length ?? 0) > 0 || lastProductId !== undefined;
    // "最便宜的连衣裙" under other cards asks for the cheapest dresses, not for less than those cards.
    const newListing = askedListing(turn.text) !== undefined && turn.entity('category') !== undefined;
    return showing && asksForCheaper(turn.text) && !newListing ? 'product.cheaper' : undefined;
  },
  // "What is it made of?" right after a product, "the black one" among the cards, or a product named by
  // its catalog name: about that product, even if the classifier placed it nowhere.
  claim(turn) {
    const { state } = turn;
    const shown = state.lastShown?.length ?? 0;
    const recent = state.lastProductId !== undefined || shown > 0;
    if (recent && asksAboutProduct(turn.text) && pointsBack(turn)) return 'product.info';
    // "What's it made of?" under several cards and no product opened: which of them (it fell back).
    if (shown > 1 && asksAboutProduct(turn.text) && mentionsReference(turn.text)) return 'product.info';
    const picksCard = shown > 1 && (selectingColour(turn) !== undefined || ordinalFrom(turn) !== undefined);
    if (picksCard || turn.entity('product')) return 'product.info';
    // "What's new in?" and "what's the cheapest thing you have?" read as nothing much to the
    // classifier; new arrivals and price order are searches. "The cheapest delivery" is not.
    return askedListing(turn.text) && !aboutShipping(turn.text) ? 'product.search' : undefined;
  },
  async handle(turn, intent) {
    // "How do I wash it?" → "which of these?" → a card picked: that card, and the question answered.
    if (await answerPendingQuestion(turn, intent)) return;
    if (intent === 'product.more_picks') {
      // Still picks, so "anything else?" once more goes on with them.
      turn.state.lastIntent = 'product.recommend';
      return showMore(turn, 'picks');
    }
    if (intent === 'product.taste') {
      turn.state.lastIntent = 'product.recommend';
      return recommend(turn, { taste: true });
    }
    if (intent === 'product.more_results') return showMore(turn, 'results');
    if (intent === 'product.size_advice') return adviseSize(turn);
    if (intent === 'product.restock') return answerRestock(turn);
    if (intent === 'product.price_among_shown') return answerPriceAmongShown(turn);
    if (intent === 'product.each') return answerEach(turn);
    if (intent === 'product.compare_shown') return compareProducts(turn, turn.state.lastShown ?? []);
    if (intent === 'product.origin') return answerOrigin(turn);
    if (intent === 'product.not_that_one') {
      return cardsLeft(turn, async (product) => {
        await productInfo({ ...turn, args: { ...turn.args, productId: product.id } });
      });
    }
    if (intent === 'product.suitability') return suitabilityOfOne(turn);
    // Two products named in one question ("the wool overcoat or the rain parka?") are compared.
    const named = namedProducts(turn);
    if (named.length > 1 && intent !== 'product.recommend') return compareProducts(turn, named);
    // "Do you have it in size S?" and "do you have the linen wrap dress in XL?" read like searches
    // but ask about one product's variant: the one just discussed, or the one named.
    const variant = turn.entity('size') !== undefined || turn.entity('colour') !== undefined;
    const aboutOne =
      (pointsBack(turn) && !turn.entity('category')) || (turn.entity('product') !== undefined && variant);
    if (intent === 'product.search' && aboutOne) return productInfo(turn);
    // "Do you have this in a size 12?" with no one product in mind: "this" is a page the shopper is
    // looking at, or one of several cards, so ask which rather than search for nothing. "These" under
    // cards narrows them instead.
    const shown = turn.state.lastShown?.length ?? 0;
    const pointsAtUnknown =
      turn.state.lastProductId === undefined &&
      !turn.entity('product') &&
      !turn.entity('category') &&
      (shown === 0 ? mentionsReference(turn.text) : ONE_OF_THEM.test(turn.text));
    if (intent === 'product.search' && pointsAtUnknown) return askWhichProduct(turn);
    // "Under £50" right after picks for an occasion narrows those picks, not the whole shop.
    if (intent === 'product.search' && turn.state.lastAbout !== undefined && onlyNarrows(turn)) return recommend(turn);
    // "Which one would you recommend?" under cards chooses among them, not from the whole shop.
    if ((intent === 'product.recommend' || intent === 'product.search') && asksPickAmongShown(turn))
      return pickAmongShown(turn);
    // "What's your cheapest dress?" asks for an order, not for taste.
    if (intent === 'product.recommend' && !askedListing(turn.text)) return recommend(turn);
    if (intent === 'product.cheaper') return showCheaper(turn);
    if (intent === 'product.bargain') return answerBargain(turn);
    // "Is the striped top in stock in M?" names tops, but also the top just discussed.
    let found: Found | undefined;
    if (intent === 'product.info' && namesOnlyACategory(turn)) {
      const mentioned = await mentionedProduct(turn);
      // "这个围巾是什么材质" with the one scarf the shop has: its material, not a card to open.
      if (!mentioned && asksAboutProduct(turn.text)) found = await findForTurn(turn);
      const named = mentioned ?? onlyExact(found);
      if (named) return productInfo({ ...turn, args: { ...turn.args, productId: named.id } });
    }
    if (intent === 'product.search' || intent === 'product.recommend' || namesOnlyACategory(turn)) {
      return searchProducts(turn, found);
    }
    return productInfo(turn);
  },
};
