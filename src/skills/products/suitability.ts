/**
 * "Is it suitable for a wedding?", "can I wear it to the office?", "适合什么场合穿": whether the product
 * in view suits an occasion. The catalogue has no occasion field, so the answer rests on the
 * product's own words (tags, name, description): yes when they name the occasion, otherwise how the
 * product is described, with a person who can advise. Read by the classifier, these got
 * recommendations of similar products.
 */
import { payloads } from '../../dialogue/payload';
import type { Product } from '../../store/entities';
import { localized } from '../format';
import type { SkillTurn } from '../types';
import { saysQuality } from './info';

const ASKS_SUITS =
  /\b(suitable|appropriate|right|ok|okay|good|smart enough|dressy enough|warm enough|cool enough|too casual|too dressy|too warm|too hot) (for|to wear (to|for|at|in))\b|(夏天|夏季|冬天|冬季)穿(会|着)?(热|冷|闷|暖和)(吗|不)|\bcan (i|you) wear (it|this|them|these|that) (to|for|at|on)\b|\b(would|will|does|do) (it|this|they|that) work (for|at|as)\b|适合(什么|哪些)?场合|适合.{0,8}穿|能穿去|可以穿去|穿去.{0,8}(合适|可以|行)/i;

/** The occasion named after "for", "to", "at", or in "适合…穿" / "穿去…". */
const OCCASION_EN = /\b(?:for|to|at|as|on)\s+((?:(?:a|an|the|my|our)\s+)?[a-z]+(?:\s+[a-z]+)?)\s*\??$/i;
const OCCASION_ZH = /(?:适合|穿去|能穿去|可以穿去)(?:在)?(\p{Script=Han}{2,6}?)(?:穿|吗|合适|可以|行|的场合|$)/u;
const NOT_OCCASIONS = /^(什么|哪些|什么场合|场合)$/;
const SEASON_ZH = /(夏天|夏季|冬天|冬季)穿/;

/**
 * The season a weather word means, as product tags say it: "hot weather" is summer, "the cold"
 * winter. The linen dress is tagged summer, not "hot".
 */
const SEASONS: [RegExp, string][] = [
  [/\b(hot|heat|heatwave|warm weather|sunny|summer)\b/i, 'summer'],
  [/\b(cold|freezing|snow|chilly|winter)\b/i, 'winter'],
  [/夏/, '夏季'],
  [/夏/, '夏天'],
  [/冬/, '冬季'],
  [/冬/, '冬天'],
];

function seasonWords(occasion: string): string[] {
  return SEASONS.filter(([pattern]) => pattern.test(occasion)).map(([, season]) => season);
}

/** "Would it make a nice present?", "送给妈妈合适吗": the product in view as a gift. */
const ASKS_GIFT =
  /\b(good|nice|great|right|suitable|ok|okay|safe) (gift|present)\b|\bmake a (good |nice |great )?(gift|present)\b|\b(as|for) a (gift|present)\b|送(给)?.{0,6}(合适|可以|好|行)(吗|不)|(当|做|作为)礼物|送人/i;

export function asksSuitability(text: string): boolean {
  return ASKS_SUITS.test(text) || ASKS_GIFT.test(text);
}

/** As a gift: yes when the shop marks the product as one, otherwise what is known of it. */
function answerGift(turn: SkillTurn, product: Product, params: Record<string, string>): void {
  const lang = turn.ctx.lang;
  const marked = ['gift', '礼物'].some((word) => saysQuality(product, word, lang) === 'yes');
  if (marked) {
    turn.say('product.suits_gift', params);
    return;
  }
  turn.say(
    'product.suits_unknown',
    { ...params, occasion: turn.t('product.gift_occasion') },
    { quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))] },
  );
}

function occasionOf(text: string): string | undefined {
  const season = SEASON_ZH.exec(text)?.[1];
  if (season) return season;
  const zh = OCCASION_ZH.exec(text)?.[1];
  if (zh && !NOT_OCCASIONS.test(zh)) return zh;
  return OCCASION_EN.exec(text)?.[1]?.toLowerCase();
}

export function answerSuitability(turn: SkillTurn, product: Product): void {
  const lang = turn.ctx.lang;
  const params = {
    name: localized(product.name, lang),
    description: localized(product.description, lang),
    material: product.material ? localized(product.material, lang) : turn.t('product.material_unknown'),
  };
  const person = { quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))] };
  if (ASKS_GIFT.test(turn.text) && !ASKS_SUITS.test(turn.text)) {
    answerGift(turn, product, params);
    return;
  }
  // "And the velvet one?" right after asks the same occasion of another product, in the words it was
  // asked in: an English occasion does not go into a Chinese answer.
  const remembered = turn.state.lastOccasion;
  const sameLanguage = remembered !== undefined && /\p{Script=Han}/u.test(remembered) === (lang === 'zh');
  const occasion = asksSuitability(turn.text) ? occasionOf(turn.text) : sameLanguage ? remembered : undefined;
  if (occasion) turn.state.lastOccasion = occasion;
  else delete turn.state.lastOccasion;
  if (!occasion) {
    turn.say('product.suits_general', params, person);
    return;
  }
  // "A summer party": a word of it the product's own text uses, which the answer names.
  const own = /\p{Script=Han}/u.test(occasion) ? [occasion] : occasion.split(/\s+/).filter((w) => w.length > 3);
  const words = [...own, ...seasonWords(occasion)];
  const word = words.find((w) => saysQuality(product, w, lang) === 'yes');
  if (word) turn.say('product.suits_yes', { ...params, occasion, word });
  else turn.say('product.suits_unknown', { ...params, occasion }, person);
}
