/**
 * The recommendation port. Skills ask it for products; the default below works from the catalog alone
 * (in stock, within the shopper's constraints, similar to a seed product) until a trained recommender
 * from src/recommend is plugged in through the dialogue engine's constructor.
 */
import { cjkRuns, hasCjk, isStopword, latinWords, stripZhFillers } from '../commerce/catalog/text';
import type { CatalogQuery, CatalogService } from '../commerce/types';
import type { Localized, Product } from '../store/entities';

/** Why a product was suggested; each code has a one-line template (`recommend.reason.<code>`). */
export type RecommendReason = 'similar' | 'matches_request' | 'popular' | 'bought_together' | 'for_you' | 'in_stock';

export interface RecommendRequest {
  customerId?: string;
  constraints: CatalogQuery;
  /** "More like this": recommendations around one product. */
  seedProductId?: string;
  /** The shopper's own words for what they want ("for a summer wedding"), beyond the constraints. */
  about?: string;
  /** "What goes with this dress?": no picks of this category (the seed's own), things to wear with it. */
  otherThanCategory?: string;
  limit: number;
}

export interface Recommendation {
  product: Product;
  reason: RecommendReason;
  /** The product the shopper looked at or bought that led to this pick, for "because you looked at …". */
  becauseOf?: { id: string; name: Localized };
}

export interface Recommender {
  recommend(request: RecommendRequest): Promise<Recommendation[]>;
}

function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return b.filter((x) => set.has(x)).length;
}

/** Who something is for: "my boyfriend" is no wish for boyfriend jeans, "男朋友" none for 男友风. */
const RECIPIENTS =
  /\b(he'?s|she'?s|mum|mom|mother|mam|dad|father|papa|parents?|sister|brother|wife|husband|partner|friends?|boyfriend|girlfriend|son|daughter|kids?|child(ren)?|grandma|grandmother|granny|nan|grandad|grandpa|grandfather|aunt|uncle|niece|nephew|colleague|boss|teacher|he|she|his|her|him|likes?|loves?|into|years?|yrs?|old|aged)\b|妈妈|爸爸|母亲|父亲|老婆|老公|女朋友|男朋友|朋友|姐姐|妹妹|哥哥|弟弟|同事|老师|领导|孩子|儿子|女儿|奶奶|爷爷|外婆|外公|给|送|他|她|喜欢/gi;
/** The occasion of a present, which says nothing of what it should be. */
const OCCASIONS =
  /\b(need|birthday|christmas|xmas|anniversary|valentine'?s?|mother'?s|father'?s|day)\b|生日|圣诞|纪念日|情人节|母亲节|父亲节|个|的|岁/gi;

/**
 * Pastimes and occasions as the catalogue describes what suits them: "he's into hiking" finds the
 * trail shoes, "面试穿的" the tailored and office pieces.
 */
const ACTIVITY_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\b(hik(e|es|ing)|trek(s|king)?|hillwalking|rambling|walking)\b/gi, 'trail outdoor'],
  [/\b(camping|fishing)\b/gi, 'outdoor'],
  [/\b(gym|workouts?|fitness|jogging|jogs?)\b/gi, 'running trainers'],
  [/徒步|爬山|登山|远足|户外运动/g, '越野 户外'],
  [/健身/g, '跑步 运动'],
  [/\binterviews?\b/gi, 'tailored office classic'],
  [/面试/g, '通勤 西装 office tailored'],
];

function withActivityWords(text: string): string {
  return ACTIVITY_WORDS.reduce((words, [said, suits]) => words.replace(said, suits), text);
}

