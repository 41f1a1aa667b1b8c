/**
 * Terms for content similarity, in English and Chinese alike. English: lower-cased words, hyphens
 * folded ("T-shirt" → "tshirt"), a light plural stemmer, stopwords dropped. Chinese has no spaces, so
 * each run of Han characters yields its character bigrams (the usual, dictionary-free segmentation for
 * short product text: "连衣裙" → 连衣, 衣裙) plus single characters, which let a one-character query
 * ("裙") still meet the product. Terms carry a prefix so a Latin "ma" never collides with a Han term.
 */

const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const LATIN_WORD = /[a-z0-9]+(?:'[a-z]+)?/g;

const EN_STOPWORDS = new Set(
  `a an and are as at be by for from has have in into is it its of on or our so that the their this to
   up was with you your we will can all any one two each every`.split(/\s+/),
);

/** Han characters that carry grammar rather than meaning; dropped as single characters only. */
const ZH_FUNCTION_CHARS = new Set([...'的了和与及或是在也都很就又让把被给为着过吗呢吧啊一个这那你我他她它们']);

export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** All terms of a text, repeated as often as they occur. */
export function textTerms(text: string): string[] {
  const norm = normaliseText(text);
  const terms: string[] = [];
  const latin = norm.replace(HAN_RUN, ' ').replace(/(\w)-(\w)/g, '$1$2');
  for (const match of latin.matchAll(LATIN_WORD)) {
    const word = match[0].replace(/'s$|'/g, '');
    if (word.length === 0 || EN_STOPWORDS.has(word)) continue;
    if (/^\d+$/.test(word) && word.length < 2) continue;
    terms.push(`w:${stemEnglish(word)}`);
  }
  for (const match of norm.matchAll(HAN_RUN)) {
    const run = [...match[0]];
    for (const ch of run) if (!ZH_FUNCTION_CHARS.has(ch)) terms.push(`c:${ch}`);
    for (let i = 0; i + 1 < run.length; i++) terms.push(`b:${run[i]}${run[i + 1]}`);
  }
  return terms;
}

/**
 * How much a single Han character of a longer run counts in a free-text query. Alone ("裙") it is the
 * query; inside "送女朋友" it mostly adds noise: 友 met the "boyfriend jeans" (男友风牛仔裤) before any
 * gift. The run's bigrams carry its meaning.
 */
const SINGLE_CHAR_IN_RUN_WEIGHT = 0.25;

/** A query's terms with their weights: `textTerms`, single characters of longer runs counted less. */
export function queryTermCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  const norm = normaliseText(text);
  for (const term of textTerms(norm.replace(HAN_RUN, ' '))) add(term, 1);
  for (const match of norm.matchAll(HAN_RUN)) {
    const weight = [...match[0]].length > 2 ? SINGLE_CHAR_IN_RUN_WEIGHT : 1;
    for (const term of textTerms(match[0])) add(term, term.startsWith('c:') ? weight : 1);
  }
  return counts;
}
