/**
 * UK sizes said in chat ("I'm a size 12", "in a 14", "UK 6 in shoes") read as the shop's own size
 * labels through the policy's `sizeChart`: a 12 is an M here, a UK 6 shoe an EU 39. Without it the
 * number only matches a label that is the same number.
 */
import type { Product } from '../../store/entities';
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