/** A present for a man or boy ("for my dad", "给男朋友"), and for no woman or girl as well. */
const FOR_HIM =
  /\b(dad|father|papa|husband|boyfriend|brother|son|grandad|grandpa|grandfather|uncle|nephew|him|he|he'?s)\b|爸爸|父亲|老公|男朋友|哥哥|弟弟|儿子|爷爷|外公|他(?!们)/i;
const FOR_HER =
  /\b(mum|mom|mother|mam|wife|girlfriend|sister|daughter|grandma|grandmother|granny|nan|aunt|niece|her|she|she'?s)\b|妈妈|母亲|老婆|女朋友|姐姐|妹妹|女儿|奶奶|外婆|她/i;

export function forHim(about: string): boolean {
  return FOR_HIM.test(about) && !FOR_HER.test(about);
}

/**
 * The shopper's words as the shop would put them, for matching: who it is for left out, "a present"
 * as the catalogue's "gift". Applied before any recommender reads the request, so each one matches
 * the same words; '' when nothing is left.
 */
export function inShopWords(about: string): string {
  return withActivityWords(about.replace(RECIPIENTS, ' '))
    .replace(/\b(presents?|gifting)\b/gi, 'gift')
    .replace(/礼品/g, '礼物')
    .replace(/\s+/g, ' ')
    .trim();
}

const GIFT = /\bgifts?\b|礼物/gi;

/**
 * What a gift request asks of the present beyond being one ("a present for my dad, he likes cooking"
 * → "cooking"): '' when it says nothing more, undefined when the request is not for a gift.
 */
export function giftWish(about: string): string | undefined {
  const words = inShopWords(about);
  if (!new RegExp(GIFT.source, 'i').test(words)) return undefined;
  const rest = words.replace(GIFT, ' ').replace(OCCASIONS, ' ');
  const latin = rest.match(/[a-z]{3,}/gi) ?? [];
  const han = rest.match(/\p{Script=Han}{2,}/gu) ?? [];
  return [...latin, ...han].join(' ');
}

/** The words of "for a summer wedding" a product's text could share: English stems and Chinese runs. */
function aboutWords(about: string): string[] {
  const latin = latinWords(about).filter((w) => w.length > 2 && !isStopword(w));
  return [...latin, ...cjkRuns(stripZhFillers(about)).filter((r) => r.length >= 2)];
}

/** How many of the wanted words a product's name, tags and description use. */
function matchedWords(wanted: readonly string[], product: Product): number {
  if (wanted.length === 0) return 0;
  const text = [product.name.en, product.name.zh, product.description.en, product.description.zh, ...product.tags].join(
    ' ',
  );
  const words = new Set(latinWords(text));
  return wanted.filter((w) => words.has(w) || (hasCjk(w) && text.includes(w))).length;
}

/** How many of the words of "for a beach holiday" the product's own text uses. */
export function fitToWords(about: string, product: Product): number {
  return matchedWords(aboutWords(about), product);
}

/** Catalog-only recommendations: deterministic, no history needed. */
export class CatalogRecommender implements Recommender {
  constructor(private readonly catalog: CatalogService) {}

  async recommend(request: RecommendRequest): Promise<Recommendation[]> {
    const seed = request.seedProductId ? await this.catalog.get(request.seedProductId) : null;
    const query: CatalogQuery = { ...request.constraints, inStockOnly: true, limit: 200 };
    const avoided = request.otherThanCategory;
    if (seed && !query.category && avoided === undefined) query.category = seed.category;
    let candidates = (await this.catalog.search(query)).filter((p) => p.id !== seed?.id && p.category !== avoided);
    if (seed && candidates.length === 0) {
      // Nothing else in the seed's category: widen to the whole catalog rather than say nothing.
      const { category: _ignored, ...wider } = query;
      candidates = (await this.catalog.search(wider)).filter((p) => p.id !== seed.id);
    }
    const wanted = seed ? [] : aboutWords(request.about ?? '');
    const scored = candidates.map((product) => {
      const stock = this.catalog.stock(product);
      const similarity = seed
        ? overlap(seed.tags, product.tags) * 3 +
          overlap(seed.colours, product.colours) +
          (product.category === seed.category ? 2 : 0) -
          Math.abs(product.priceCents - seed.priceCents) / Math.max(seed.priceCents, 1)
        : matchedWords(wanted, product);
      return { product, stock, similarity };
    });
    // Similar first; then better stocked (a proxy for popular until real data exists); ties by id.
    scored.sort((a, b) => b.similarity - a.similarity || b.stock - a.stock || a.product.id.localeCompare(b.product.id));
    return scored.slice(0, request.limit).map(({ product, similarity }) => ({
      product,
      reason: seed ? 'similar' : similarity > 0 ? 'matches_request' : 'popular',
    }));
  }
}
