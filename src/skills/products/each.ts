/**
 * "Do they stretch?", "how much are they?", "它们透气吗" under several cards: one line per card, where
 * the question used to fall back (no single product to answer for). And "are they made in the UK?",
 * which the catalogue cannot answer for any product: said so, with a person who can find out.
 */
import { payloads } from '../../dialogue/payload';
import { withinLength } from '../../dialogue/phrases';
import { shownProducts } from '../../dialogue/references';
import type { Product } from '../../store/entities';
import { list, localized, money } from '../format';
import type { SkillTurn } from '../types';
import { colourName } from './cards';
import { ASKS, saysQuality } from './info';
import { sizesOf } from './size-chart';

/** Words that point at all the cards on screen, not one of them. */
const ALL_OF_THEM =
  /\b(they|them|these|those|both|either|each|all of them|any of them)\b|它们|这两(款|件|条|双|个)|两款|这几(款|件|条|双|个)|都/i;

/** "Are they made in the UK?", "产地是哪里": where products are made, which the catalogue does not hold. */
const ORIGIN =
  /\bmade in\b|\bwhere (is|are) (it|they|these|those|this|the [a-z -]{2,30}) (made|produced|manufactured|from)\b|\b(country of )?origin\b|\bmanufactured\b|产地|哪里(生产|产的|制造|做的)|哪(国|个国家)(生产|产|制造)|(英国|中国|国产)(生产|制造|产)/i;

/** Cards shown at most this many: more lines than that is a page, not an answer. */
const MAX_LINES = 5;

type Aspect = 'price' | 'material' | 'sizes' | 'colours' | 'stock' | 'qualities';
const ASPECTS: readonly Aspect[] = ['qualities', 'price', 'material', 'sizes', 'colours', 'stock'];

/** True for a question about where products are made, with products in the conversation. */
export function asksOrigin(turn: SkillTurn): boolean {
  const { lastProductId, lastShown } = turn.state;
  const aboutProducts = lastProductId !== undefined || (lastShown?.length ?? 0) > 0 || turn.entity('product');
  return Boolean(aboutProducts) && ORIGIN.test(turn.text);
}

export function answerOrigin(turn: SkillTurn): void {
  turn.say(
    'product.origin_unknown',
    {},
    { quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))] },
  );
}

/** The aspect a question about every card asks, when several are on screen and no one is meant. */
function aspectAsked(turn: SkillTurn): Aspect | undefined {
  const { lastShown, lastProductId } = turn.state;
  if ((lastShown?.length ?? 0) < 2 || lastProductId !== undefined) return undefined;
  if (turn.entity('product') || turn.entity('category')) return undefined;
  // "What colours?", "多少钱" under two cards asked which one; a question that short is about all of them.
  if (!ALL_OF_THEM.test(turn.text) && !bare(turn.text)) return undefined;
  return ASPECTS.find((aspect) => ASKS[aspect].test(turn.text));
}

const OTHER_ONES =
  /\b(cheaper|dearer|less|more|other|another|else|any(thing)?)\b|更|便宜(一)?点|贵(一)?点|别的|其他|还有/i;

/** A question of at most three words, or six Han characters, that names no product of its own. */
function bare(text: string): boolean {
  // "Anything cheaper?" asks for other products, not the price of these.
  if (OTHER_ONES.test(text)) return false;
  return withinLength(text, 3, 6);
}

/** True for "do they stretch?" and the like under several cards. */
export function asksAboutEach(turn: SkillTurn): boolean {
  return aspectAsked(turn) !== undefined;
}

function line(turn: SkillTurn, product: Product, aspect: Aspect): string {
  const lang = turn.ctx.lang;
  const material = product.material ? localized(product.material, lang) : turn.t('product.material_unknown');
  switch (aspect) {
    case 'price':
      return money(product.priceCents, product.currency, lang);
    case 'material':
      return material;
    case 'sizes':
      return sizesOf(product, lang);
    case 'colours':
      return list(
        product.colours.map((c) => colourName(turn, c)),
        lang,
      );
    case 'stock':
      return turn.t(turn.deps.catalog.stock(product) > 0 ? 'product.each_in_stock' : 'product.each_sold_out');
    case 'qualities': {
      const quality = ASKS.qualities.exec(turn.text)?.[0] ?? '';
      const said = saysQuality(product, quality, lang);
      if (said === 'yes') return turn.t('product.each_yes');
      if (said === 'no') return turn.t('product.each_no');
      return turn.t('product.each_not_said', { material });
    }
  }
}

export async function answerEach(turn: SkillTurn): Promise<void> {
  const aspect = aspectAsked(turn);
  const shown = (await shownProducts(turn)).slice(0, MAX_LINES);
  if (!aspect || shown.length === 0) return;
  const lang = turn.ctx.lang;
  const colon = lang === 'zh' ? '：' : ': ';
  const lines = shown.map((p) => `• ${localized(p.name, lang)}${colon}${line(turn, p, aspect)}`).join('\n');
  turn.say(
    'product.each',
    { lines },
    { quickReplies: shown.map((p) => ({ label: localized(p.name, lang), payload: payloads.product(p.id) })) },
  );
}
