/** "Recommend something", "more like this": asks the Recommender port and explains each pick in a line. */
import { payloads } from '../../dialogue/payload';
import { asksForSimilar, mentionsReference, rememberShown } from '../../dialogue/references';
import { localized } from '../format';
import type { SkillTurn } from '../types';
import { productCard } from './cards';
import { sayCurrencyNote } from './currency';
import { namedValues, onlyNarrows, rememberQuery, requestAbout, turnQuery } from './query';

/** "What goes with the linen dress?", "how should I style it?", "这件怎么搭配": other things to wear with it. */
const GOES_WITH =
  /\b(go(es)? (well |nicely )?with|pairs? (well )?with|wear (it |them |this )?with|style (it|them|this)|complete the look|match(es)? (it|them|this|the))\b|搭配|配什么|怎么配|配(哪|啥)/i;

export async function recommend(turn: SkillTurn): Promise<void> {
  const { catalog, recommender } = turn.deps;
  const { state, ctx } = turn;
  // "More like this" (button), "something similar to it" or just "anything similar?" (text) seeds on
  // a product: the one named, else the one the conversation was just about.
  const seedId =
    turn.args.seedProductId ??
    turn.entity('product')?.value ??
    (mentionsReference(turn.text) || asksForSimilar(turn.text) ? state.lastProductId : undefined);
  const seed = seedId ? await catalog.get(seedId) : null;
  sayCurrencyNote(turn);
  const constraints = turnQuery(turn);
  // "Shoes to go with this dress": two categories, one of them the seed's own; the other is wanted.
  if (seed && !constraints.category) {
    const others = namedValues(turn.entities, 'category').filter((c) => c !== seed.category);
    if (others.length === 1) constraints.category = others[0];
  }
  // "What goes with it?": things to wear with the seed, not more of its kind.
  const pairing = seed !== null && !constraints.category && GOES_WITH.test(turn.text);
  // "Under 50" right after picks for a summer wedding narrows those picks: the words stay.
  const about = seed ? undefined : (requestAbout(turn) ?? (onlyNarrows(turn) ? state.lastAbout : undefined));
  if (about) state.lastAbout = about;
  else delete state.lastAbout;
  const picks = await recommender.recommend({
    customerId: ctx.customer.id,
    constraints,
    ...(seed ? { seedProductId: seed.id } : {}),
    ...(about ? { about } : {}),
    // The seed is already loaded: its category travels with the request, not fetched again.
    ...(pairing && seed ? { otherThanCategory: seed.category } : {}),
    limit: 4,
  });
  if (picks.length === 0) {
    turn.say('recommend.none', {}, { quickReplies: [turn.quick('menu.products', payloads.intent('product.search'))] });
    return;
  }
  rememberShown(
    turn,
    picks.map((p) => p.product),
  );
  rememberQuery(turn, { ...constraints, ...(!constraints.category && seed && { category: seed.category }) });
  const cards = picks.map(({ product, reason, becauseOf }) =>
    productCard(
      turn,
      product,
      becauseOf
        ? turn.t('recommend.reason.because', { name: localized(becauseOf.name, ctx.lang) })
        : turn.tOr(`recommend.reason.${reason}`, turn.t('recommend.reason.popular')),
    ),
  );
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
    const unmatched =
      about !== undefined &&
      Object.keys(constraints).length === 0 &&
      picks.every((p) => p.reason !== 'matches_request' && !p.becauseOf);
    turn.say(unmatched ? 'recommend.intro_unmatched' : 'recommend.intro', {}, { cards });
  }
}
