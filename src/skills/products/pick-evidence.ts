/**
 * "Which is warmer?" under two coats: no description says "warm", but wool, a lining or quilting
 * does. For a few qualities shoppers compare most, the signs of it in a product's own words
 * (material, description, tags) decide, and the answer names them.
 */
import type { Lang } from '../../core/message';
import type { Product } from '../../store/entities';
import { localized } from '../format';

export type ComparedQuality = 'warm' | 'waterproof' | 'light' | 'breathable';

interface QualitySigns {
  quality: ComparedQuality;
  asks: RegExp;
  /** Signs in either language; each distinct one found counts once. */
  signs: RegExp;
}

const QUALITIES: readonly QualitySigns[] = [
  {
    quality: 'warm',
    asks: /\b(warm|warmer|warmest|warmth|cosier|cozier|for (the )?winter)\b|保暖|暖和|更暖|冬天/i,
    signs:
      /\b(wool|merino|cashmere|alpaca|lined|quilted|padded|down|fleece|shearling|thermal|insulated|winter)\b|羊毛|羊绒|美利奴|内衬|夹棉|绗缝|羽绒|抓绒|保暖|冬/gi,
  },
  {
    quality: 'waterproof',
    asks: /\b(waterproof|water-?resistant|rainproof|(for|in) (the )?rain|showerproof)\b|防水|防雨|下雨/i,
    signs: /\b(waterproof|showerproof|water-?resistant|waxed|taped seams|rain)\b|防水|防雨|涂蜡|压胶/gi,
  },
  {
    quality: 'light',
    asks: /\b(light|lighter|lightest|lightweight)\b|更轻|轻便|轻薄/i,
    signs: /\b(lightweight|light|featherlight|packable|linen|thin)\b|轻薄|轻盈|轻便|亚麻|可收纳/gi,
  },
  {
    quality: 'breathable',
    asks: /\b(breathable|cooler|cool|for (the )?summer|for hot weather)\b|透气|凉快|夏天/i,
    signs: /\b(breathable|linen|mesh|cotton|airy|summer)\b|透气|亚麻|网眼|棉|夏/gi,
  },
];

/** The quality a comparison asks about, when it is one whose signs can be read. */
export function qualityCompared(text: string): ComparedQuality | undefined {
  return QUALITIES.find((q) => q.asks.test(text))?.quality;
}

/** The distinct signs of the quality in the product's words, in the shopper's language first. */
export function signsOf(product: Product, quality: ComparedQuality, lang: Lang): string[] {
  const spec = QUALITIES.find((q) => q.quality === quality);
  if (!spec) return [];
  const words = [
    localized(product.name, lang),
    product.material ? localized(product.material, lang) : '',
    localized(product.description, lang),
    ...product.tags,
  ].join(' ');
  // Tags mix the languages; the answer names only signs in the shopper's own.
  const own = (sign: string) => /\p{Script=Han}/u.test(sign) === (lang === 'zh');
  return [...new Set([...words.matchAll(spec.signs)].map((m) => m[0].toLowerCase()))].filter(own);
}
