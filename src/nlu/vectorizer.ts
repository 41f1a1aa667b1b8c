/**
 * TF-IDF over the two feature blocks. Each block is L2-normalised on its own and then weighted, so a
 * long message's hundreds of character n-grams cannot drown its handful of word features.
 */
import type { SparseVector } from './sparse';
import type { FeatureBlocks } from './text-features';

export interface VectorizerJSON {
  words: string[];
  wordIdf: number[];
  chars: string[];
  charIdf: number[];
  wordWeight: number;
}

export interface VectorizerOptions {
  /** A character n-gram must occur in this many utterances to be kept (keeps models small). */
  minCharDf: number;
  /** Share of the vector's length given to word features (the rest goes to characters). */
  wordWeight: number;
}

export const DEFAULT_VECTORIZER: VectorizerOptions = { minCharDf: 2, wordWeight: 0.4 };

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

export class TfidfVectorizer {
  private readonly wordIndex = new Map<string, number>();
  private readonly charIndex = new Map<string, number>();
  /** Scratch term counts, reused by every `transform` (classification is single-threaded). */
  private readonly counts = new Map<number, number>();

  private constructor(private readonly state: VectorizerJSON) {
    for (const [i, term] of state.words.entries()) this.wordIndex.set(term, i);
    for (const [i, term] of state.chars.entries()) this.charIndex.set(term, i);
  }

  static fit(docs: FeatureBlocks[], options: VectorizerOptions = DEFAULT_VECTORIZER): TfidfVectorizer {
    const wordDf = documentFrequencies(docs.map((d) => d.words));
    const charDf = documentFrequencies(docs.map((d) => d.chars));
    const words = [...wordDf.keys()].sort();
    const chars = [...charDf.entries()]
      .filter(([, df]) => df >= options.minCharDf)
      .map(([term]) => term)
      .sort();
    const n = docs.length;
    return new TfidfVectorizer({
      words,
      wordIdf: words.map((t) => smoothIdf(wordDf.get(t)!, n)),
      chars,
      charIdf: chars.map((t) => smoothIdf(charDf.get(t)!, n)),
      wordWeight: options.wordWeight,
    });
  }

  static fromJSON(json: VectorizerJSON): TfidfVectorizer {
    return new TfidfVectorizer(json);
  }

  toJSON(): VectorizerJSON {
    return this.state;
  }

  get dimension(): number {
    return this.state.words.length + this.state.chars.length;
  }

  transform(doc: FeatureBlocks): SparseVector {
    const words = this.block(doc.words, this.wordIndex, this.state.wordIdf, 0);
    const chars = this.block(doc.chars, this.charIndex, this.state.charIdf, this.state.words.length);
    // When one block is empty (unknown words only), the other takes the whole length.
    const wordScale = chars.indices.length > 0 ? Math.sqrt(this.state.wordWeight) : 1;
    const charScale = words.indices.length > 0 ? Math.sqrt(1 - this.state.wordWeight) : 1;
    scale(words.values, wordScale);
    scale(chars.values, charScale);
    // Word indices all sit below character indices, so concatenating keeps them ascending.
    const indices = new Int32Array(words.indices.length + chars.indices.length);
    const values = new Float64Array(indices.length);
    indices.set(words.indices);
    indices.set(chars.indices, words.indices.length);
    values.set(words.values);
    values.set(chars.values, words.values.length);
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
