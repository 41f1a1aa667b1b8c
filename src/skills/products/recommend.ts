/** "Recommend something", "more like this": asks the Recommender port and explains each pick in a line. */
import { isStopword, stem } from '../../commerce/catalog/text';
import { payloads } from '../../dialogue/payload';
import { asksForSimilar, mentionsReference, rememberShown } from '../../dialogue/references';
import { localized } from '../format';
import type { SkillTurn } from '../types';
import { productCard } from './cards';
import { rememberCategory, turnQuery } from './query';

/** Words that ask for a suggestion without saying what for. */
const ASKING_EN = new Set(
  `recommend recommendation recommendations suggest suggestion suggestions idea ideas something anything
  what which should wear buy get good nice great best some give pick choose help think would you me us
  my i we for please could can might maybe thing things item items product products option options
  other else new perfect ideal suitable`.split(/\s+/),
);
const ASKING_ZH =
  /推荐|建议|一下|什么|哪些|哪个|适合|穿|买|一些|一款|一件|东西|商品|好看|合适|给我|帮我|可以|有没有|请|吗|呢|吧|的|了|我|要|想/g;

/**
 * The shopper's own words for what they want, beyond the colour, size, category and price already
 * read as constraints: "for a summer wedding" → "summer wedding", "送妈妈的礼物" → "送妈妈 礼物".
 * Undefined when the message only asks for a suggestion.
 */
export function requestAbout(turn: Pick<SkillTurn, 'text' | 'entities'>): string | undefined {
  let text = turn.text;
  for (const e of [...turn.entities].sort((a, b) => b.start - a.start)) {
    text = `${text.slice(0, e.start)} ${text.slice(e.end)}`;
  }
  const latin = (text.toLowerCase().match(/[a-z]+/g) ?? []).filter(
    (w) => w.length > 2 && !ASKING_EN.has(w) && !isStopword(stem(w)),
  );
  const han = text.replace(ASKING_ZH, ' ').match(/\p{Script=Han}{2,}/gu) ?? [];
  const words = [...latin, ...han];
  return words.length > 0 ? words.join(' ') : undefined;
}

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
  const constraints = turnQuery(turn);
  // "Shoes to go with this dress": two categories, one of them the seed's own; the other is wanted.
  if (seed && !constraints.category) {
    const others = new Set(
      turn.entities.filter((e) => e.type === 'category' && e.value !== seed.category).map((e) => e.value),
    );
    const [wanted] = others;
    if (others.size === 1 && wanted) constraints.category = wanted;
  }
  const about = seed ? undefined : requestAbout(turn);
  const picks = await recommender.recommend({
    customerId: ctx.customer.id,
    constraints,
    ...(seed ? { seedProductId: seed.id } : {}),
    ...(about ? { about } : {}),
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
  rememberCategory(turn, constraints.category ?? seed?.category);
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
  const goesWith = seed && constraints.category !== undefined && constraints.category !== seed.category;
  if (seed)
    turn.say(
      goesWith ? 'recommend.goes_with' : 'recommend.similar',
      { name: localized(seed.name, ctx.lang) },
      { cards },
    );
  else turn.say('recommend.intro', {}, { cards });
}
