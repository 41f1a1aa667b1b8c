/**
 * Content-based similarity: TF-IDF cosine between item documents (names, descriptions, category and
 * attributes in both languages). Needs no interactions, so it is what recommends a product added this
 * morning, and what answers "more like this" when nobody has bought anything yet.
 */

import { type ContentDoc, type DocField, Postings, TfidfIndex } from '../content/tfidf';
import type { SparseRow } from '../data/interactions';
import { SparseAccumulator } from '../linalg/sparse-accumulator';
import { drain, WorkMeter } from '../linalg/steps';
import { topK } from '../ranking/top-k';
import { NeighbourListBuilder, type NeighbourModel } from './neighbours';
import type { ItemScorer } from './scorer';

export interface ContentOptions {
  /** Similar items kept per item. */
  neighbours?: number;
}

export class ContentModel implements ItemScorer {
  readonly name = 'content';

  constructor(
    private readonly index: TfidfIndex,
    private readonly postings: Postings,
    readonly similar: NeighbourModel,
  ) {}

  get itemCount(): number {
    return this.similar.itemCount;
  }

  scoreInto(history: SparseRow, out: Float64Array, weight = 1): void {
    this.similar.scoreInto(history, out, weight);
  }

  link(from: number, to: number): number {
    return this.similar.link(from, to);
  }

  /** Neighbour lists plus the term vectors and postings kept for search. */
  get bytes(): number {
    return this.similar.bytes + this.index.bytes + this.postings.bytes;
  }

  /** Items ranked by cosine similarity to free text or to a document outside the catalogue. */
  search(fields: readonly DocField[] | string, limit: number): { item: number; score: number }[] {
    const v = typeof fields === 'string' ? this.index.vectorizeQuery(fields) : this.index.vectorize(fields);
    const n = this.itemCount;
    const acc = new SparseAccumulator(n);
    this.postings.accumulate(v, acc);
    const scores = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
    for (const d of acc.touched) scores[d] = acc.sums[d] as number;
    return Array.from(topK(scores, limit), (item) => ({ item, score: scores[item] as number })).filter(
      (r) => r.score > 0,
    );
  }
}

export function* fitContentSteps(
  docs: readonly ContentDoc[],
  options: ContentOptions = {},
): Generator<void, ContentModel> {
  const meter = new WorkMeter();
  const index = yield* TfidfIndex.fitSteps(docs, meter);
  const postings = new Postings(index.vectors, index.termCount);
  yield;
  const n = docs.length;
  const builder = new NeighbourListBuilder(n, options.neighbours ?? 50);
  const acc = new SparseAccumulator(n);
  for (let i = 0; i < n; i++) {
    const work = postings.accumulate(index.vectors[i] as (typeof index.vectors)[number], acc);
    builder.addRow(i, acc.sums, acc.touched);
    const cost = 8 * work + 40 * acc.touched.length + 64;
    acc.clear();
    if (meter.add(cost)) yield;
  }
  return new ContentModel(index, postings, builder.build('content'));
}

export function fitContent(docs: readonly ContentDoc[], options: ContentOptions = {}): ContentModel {
  return drain(fitContentSteps(docs, options));
}
