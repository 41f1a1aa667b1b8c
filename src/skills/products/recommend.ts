/** "Recommend something", "more like this": asks the Recommender port and explains each pick in a line. */
import { payloads } from '../../dialogue/payload';
import { asksForSimilar, mentionsReference, rememberProduct, rememberShown } from '../../dialogue/references';
import { localized } from '../format';
import { fitToWords, forHim, giftWish, inShopWords } from '../recommender';

import type { SkillTurn } from '../types';
import { familyColoursLine, productCard } from './cards';
import { sayCurrencyNote } from './currency';
import { sayNoChildrensRange } from './for-children';
import {
  lastConstraints,
  namedValues,
  narrowed,
  onlyNarrows,
  refinedLast,
  rememberQuery,
  requestAbout,
  turnQuery,
} from './query';

/** Categories of women's clothing, left out of picks for a man or boy. */
const FOR_WOMEN: ReadonlySet<string> = new Set(['dresses']);

/** "What goes with the linen dress?", "how should I style it?", "这件怎么搭配": other things to wear with it. */
const GOES_WITH =
  /\b(go(es)? (well |nicely )?with|pairs? (well )?with|wear (it |them |this )?with|style (it|them|this)|complete the look|match(es)? (it|them|this|the))\b|搭配|配什么|怎么配|配(哪|啥)/i;

