/**
 * TF-IDF over the word and character blocks, and the word-pair block when the features carry one.
 * Each block is L2-normalised on its own and then weighted, so a long message's hundreds of
 * character n-grams cannot drown its handful of word features. Two dense
 * "unfamiliar words" features (`familiarity.ts`) follow the sparse blocks when enabled, then the
 * averaged word vectors (`meaning.ts`) when the features carry them.
 */
import { Familiarity, UNFAMILIAR_FEATURES } from './familiarity';
import { MEANING_DIMENSIONS } from './meaning';
import type { SparseVector } from './sparse';
import type { FeatureBlocks } from './text-features';
import { WORD_VECTORS_ID } from './word-vectors';

export interface VectorizerJSON {
  words: string[];
  wordIdf: number[];
  chars: string[];
  charIdf: number[];
  wordWeight: number;
  /** Present when the rows carry a word-pair block: its vocabulary, idf and length in the row. */
  pairs?: { terms: string[]; idf: number[]; weight: number };
  /** Words of the in-scope training utterances; absent when the unfamiliar-word features are off. */
  familiar?: string[];
  unfamiliarWeight?: number;
  /** Present when the rows end with a word-vector block: which vectors, and how many components. */
  meaning?: { vectors: string; dimensions: number };
}

export interface VectorizerOptions {
  /** A character n-gram must occur in this many utterances to be kept (keeps models small). */
  minCharDf: number;
  /** Share of the vector's length given to word features (the rest goes to characters). */
  wordWeight: number;
  /** Scale of the two unfamiliar-word features (0 turns them off; needs in-scope labels to fit). */
  unfamiliarWeight: number;
  /** Length of the word-pair block in a row (0 leaves it out). */
  pairWeight?: number;
  /** A word pair must occur in this many utterances to be kept. */
  minPairDf: number;
}

export const DEFAULT_VECTORIZER: VectorizerOptions = {
  minCharDf: 2,
  wordWeight: 0.4,
  unfamiliarWeight: 1,
  minPairDf: 2,
};

/** Terms seen in at least `minDf` documents, sorted, with their idf. */
function frequentTerms(df: Map<string, number>, minDf: number, docCount: number): { terms: string[]; idf: number[] } {
  const terms = [...df.entries()]
    .filter(([, count]) => count >= minDf)
    .map(([term]) => term)
    .sort();
  return { terms, idf: terms.map((t) => smoothIdf(df.get(t)!, docCount)) };
}

function documentFrequencies(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) {
    for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return df;
}

function smoothIdf(df: number, docCount: number): number {
  return Math.log((1 + docCount) / (1 + df)) + 1;
}

/** Vocabularies and idf of the sparse blocks. */
function tfidfState(docs: readonly FeatureBlocks[], options: VectorizerOptions): VectorizerJSON {
  const n = docs.length;
  const words = frequentTerms(documentFrequencies(docs.map((d) => d.words)), 1, n);
  const chars = frequentTerms(documentFrequencies(docs.map((d) => d.chars)), options.minCharDf, n);
  const state: VectorizerJSON = {
    words: words.terms,
    wordIdf: words.idf,
    chars: chars.terms,
    charIdf: chars.idf,
    wordWeight: options.wordWeight,
  };
  const pairWeight = options.pairWeight ?? 0;
  if (pairWeight > 0 && docs.some((d) => d.pairs.length > 0)) {
    const pairs = frequentTerms(documentFrequencies(docs.map((d) => d.pairs)), options.minPairDf, n);
    state.pairs = { ...pairs, weight: pairWeight };
  }
  if (docs.some((d) => d.meaning)) state.meaning = { vectors: WORD_VECTORS_ID, dimensions: MEANING_DIMENSIONS };
  return state;
}

export class TfidfVectorizer {
  private readonly wordIndex = new Map<string, number>();
  private readonly charIndex = new Map<string, number>();
  private readonly pairIndex = new Map<string, number>();
  /** Scratch term counts, reused by every `transform` (classification is single-threaded). */
  private readonly counts = new Map<number, number>();

  private readonly familiarity: Familiarity | undefined;

  private constructor(private readonly state: VectorizerJSON) {
    for (const [i, term] of state.words.entries()) this.wordIndex.set(term, i);
    for (const [i, term] of state.chars.entries()) this.charIndex.set(term, i);
    for (const [i, term] of (state.pairs?.terms ?? []).entries()) this.pairIndex.set(term, i);
    this.familiarity = state.familiar ? Familiarity.fromJSON(state.familiar) : undefined;
    if (
      state.meaning &&
      (state.meaning.vectors !== WORD_VECTORS_ID || state.meaning.dimensions !== MEANING_DIMENSIONS)
    ) {
      throw new Error(
        `model was trained with word vectors ${state.meaning.vectors}; this engine has ${WORD_VECTORS_ID}`,
      );
    }
  }

