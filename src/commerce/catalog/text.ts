/**
 * Text normalisation shared by the catalog index and query parsing. English is tokenised and lightly
 * stemmed (plurals, -ing) so "dresses" finds "dress"; Chinese has no spaces, so it is matched by
 * substring instead of by token.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

const wordList = (list: string): string[] => list.trim().split(/\s+/);

/** Words too common to tell products apart. */
const EN_STOPWORDS = new Set(
  wordList(`
  a an and any are be can do find for from get have i in is it like looking me my need of on one or
  please show some something that the there to want we what with you your buy pair got would could
  im ive id look search after
`),
);

/** Chinese request phrasing that carries no product meaning; removed before matching (longest first). */
const ZH_FILLERS = wordList(`
  有没有 我想要 我想买 想要 想买 我要 请问 给我 看看 推荐 帮我 找一下 找 一双 一件 一条 一个 一些 有吗 的 吗 呢 吧 了 我 要 买 有
  适合 合适 可以 穿的 穿 用的 什么 哪些 哪款 东西
`);

/** Chinese words that mean the same thing to a search: "夏天穿的裙子" finds the dress tagged 夏季. */
const ZH_SAME_WORDS: readonly string[][] = [
  ['夏季', '夏天', '夏日', '夏装', '盛夏'],
  ['冬季', '冬天', '冬日', '冬装', '寒冬'],
  ['春季', '春天', '春装'],
  ['秋季', '秋天', '秋装'],
  ['通勤', '上班', '办公', '职场'],
];

/** The phrase and the words that mean the same, for matching Chinese product text. */
export function zhSameWords(phrase: string): readonly string[] {
  return ZH_SAME_WORDS.find((group) => group.includes(phrase)) ?? [phrase];
}

// One escape for the catalogue search and the entity extractors, which both build patterns from names.
export { escapeRegExp } from '../../nlu/entities/match';

export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

export function cjkRuns(text: string): string[] {
  return text.match(CJK_RUN) ?? [];
}

/** Plurals in "-ves" whose singular ends in "f" ("gloves" and "sleeves" keep their "v"). */
const F_PLURALS: Record<string, string> = {
  scarves: 'scarf',
  shelves: 'shelf',
  knives: 'knife',
  leaves: 'leaf',
  loaves: 'loaf',
  halves: 'half',
  wolves: 'wolf',
  calves: 'calf',
};

/** Light English stemmer: enough for plurals and gerunds, deliberately no more. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  const singular = F_PLURALS[word];
  if (singular) return singular;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5) {
    const base = word.slice(0, -3);
    // "running" → "runn" → "run", so it meets the bare verb.
    return /([^aeiou])\1$/.test(base) && !base.endsWith('ss') ? base.slice(0, -1) : base;
  }
  return word;
}

/** Latin-script words of a text, hyphens folded ("T-shirt" → "tshirt"), stemmed, stopwords kept. */
export function latinWords(text: string): string[] {
  return normalise(text)
    .replace(/(\w)-(\w)/g, '$1$2')
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/'s$|'/g, ''))
    .filter((w) => w.length > 0)
    .map(stem);
}

export function isStopword(stemmed: string): boolean {
  return EN_STOPWORDS.has(stemmed);
}

export function stripZhFillers(text: string): string {
  let out = text;
  for (const filler of ZH_FILLERS) out = out.split(filler).join(' ');
  return out;
}
