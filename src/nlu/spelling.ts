/**
 * One-typo tolerance. A word that matches nothing known is replaced by the known word one edit away
 * (a letter added, dropped, changed, or two neighbours swapped), the more common one when several
 * are. Short words are left alone: three letters leave too many neighbours ("the" is one edit from
 * "tee"). Catalogue search uses it for product words ("jaket" finds jackets); the intent model for
 * the words of its training utterances ("cancell my ordr" reads as "cancel my order").
 */

const MIN_LENGTH = 4;

/** True when `a` becomes `b` by exactly one insertion, deletion, substitution or adjacent swap. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // neighbours swapped
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i) === long.slice(i + 1); // one letter added or dropped
}

/** True when `long` is `short` with one of its letters doubled ("helo" → "hello"). */
function doublesALetter(short: string, long: string): boolean {
  if (long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length; i++) {
    if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

/**
 * The known word `word` was probably meant as, from `counts` (word → how many use it). A double
 * letter typed once is the commonest slip, so that reading wins over a more common word ("helo" is
 * "hello", not "help"); otherwise the more common word does.
 */
export function correctSpelling(word: string, counts: ReadonlyMap<string, number>): string | undefined {
  if (word.length < MIN_LENGTH || counts.has(word)) return undefined;
  let best: string | undefined;
  let bestRank = -1;
  for (const [candidate, count] of counts) {
    if (candidate.length < MIN_LENGTH || !oneEditApart(word, candidate)) continue;
    const rank = (doublesALetter(word, candidate) ? Number.MAX_SAFE_INTEGER / 2 : 0) + count;
    if (rank > bestRank || (rank === bestRank && best !== undefined && candidate < best)) {
      best = candidate;
      bestRank = rank;
    }
  }
  return best;
}

const LATIN_WORD = /[a-z]+/g;
const WORD_OR_CONTRACTION = /[a-z]+(?:['’][a-z]+)?/g;
const CONTRACTION = /['’]/;

/**
 * The intent model's typo reader. Its known words are every Latin word of the training utterances,
 * out-of-scope ones included, so an off-topic word is never bent into a shop word. A word it does
 * not know is corrected only when it is not a real word either (`isWord`, the pretrained vectors'
 * vocabulary): "paymnet" becomes "payment", but "boat" never becomes "coat".
 */
export class Speller {
  private constructor(private readonly counts: ReadonlyMap<string, number>) {}

  /** Learns from normalised training texts (`normalizeForFeatures`): utterances using each word. */
  static fit(texts: readonly string[]): Speller {
    const counts = new Map<string, number>();
    for (const text of texts) {
      for (const word of new Set(text.match(LATIN_WORD))) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    return new Speller(counts);
  }

  static fromJSON(json: SpellerJSON): Speller {
    return new Speller(new Map(json.words.map((word, i) => [word, json.counts[i] ?? 1])));
  }

  toJSON(): SpellerJSON {
    const words = [...this.counts.keys()].sort();
    return { words, counts: words.map((word) => this.counts.get(word)!) };
  }

  /**
   * `text` (normalised) with each unknown non-word replaced by the known word it was probably meant
   * as. A contraction is left whole: "wasn" in "wasn't" is one edit from "was", and the "not" would
   * be lost.
   */
  correct(text: string, isWord: (word: string) => boolean): string {
    return text.replace(WORD_OR_CONTRACTION, (word) =>
      CONTRACTION.test(word) || this.counts.has(word) || isWord(word)
        ? word
        : (correctSpelling(word, this.counts) ?? word),
    );
  }
}

export interface SpellerJSON {
  words: string[];
  counts: number[];
}