  /**
   * Fits on the training documents and returns their rows. With `inScope` (which documents belong
   * to a real intent) and a non-zero `unfamiliarWeight`, the rows carry leave-one-out unfamiliar-word
   * features, as `familiarity.ts` explains.
   */
  static fitTransform(
    docs: FeatureBlocks[],
    options: VectorizerOptions = DEFAULT_VECTORIZER,
    inScope?: readonly boolean[],
  ): { vectorizer: TfidfVectorizer; rows: SparseVector[] } {
    const state = tfidfState(docs, options);
    // Without out-of-scope examples there is nothing for the features to tell apart.
    if (!inScope || options.unfamiliarWeight <= 0 || inScope.every(Boolean)) {
      const vectorizer = new TfidfVectorizer(state);
      return { vectorizer, rows: docs.map((d) => vectorizer.transform(d)) };
    }
    const { familiarity, training } = Familiarity.fit(
      docs.map((d) => d.tokens),
      inScope,
    );
    const vectorizer = new TfidfVectorizer({
      ...state,
      familiar: familiarity.toJSON(),
      unfamiliarWeight: options.unfamiliarWeight,
    });
    return { vectorizer, rows: docs.map((d, i) => vectorizer.transform(d, training[i])) };
  }

  /** TF-IDF only (no unfamiliar-word features): see `fitTransform` for those. */
  static fit(docs: FeatureBlocks[], options: VectorizerOptions = DEFAULT_VECTORIZER): TfidfVectorizer {
    return new TfidfVectorizer(tfidfState(docs, options));
  }

  static fromJSON(json: VectorizerJSON): TfidfVectorizer {
    return new TfidfVectorizer(json);
  }

  toJSON(): VectorizerJSON {
    return this.state;
  }

  get dimension(): number {
    return this.meaningOffset + (this.state.meaning?.dimensions ?? 0);
  }

  /** Index of the first word-pair feature: after the word and character blocks. */
  private get pairOffset(): number {
    return this.state.words.length + this.state.chars.length;
  }

  /** Index of the first unfamiliar-word feature: after the sparse blocks. */
  private get unfamiliarOffset(): number {
    return this.pairOffset + (this.state.pairs?.terms.length ?? 0);
  }

  /** Index of the first word-vector component: after the sparse blocks and the unfamiliar-word pair. */
  private get meaningOffset(): number {
    return this.unfamiliarOffset + (this.familiarity ? UNFAMILIAR_FEATURES : 0);
  }

  /** Unfamiliar-word features of a new message (undefined when the model has none). */
  unfamiliar(doc: FeatureBlocks, alsoKnown?: ReadonlySet<string>): [number, number] | undefined {
    return this.familiarity?.features(doc.tokens, alsoKnown);
  }

  /** `unfamiliar` overrides the unfamiliar-word features (training rows pass their leave-one-out ones). */
  transform(doc: FeatureBlocks, unfamiliar = this.unfamiliar(doc)): SparseVector {
    const words = this.block(doc.words, this.wordIndex, this.state.wordIdf, 0);
    const chars = this.block(doc.chars, this.charIndex, this.state.charIdf, this.state.words.length);
    // When one block is empty (unknown words only), the other takes the whole length.
    const wordScale = chars.indices.length > 0 ? Math.sqrt(this.state.wordWeight) : 1;
    const charScale = words.indices.length > 0 ? Math.sqrt(1 - this.state.wordWeight) : 1;
    scale(words.values, wordScale);
    scale(chars.values, charScale);
    const pairState = this.state.pairs;
    const pairs = pairState
      ? this.block(doc.pairs, this.pairIndex, pairState.idf, this.pairOffset)
      : { indices: new Int32Array(0), values: new Float64Array(0) };
    if (pairState) scale(pairs.values, pairState.weight);
    // Word indices sit below character indices, those below pair indices, and the dense features
    // come last, so concatenating keeps the indices ascending.
    const dense = this.familiarity && unfamiliar ? unfamiliar.length : 0;
    const sparse = words.indices.length + chars.indices.length + pairs.indices.length;
    const meaning = this.state.meaning ? doc.meaning : undefined;
    const indices = new Int32Array(sparse + dense + (meaning?.length ?? 0));
    const values = new Float64Array(indices.length);
    let at = 0;
    for (const block of [words, chars, pairs]) {
      indices.set(block.indices, at);
      values.set(block.values, at);
      at += block.indices.length;
    }
    if (dense > 0 && unfamiliar) {
      const first = this.unfamiliarOffset;
      const weight = this.state.unfamiliarWeight ?? 0;
      unfamiliar.forEach((value, k) => {
        indices[sparse + k] = first + k;
        values[sparse + k] = value * weight;
      });
    }
    if (meaning) {
      const first = this.meaningOffset;
      meaning.forEach((value, k) => {
        indices[sparse + dense + k] = first + k;
        values[sparse + dense + k] = value;
      });
    }
    return { indices, values };
  }

  /** One block's sublinear TF-IDF, ascending indices, not yet normalised. */
  private block(terms: string[], index: Map<string, number>, idf: number[], offset: number): SparseVector {
    const counts = this.counts;
    counts.clear();
    for (const term of terms) {
      const i = index.get(term);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const indices = new Int32Array(counts.size);
    let j = 0;
    for (const i of counts.keys()) indices[j++] = i;
    indices.sort();
    const values = new Float64Array(indices.length);
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k]!;
      values[k] = (1 + Math.log(counts.get(i)!)) * idf[i]!;
      indices[k] = i + offset;
    }
    return { indices, values };
  }
}

/** L2-normalises `values` in place to length `length` (an all-zero block stays zero). */
function scale(values: Float64Array, length: number): void {
  let norm = 0;
  for (const v of values) norm += v * v;
  if (norm === 0) return;
  const factor = length / Math.sqrt(norm);
  for (let k = 0; k < values.length; k++) values[k]! *= factor;
}
