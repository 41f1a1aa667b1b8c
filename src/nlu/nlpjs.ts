/**
 * One place that touches node-nlp's text tools, so the rest of the engine sees plain typed functions.
 * node-nlp builds its Chinese dictionary on first use and announces it with console.log; that line
 * would corrupt a CLI's `--json` stdout, so the first Chinese tokenisation runs with console.log muted.
 */
import { createRequire } from 'node:module';
import { Language, type NlpStemmer, type NlpTokenizer, NlpUtil, SentimentAnalyzer } from 'node-nlp';
import type { Lang } from '../core/message';

interface DictionaryEntry {
  traditional: string;
  simplified: string;
  definition: string;
}

/** The CC-CEDICT dictionary node-nlp's Chinese segmenter matches words against. */
interface ChineseDictionary {
  search(word: string): DictionaryEntry[] | undefined;
  /** Filled by the first `search`: entries by Traditional and by Simplified form. */
  traditional: Record<string, DictionaryEntry[] | undefined>;
  simplified: Record<string, DictionaryEntry[] | undefined>;
}

/** What CC-CEDICT says about the two Chinese scripts, for `traditional-chinese.ts`. */
export interface ChineseScriptTables {
  /** The Simplified form of a Traditional word (its first, most common entry), if listed. */
  simplifiedOf(traditional: string): string | undefined;
  /** Whether the word is listed in Simplified form. */
  isSimplified(word: string): boolean;
  /** The Traditional form of a Simplified word (its first entry), if listed: for test sets. */
  traditionalOf(simplified: string): string | undefined;
}

const tokenizers = new Map<Lang, NlpTokenizer>();
let englishStemmer: NlpStemmer | undefined;
let languageGuesser: Language | undefined;
let englishSentiment: SentimentAnalyzer | undefined;
let chineseDictionary: ChineseDictionary | undefined;

function withConsoleLogMuted<T>(run: () => T): T {
  const original = console.log;
  console.log = () => {};
  try {
    return run();
  } finally {
    console.log = original;
  }
}

function tokenizerFor(lang: Lang): NlpTokenizer {
  let tokenizer = tokenizers.get(lang);
  if (!tokenizer) {
    const created = NlpUtil.getTokenizer(lang);
    // Warm the Chinese dictionary now, silently, rather than inside someone's request.
    if (lang === 'zh') withConsoleLogMuted(() => created.tokenize('你好', true));
    tokenizers.set(lang, created);
    tokenizer = created;
  }
  return tokenizer;
}

/** node-nlp's normaliser: accents stripped, lower case (the same for en and zh). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** node-nlp's tokenizer for the language (Chinese is segmented into dictionary words). */
export function tokenize(lang: Lang, text: string): string[] {
  return tokenizerFor(lang).tokenize(text, true);
}

/**
 * English definitions of a Simplified Chinese word from CC-CEDICT, the dictionary node-nlp segments
 * Chinese with (one string per sense, senses' glosses separated by `/`); empty for unknown words.
 * node-nlp exposes the dictionary only as a module of its @nlpjs/lang-zh dependency, so it is
 * resolved from node-nlp's own location: the same module instance the segmenter already loaded.
 */
export function chineseDefinitions(word: string): string[] {
  return (loadChineseDictionary().search(word) ?? []).map((sense) => sense.definition);
}

export function chineseScriptTables(): ChineseScriptTables {
  const dictionary = loadChineseDictionary();
  return {
    simplifiedOf: (traditional) => dictionary.traditional[traditional]?.[0]?.simplified,
    isSimplified: (word) => dictionary.simplified[word] !== undefined,
    traditionalOf: (simplified) => dictionary.simplified[simplified]?.[0]?.traditional,
  };
}

function loadChineseDictionary(): ChineseDictionary {
  if (!chineseDictionary) {
    const fromNodeNlp = createRequire(require.resolve('node-nlp'));
    const loaded = fromNodeNlp('@nlpjs/lang-zh/src/dictionary') as ChineseDictionary;
    withConsoleLogMuted(() => loaded.search('你好'));
    chineseDictionary = loaded;
  }
  return chineseDictionary;
}

/** node-nlp's Porter-style English stemmer. Chinese needs no stemming. */
export function stemEnglish(tokens: string[]): string[] {
  englishStemmer ??= NlpUtil.getStemmer('en');
  return englishStemmer.stem(tokens);
}

/** node-nlp's trigram language guess; returns the ISO 639-1 code and its score. */
export function guessLanguage(text: string): { code: string; score: number } | undefined {
  languageGuesser ??= new Language();
  const best = languageGuesser.guess(text, null, 2)[0];
  return best ? { code: best.alpha2, score: best.score } : undefined;
}

/**
 * "10% off", "money off", "£5 off": a discount in a shop, where node-nlp's lexicon reads "off" as
 * strongly negative (-0.76 alone) and "can I get 10% off?" as frustration.
 */
const AMOUNT_OFF = /(\d\s*%|\d|\bpercent|\bper cent|\bmoney|\bpounds?|\bquid|\bdollars?|\beuros?)\s+off\b/gi;

/** Where a negation stops: node-nlp's reaches to the end of the text, past commas and "but". */
const CLAUSE_BREAK = /[,;:.!?\n]+|\s(?:but|though|although)\s/i;

/**
 * node-nlp's English sentiment, scored clause by clause and squashed into -1..1. Whole, "I don't know
 * the email, it was a gift" scored -0.51 (the "don't" turned "gift" negative) and "no, thanks, that's
 * great" -0.64, both read as frustration.
 */
export async function sentimentOfEnglish(text: string): Promise<number> {
  englishSentiment ??= new SentimentAnalyzer({ language: 'en' });
  const analyzer = englishSentiment;
  const clauses = text
    .replace(AMOUNT_OFF, '$1')
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter(Boolean);
  let total = 0;
  let hits = 0;
  for (const clause of clauses) {
    const result = await analyzer.getSentiment(clause);
    if (!Number.isFinite(result.score) || result.numHits === 0) continue;
    total += result.score;
    hits += result.numHits;
  }
  // The raw score is a sum over hits; tanh keeps strong texts near ±1 without clipping mild ones.
  return hits === 0 ? 0 : Math.tanh(total);
}