/** "What's your best seller?", "最畅销的是哪款": what sells in the shop, not picks for this shopper. */
const BEST_SELLERS =
  /\b(best[- ]?sell(er|ers|ing)|top[- ]sell(er|ers|ing)|most popular|(what'?s|what is|what are) popular|(what|which) (do|does) (people|everyone|customers|most people) (buy|order|love|like) (the )?most|sells? (the )?(best|most))\b|最畅销|畅销|热销|卖得最好|卖得好|最受欢迎|人气最高|销量最高|爆款/i;

/** True when the message asks for the shop's best sellers. */
/** "He likes cooking", "she's into yoga", "他喜欢运动": what the person the picks are for enjoys. */
const TASTE_EN =
  /^\s*(and |oh |well )?((he|she|they|my \w+)('s| is| are|'re)? )?(really |also |mostly )?(likes?|loves?|enjoys?|into|fond of|a fan of|keen on|big on|obsessed with) (?!(it|them|this|that|these|those|the|your|you|one|ones)\b)\w+/i;
const TASTE_ZH =
  /^\s*(他|她|他们|她们|老公|老婆|妈妈|爸爸|男朋友|女朋友|朋友)?(平时|比较|很|特别|也)?(喜欢|爱好是?|热爱|爱)/;

/**
 * True when, right after picks for a wish ("a gift for my husband"), the message says what that
 * person enjoys: it read as out of scope. No kind of thing is named, or it is a new request; "love
 * it!" is about the cards, not a taste.
 */
export function tellsTaste(turn: SkillTurn): boolean {
  const { state } = turn;
  if (state.lastIntent !== 'product.recommend' || state.lastAbout === undefined) return false;
  if (turn.entity('category') || turn.entity('product')) return false;
  return TASTE_EN.test(turn.text) || TASTE_ZH.test(turn.text);
}

export function asksBestSellers(text: string): boolean {
  return BEST_SELLERS.test(text);
}

/** "Which of these is the most popular?": the cards on screen, not the whole shop. */
const AMONG_SHOWN = /\b(of (these|those|them)|these|those|among them)\b|这(几|些)|其中|里面|哪(一)?(款|件|个)/i;

/** The best seller among the cards on screen; false when none of them ranks (all sold out). */
async function bestAmongShown(turn: SkillTurn): Promise<boolean> {
  const shown = turn.state.lastShown ?? [];
  // Popularity alone, so the ranking is the shop's; 50 is as many as the recommender gives.
  const ranked = await turn.deps.recommender.recommend({ constraints: {}, limit: 50 });
  const best = ranked.find((pick) => shown.includes(pick.product.id));
  if (!best) return false;
  rememberProduct(turn, best.product);
  const name = localized(best.product.name, turn.ctx.lang);
  turn.say('recommend.best_of_shown', { name }, { cards: [productCard(turn, best.product)] });
  return true;
}

export async function recommend(turn: SkillTurn, options: { taste?: boolean } = {}): Promise<void> {
  const { catalog, recommender } = turn.deps;
  const { state, ctx } = turn;
  // "More like this" (button), "something similar to it" or just "anything similar?" (text) seeds on
  // a product: the one named, else the one the conversation was just about.
  const seedId =
    turn.args.seedProductId ??
    turn.entity('product')?.value ??
    // "配什么鞋好看" right after a product needs no "it": what goes with is about that product.
    (mentionsReference(turn.text) || asksForSimilar(turn.text) || GOES_WITH.test(turn.text)
      ? state.lastProductId
      : undefined);
  const seed = seedId ? await catalog.get(seedId) : null;
  sayCurrencyNote(turn);
  // "Something more formal" under black dresses stays among black dresses.
  // "He likes cooking" after picks for "a gift for my husband, under £50": the same wish and limits, and that.
  const taste = !seed && options.taste === true;
  const refined = seed ? {} : taste ? lastConstraints(turn) : refinedLast(turn);
  const constraints = narrowed(refined, turnQuery(turn));
  // "Shoes to go with this dress": two categories, one of them the seed's own; the other is wanted.
  if (seed && !constraints.category) {
    const others = namedValues(turn.entities, 'category').filter((c) => c !== seed.category);
    if (others.length === 1) constraints.category = others[0];
  }
  // "What goes with it?": things to wear with the seed, not more of its kind.
  const pairing = seed !== null && !constraints.category && GOES_WITH.test(turn.text);
  // Best sellers are the shop's, not this shopper's: no history, and "best seller" is no wish to match.
  const bestSellers = !seed && asksBestSellers(turn.text);
  const underCards = (state.lastShown?.length ?? 0) > 1 && AMONG_SHOWN.test(turn.text);
  if (bestSellers && underCards && (await bestAmongShown(turn))) return;
  // "Under 50" right after picks for a summer wedding narrows those picks: the words stay.
  const about = taste
    ? [state.lastAbout, requestAbout(turn)].filter(Boolean).join(' ')
    : seed || bestSellers
      ? undefined
      : (requestAbout(turn) ?? (onlyNarrows(turn) ? state.lastAbout : undefined));
  if (about) state.lastAbout = about;
  else delete state.lastAbout;
  const matchWords = about ? inShopWords(about) : '';
  const him = about !== undefined && forHim(about);
  const found = await recommender.recommend({
    ...(bestSellers ? {} : { customerId: ctx.customer.id }),
    constraints,
    ...(seed ? { seedProductId: seed.id } : {}),
    ...(matchWords ? { about: matchWords } : {}),
    // The seed is already loaded: its category travels with the request, not fetched again.
    ...(pairing && seed ? { otherThanCategory: seed.category } : {}),
    limit: him ? 8 : 4,
  });
  // "Something for my dad" showed a wrap dress among the picks.
  const picks = him ? found.filter((p) => !FOR_WOMEN.has(p.product.category)).slice(0, 4) : found;
  if (picks.length === 0) {
    turn.say('recommend.none', {}, { quickReplies: [turn.quick('menu.products', payloads.intent('product.search'))] });
    return;
  }
  rememberShown(
    turn,
    picks.map((p) => p.product),
  );
  // Several picks of no one product's: "in blue?" next is about them, not a product opened before.
  if (!seed && picks.length > 1) delete turn.state.lastProductId;
  rememberQuery(turn, { ...constraints, ...(!constraints.category && seed && { category: seed.category }) });
  // Picks in a colour family asked for ("in dark colours") say which of their colours are in it.
  const family = constraints.colourFamily;
  // "A present for my dad, he likes cooking": the picks fit "present" (tagged gift), not cooking.
  const wish = about && giftWish(about);
  const giftsOnly = wish !== undefined && wish !== '' && picks.every((p) => fitToWords(wish, p.product) === 0);
  const cards = picks.map(({ product, reason, becauseOf }) => {
    // A gift that fits "a present" but not "she likes gardening" is not "what you asked for".
    const reasonKey = giftsOnly && reason === 'matches_request' ? 'gift' : reason;
    const why = becauseOf
      ? turn.t('recommend.reason.because', { name: localized(becauseOf.name, ctx.lang) })
      : turn.tOr(`recommend.reason.${reasonKey}`, turn.t('recommend.reason.popular'));
    const colours = family && familyColoursLine(turn, product, family);
    // A pick that only fills the list ("popular right now") says so beside its colours.
    const subtitle = colours ? (reason === 'matches_request' ? colours : `${colours} · ${why}`) : why;
    return productCard(turn, product, subtitle);
  });
  // Another kind of thing around the seed ("shoes to go with this dress") goes with it; it is not like it.
  const goesWith = seed && (pairing || (constraints.category !== undefined && constraints.category !== seed.category));
  if (seed)
    turn.say(
      goesWith ? 'recommend.goes_with' : 'recommend.similar',
      { name: localized(seed.name, ctx.lang) },
      { cards },
    );
  else {
    // "A present for my dad, he likes cooking" in a shop with no kitchenware: the picks are only
    // popular ones, and saying so is kinder than presenting a dress as a match. Picks that meet a
    // category, colour, size or price asked for do fit.
    // "More formal" that nothing in the same kind is described as: the kind's popular ones, said so.
    const nothingFits = matchWords !== '' && picks.every((p) => p.reason !== 'matches_request' && !p.becauseOf);
    const intro = bestSellers
      ? 'recommend.intro_best_sellers'
      : giftsOnly && !nothingFits
        ? 'recommend.intro_gifts_unmatched'
        : nothingFits && Object.keys(constraints).length === 0
          ? 'recommend.intro_unmatched'
          : nothingFits && Object.keys(refined).length > 0
            ? 'recommend.intro_refine_unmatched'
            : 'recommend.intro';
    await sayNoChildrensRange(turn);
    turn.say(intro, { about: about ?? '' }, { cards });
  }
}
