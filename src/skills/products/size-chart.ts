/**
 * UK sizes said in chat ("I'm a size 12", "in a 14", "UK 6 in shoes") read as the shop's own size
 * labels through the policy's `sizeChart`: a 12 is an M here, a UK 6 shoe an EU 39. Without it the
 * number only matches a label that is the same number.
 */
import type { Lang } from '../../core/message';
import type { Product } from '../../store/entities';
import { list, localized, sizeName } from '../format';
import type { SkillTurn } from '../types';

/** A UK size number after the words that mark one: "size 12", "a 14", "UK 6", "英码6", "英国6码". */
const UK_SIZE =
  /\b(?:uk\s*(?:size\s*)?|size\s+|(?:in|take|wear|i'?m|am|usually|normally)\s+(?:an?\s+|size\s+)?)(\d{1,2}(?:\.5)?)(?![\d.])|英码\s*(\d{1,2}(?:\.5)?)|英国?\s*(\d{1,2}(?:\.5)?)\s*码/i;

/** "In a UK 6?", "有英码7的吗": a UK size asked about, with at most a few words around it. */
export function asksInUkSize(text: string): boolean {
  const m = UK_SIZE.exec(text);
  if (!m) return false;
  const rest = text
    .replace(m[0], ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return rest.split(' ').filter(Boolean).length <= 6 && rest.length <= 40;
}

/** The UK size number the text names ("12" of "I'm a size 12"), if any. */
export function ukSizeIn(text: string): string | undefined {
  const m = UK_SIZE.exec(text);
  return m?.[1] ?? m?.[2] ?? m?.[3];
}

export interface ChartSize {
  /** The UK size as the shopper said it ("12"). */
  uk: string;
  /** The product's own size label it stands for ("M"). */
  label: string;
}

/** The product's size for the UK size the text names, when the number is not already one of its labels. */
export function chartSize(
  turn: Pick<SkillTurn, 'text' | 'deps'>,
  product: Product,
  remembered?: string,
): ChartSize | undefined {
  const uk = ukSizeIn(turn.text) ?? remembered;
  if (!uk || product.sizes.some((s) => s === uk)) return undefined;
  const chart = turn.deps.policy.sizeChart;
  const table = product.category === 'shoes' ? chart?.shoes : chart?.clothing;
  const label = table?.[uk];
  return label && product.sizes.includes(label) ? { uk, label } : undefined;
}

export function sizesOf(product: Product, lang: Lang): string {
  return list(
    product.sizes.map((s) => sizeName(s, lang)),
    lang,
  );
}

/** "A UK 12 is our M in Linen Wrap Dress", when the chart turned the number into a label. */
export function sayChartSize(turn: SkillTurn, product: Product, chart: ChartSize | undefined): void {
  if (chart) turn.say('product.size_from_chart', { ...chart, name: localized(product.name, turn.ctx.lang) });
}

/** Sizes said in words, as the catalogue labels them: "medium" and "中码" are M. */
export const SIZE_WORDS: Readonly<Record<string, string>> = {
  'extra small': 'XS',
  small: 'S',
  medium: 'M',
  large: 'L',
  'extra large': 'XL',
  小码: 'S',
  中码: 'M',
  大码: 'L',
};

/** The shopper's own letter size: "I usually wear M", "I'm a medium", "我平时穿M", "我穿L码". */
const OWN_LETTER =
  /\b(?:wear|take|usually|normally|i'?m|i am|am)\s+(?:an?\s+|size\s+|in\s+)?(xxs|xs|s|m|l|xl|xxl|extra small|small|medium|extra large|large)\b|(?:穿|买|拿|选)\s*(XXS|XS|S|M|L|XL|XXL)(?![A-Za-z])|(?:穿|买|拿|选)(小码|中码|大码)/i;

/** The letter size the shopper says they wear, as the catalogue labels it ("M"), if any. */
export function ownLetterSize(text: string): string | undefined {
  const m = OWN_LETTER.exec(text);
  const said = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!said) return undefined;
  return SIZE_WORDS[said.toLowerCase()] ?? said.toUpperCase();
}

/**
 * "I usually wear M" about one product: whether it comes in that size, with the UK sizes the
 * chart gives that label ("M is a UK 12"). False when the text names no letter size.
 */
export function sayOwnLetterSize(turn: SkillTurn, product: Product): boolean {
  const label = ownLetterSize(turn.text);
  if (!label) return false;
  const lang = turn.ctx.lang;
  const name = localized(product.name, lang);
  if (!product.sizes.includes(label)) {
    turn.say('product.no_size', { name, size: label, sizes: sizesOf(product, lang) });
    return true;
  }
  const chart = product.category === 'shoes' ? undefined : turn.deps.policy.sizeChart?.clothing;
  const uk = Object.entries(chart ?? {})
    .filter(([, l]) => l === label)
    .map(([n]) => n);
  if (uk.length === 0) turn.say('product.size_label_in', { name, label });
  else turn.say('product.size_label_uk', { name, label, uk: uk.join('–') });
  return true;
}
