/**
 * TF-IDF over item documents made of weighted fields (a name counts more than a description). Term
 * frequency is sublinear (log(1 + weighted count)) so a word repeated in the copy does not dominate;
 * idf is the smoothed ln((1 + N) / (1 + df)) + 1; every vector is L2-normalised, so a dot product is
 * the cosine similarity.
 */
import type { SparseAccumulator } from '../linalg/sparse-accumulator';
import { drain, WorkMeter } from '../linalg/steps';
import { queryTermCounts, textTerms } from './text-features';

export interface DocField {
  text: string;
  weight: number;
}

/** An item's text: name, description, category and attribute words, each with a weight. */
export interface ContentDoc {
  fields: readonly DocField[];
}

export interface SparseVector {
  /** Term indices, ascending. */
  readonly terms: Int32Array;
  readonly weights: Float64Array;
}

const EMPTY: SparseVector = { terms: new Int32Array(0), weights: new Float64Array(0) };

function weightedCounts(fields: readonly DocField[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const field of fields) {
    if (field.weight <= 0) continue;
    for (const term of textTerms(field.text)) counts.set(term, (counts.get(term) ?? 0) + field.weight);
  }
  return counts;
}

export class TfidfIndex {
  private constructor(
    private readonly vocabulary: Map<string, number>,
    private readonly idf: Float64Array,
    /** One vector per document, in input order. */
    readonly vectors: readonly SparseVector[],
  ) {}

  /** Fits the vocabulary and idf, yielding every few hundred documents (see linalg/steps). */
  static *fitSteps(docs: readonly ContentDoc[], meter: WorkMeter = new WorkMeter()): Generator<void, TfidfIndex> {
    const counts: Map<string, number>[] = [];
    const df = new Map<string, number>();
    for (const doc of docs) {
      const c = weightedCounts(doc.fields);
      counts.push(c);
      for (const term of c.keys()) df.set(term, (df.get(term) ?? 0) + 1);
      if (meter.add(800 * (c.size + 1))) yield;
    }
    const terms = [...df.keys()].sort();
    const vocabulary = new Map(terms.map((t, i) => [t, i]));
    const idf = Float64Array.from(terms, (t) => Math.log((1 + docs.length) / (1 + (df.get(t) ?? 0))) + 1);
    yield;
    const vectors: SparseVector[] = [];
    for (const c of counts) {
      vectors.push(vectorOf(c, vocabulary, idf));
      if (meter.add(200 * (c.size + 1))) yield;
    }
    return new TfidfIndex(vocabulary, idf, vectors);
  }

  static fit(docs: readonly ContentDoc[]): TfidfIndex {
    return drain(TfidfIndex.fitSteps(docs));
  }

  get termCount(): number {
    return this.idf.length;
  }

  /** Typed-array bytes of the vectors and idf (the vocabulary's strings are not counted). */
  get bytes(): number {
    return this.vectors.reduce((sum, v) => sum + v.terms.byteLength + v.weights.byteLength, this.idf.byteLength);
  }

  /** The vector of a free-text query (`queryTermCounts`) in this index's space. */
  vectorizeQuery(text: string): SparseVector {
    return vectorOf(queryTermCounts(text), this.vocabulary, this.idf);
  }

  /** The vector of any text in this index's space (unknown terms are ignored). */
  vectorize(fields: readonly DocField[]): SparseVector {
    return vectorOf(weightedCounts(fields), this.vocabulary, this.idf);
  }
}

function vectorOf(
  counts: Map<string, number>,
  vocabulary: ReadonlyMap<string, number>,
  idf: Float64Array,
): SparseVector {
  const entries: [number, number][] = [];
  for (const [term, count] of counts) {
    const t = vocabulary.get(term);
    if (t !== undefined) entries.push([t, Math.log1p(count) * (idf[t] as number)]);
  }
  if (entries.length === 0) return EMPTY;
  entries.sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0));
  return {
    terms: Int32Array.from(entries, ([t]) => t),
    weights: Float64Array.from(entries, ([, w]) => w / norm),
  };
}

/** Term → (document, weight) postings, for sparse-times-sparse similarity in one pass. */
export class Postings {
  private readonly docs: Int32Array[];
  private readonly weights: Float64Array[];

  constructor(vectors: readonly SparseVector[], termCount: number) {
    const docs: number[][] = Array.from({ length: termCount }, () => []);
    const weights: number[][] = Array.from({ length: termCount }, () => []);
    vectors.forEach((v, d) => {
      for (let p = 0; p < v.terms.length; p++) {
        const t = v.terms[p] as number;
        docs[t]?.push(d);
        weights[t]?.push(v.weights[p] as number);
      }
    });
    this.docs = docs.map((d) => Int32Array.from(d));
    this.weights = weights.map((w) => Float64Array.from(w));
  }

  get bytes(): number {
    let sum = 0;
    for (let t = 0; t < this.docs.length; t++)
      sum += (this.docs[t]?.byteLength ?? 0) + (this.weights[t]?.byteLength ?? 0);
    return sum;
  }

  /**
   * Adds cosine(v, doc) into `into` for every document sharing a term; returns the number of
   * postings visited (the work done).
   */
  accumulate(v: SparseVector, into: SparseAccumulator): number {
    let work = 0;
    for (let p = 0; p < v.terms.length; p++) {
      const t = v.terms[p] as number;
      const w = v.weights[p] as number;
      const docs = this.docs[t];
      const weights = this.weights[t];
      if (!docs || !weights) continue;
      work += docs.length;
      for (let q = 0; q < docs.length; q++) into.add(docs[q] as number, w * (weights[q] as number));
    }
    return work;
  }
}
