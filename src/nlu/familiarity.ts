/**
 * How much of a message no in-scope training utterance has ever used. Out-of-scope requests often
 * borrow a shop verb ("recommend a good plumber", "track my flight", "cancel my gym membership");
 * TF-IDF silently drops the words it has never seen, so without this the verb alone decides and the
 * request looks like shopping. Two dense features: the share of a message's distinct words that are
 * unfamiliar, and how many there are (capped at three, scaled to 0..1).
 *
 * Training rows are scored leave-one-out — a word is unfamiliar there when no *other* in-scope
 * utterance uses it — so the training data shows the classifier what unseen words look like, as a
 * new message will.
 */

export const UNFAMILIAR_FEATURES = 2;
const COUNT_CAP = 3;
const NUMBER_TOKEN = '0';
const SINGLE_LATIN_LETTER = /^[a-z]$/;

/** The words that count: numbers (already folded to `0`) and one-letter Latin tokens never do. */
function countableWords(tokens: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const token of tokens) if (token !== NUMBER_TOKEN && !SINGLE_LATIN_LETTER.test(token)) words.add(token);
  return words;
}

function features(words: Set<string>, isFamiliar: (word: string) => boolean): [number, number] {
  if (words.size === 0) return [0, 0];
  let unfamiliar = 0;
  for (const word of words) if (!isFamiliar(word)) unfamiliar++;
  return [unfamiliar / words.size, Math.min(unfamiliar, COUNT_CAP) / COUNT_CAP];
}

export class Familiarity {
  private constructor(private readonly known: Set<string>) {}

  /**
   * Learns the in-scope vocabulary and returns each training row's leave-one-out features.
   * `inScope[i]` says whether utterance i belongs to a real intent (not `None`).
   */
  static fit(
    tokens: readonly (readonly string[])[],
    inScope: readonly boolean[],
  ): { familiarity: Familiarity; training: [number, number][] } {
    const wordSets = tokens.map(countableWords);
    const df = new Map<string, number>();
    wordSets.forEach((words, i) => {
      if (!inScope[i]) return;
      for (const word of words) df.set(word, (df.get(word) ?? 0) + 1);
    });
    const training = wordSets.map((words, i) => {
      const own = inScope[i] ? 1 : 0;
      return features(words, (word) => (df.get(word) ?? 0) - own >= 1);
    });
    return { familiarity: new Familiarity(new Set(df.keys())), training };
  }

  static fromJSON(words: readonly string[]): Familiarity {
    return new Familiarity(new Set(words));
  }

  toJSON(): string[] {
    return [...this.known].sort();
  }

  /** `alsoKnown`: words the caller vouches for, e.g. a product added to the catalog after training. */
  features(tokens: readonly string[], alsoKnown?: ReadonlySet<string>): [number, number] {
    return features(countableWords(tokens), (word) => this.known.has(word) || alsoKnown?.has(word) === true);
  }
}
