/**
 * Catalog entities on a large catalogue: a synthetic one of `count` products (seeded, so every run
 * reads the same names), the matcher as the bot builds it next to one that tries every term on every
 * message. Entity extraction runs on every message, and the demo shop's 60 products hide its cost.
 */
import { Prng } from '../../src/commerce/seed/prng';
import { CatalogMatcher } from '../../src/nlu/entities/catalog';
import type { CatalogVocabulary } from '../../src/nlu/types';
import { quantiles } from '../nlu/speed';

const BRANDS = ['Aurora', 'Harbour', 'Meadow', 'Summit', 'Cove', 'Fable', 'Juniper', 'Orchard', 'Ridge', 'Willow'];
const MATERIALS = ['Linen', 'Silk', 'Wool', 'Cotton', 'Leather', 'Suede', 'Velvet', 'Denim', 'Canvas', 'Merino'];
const STYLES = ['Wrap', 'Slip', 'Crew', 'Boxy', 'Quilted', 'Trail', 'City', 'Evening', 'Ribbed', 'Pleated'];
const KINDS = [
  ['Dress', '连衣裙', 'dresses'],
  ['Shirt', '衬衫', 'tops'],
  ['Jumper', '毛衣', 'tops'],
  ['Jacket', '夹克', 'jackets'],
  ['Boots', '靴子', 'shoes'],
  ['Trainers', '运动鞋', 'shoes'],
  ['Tote', '托特包', 'bags'],
  ['Scarf', '围巾', 'accessories'],
] as const;
const ZH_WORDS = ['亚麻', '真丝', '羊毛', '纯棉', '真皮', '绒面', '丝绒', '牛仔', '帆布', '美利奴'];

export function syntheticVocabulary(count: number, seed = 13): CatalogVocabulary {
  const rng = new Prng(seed);
  const products: CatalogVocabulary['products'] = [];
  const seen = new Set<string>();
  while (products.length < count) {
    const [kind, kindZh] = rng.pick(KINDS);
    const material = rng.int(0, MATERIALS.length - 1);
    const en = `${rng.pick(BRANDS)} ${MATERIALS[material]} ${rng.pick(STYLES)} ${kind}`;
    if (seen.has(en)) continue;
    seen.add(en);
    products.push({ id: `p${products.length}`, names: [en, `${ZH_WORDS[material]}${kindZh}`] });
  }
  const categories: Record<string, string[]> = {};
  for (const [kind, kindZh, key] of KINDS) categories[key] = [...(categories[key] ?? []), kind.toLowerCase(), kindZh];
  const colours = { black: ['black', '黑色'], blue: ['blue', '蓝色'], red: ['red', '红色'], white: ['white', '白色'] };
  return { products, categories, colours, sizes: ['XS', 'S', 'M', 'L', 'XL', '38', '39', '40', '41', '42'] };
}

export interface CatalogBench {
  products: number;
  buildMs: { ours: number; baseline: number };
  ours: { p50Ms: number; p95Ms: number; p99Ms: number };
  baseline: { p50Ms: number; p95Ms: number; p99Ms: number };
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = process.hrtime.bigint();
  const value = run();
  return { value, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

function perMessage(matcher: CatalogMatcher, texts: readonly string[]): number[] {
  for (const text of texts.slice(0, 100)) matcher.extract(text);
  return texts.map((text) => timed(() => matcher.extract(text)).ms);
}

export function benchCatalog(count: number, texts: readonly string[]): CatalogBench {
  const vocabulary = syntheticVocabulary(count);
  // Built twice each, alternating, the faster kept: the first build also pays for warming up.
  const build = (indexed: boolean) => timed(() => new CatalogMatcher(vocabulary, { indexed }));
  const [ours1, base1, ours2, base2] = [build(true), build(false), build(true), build(false)];
  const ours = ours2.ms < ours1.ms ? ours2 : ours1;
  const baseline = base2.ms < base1.ms ? base2 : base1;
  // Alternating halves, so a burst of load on the machine falls on both.
  const half = Math.floor(texts.length / 2);
  const oursTimes: number[] = [];
  const baseTimes: number[] = [];
  for (const part of [texts.slice(0, half), texts.slice(half)]) {
    oursTimes.push(...perMessage(ours.value, part));
    baseTimes.push(...perMessage(baseline.value, part));
  }
  return {
    products: count,
    buildMs: { ours: ours.ms, baseline: baseline.ms },
    ours: quantiles(oursTimes),
    baseline: quantiles(baseTimes),
  };
}
