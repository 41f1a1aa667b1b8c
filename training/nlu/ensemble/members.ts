/**
 * Candidate ensemble members, all reading the shipped TF-IDF features of one training set: the
 * shipped SVM, SVMs on the word block or the character block alone, Complement Naive Bayes and
 * multinomial logistic regression. Each returns raw scores (larger = more likely) for the texts of
 * every evaluation set, so combinations can be calibrated and weighed without retraining.
 */
import type { Lang } from '../../../src/core/message';
import { type LabelledText, vectorizeExamples } from '../../../src/nlu/intent-model';
import { DEFAULT_SVM, LinearSvm } from '../../../src/nlu/linear-svm';
import type { SparseVector } from '../../../src/nlu/sparse';
import { type FeatureBlocks, normalizeForFeatures } from '../../../src/nlu/text-features';
import { defaultIntentModelOptions } from '../../../src/nlu/train';
import { DEFAULT_VECTORIZER, TfidfVectorizer } from '../../../src/nlu/vectorizer';
import { ComplementNb } from './complement-nb';
import { DEFAULT_SOFTMAX, type SoftmaxOptions, SoftmaxRegression } from './softmax-regression';

/** Character 1–5-grams across word boundaries ("char" rather than "char_wb"): a view of the text
 *  the shipped features do not have, so its mistakes should differ more than a sub-block's. */
function spanningNgrams(text: string): FeatureBlocks {
  const padded = ` ${normalizeForFeatures(text).replace(/\s+/g, ' ').trim()} `;
  const chars: string[] = [];
  for (let n = 1; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) chars.push(padded.slice(i, i + n));
  return { tokens: [], words: [], chars, pairs: [] };
}

export const MEMBER_NAMES = ['svm', 'words', 'chars', 'cnb', 'lr', 'span'] as const;
export type MemberName = (typeof MEMBER_NAMES)[number];

export interface MemberOutput {
  name: MemberName;
  seconds: number;
  /** outputs[set][example] = one score per class, in `classes` order. */
  outputs: Float64Array[][];
}

/** Keeps one block (word features sit below index `wordCount`) and gives it unit length. */
function block(row: SparseVector, wordCount: number, words: boolean): SparseVector {
  const keep: number[] = [];
  row.indices.forEach((f, j) => {
    if (f < wordCount === words) keep.push(j);
  });
  const values = Float64Array.from(keep, (j) => row.values[j]!);
  let norm = 0;
  for (const v of values) norm += v * v;
  if (norm > 0) for (let j = 0; j < values.length; j++) values[j]! /= Math.sqrt(norm);
  return { indices: Int32Array.from(keep, (j) => row.indices[j]!), values };
}

export function trainMembers(
  lang: Lang,
  train: readonly LabelledText[],
  classes: readonly string[],
  evalSets: readonly (readonly string[])[],
  names: readonly MemberName[],
  softmax: SoftmaxOptions = DEFAULT_SOFTMAX,
): MemberOutput[] {
  // The shipped rows; the "chars" member reads everything after the word block (characters, word
  // pairs, unfamiliar-word features, word vectors).
  const { vectorizer, rows, rowOf } = vectorizeExamples(lang, train, defaultIntentModelOptions(lang));
  const wordCount = vectorizer.toJSON().words.length;
  const dim = vectorizer.dimension;
  const evalRows = evalSets.map((texts) => texts.map(rowOf));
  const index = new Map(classes.map((c, i) => [c, i]));
  const labels = train.map((e) => index.get(e.intent)!);
  const all = [...classes];
  const trainers: Record<MemberName, () => (row: SparseVector, text: string) => Float64Array> = {
    svm: () => {
      const m = LinearSvm.train(rows, labels, all, dim, DEFAULT_SVM);
      return (r) => m.decision(r);
    },
    words: () => {
      const m = LinearSvm.train(
        rows.map((r) => block(r, wordCount, true)),
        labels,
        all,
        dim,
        DEFAULT_SVM,
      );
      return (r) => m.decision(block(r, wordCount, true));
    },
    chars: () => {
      const m = LinearSvm.train(
        rows.map((r) => block(r, wordCount, false)),
        labels,
        all,
        dim,
        DEFAULT_SVM,
      );
      return (r) => m.decision(block(r, wordCount, false));
    },
    cnb: () => {
      const m = ComplementNb.train(rows, labels, all, dim, 0.3);
      return (r) => m.decision(r);
    },
    lr: () => {
      const m = SoftmaxRegression.train(rows, labels, all, dim, softmax);
      return (r) => m.decision(r);
    },
    span: () => {
      const spanVectorizer = TfidfVectorizer.fit(
        train.map((e) => spanningNgrams(e.text)),
        DEFAULT_VECTORIZER,
      );
      const spanRow = (text: string) => spanVectorizer.transform(spanningNgrams(text));
      const spanRows = train.map((e) => spanRow(e.text));
      const m = LinearSvm.train(spanRows, labels, all, spanVectorizer.dimension, DEFAULT_SVM);
      // Members are handed shipped-feature rows; this one re-reads the text behind each of them.
      return (_r, text) => m.decision(spanRow(text));
    },
  };
  return names.map((name) => {
    const started = performance.now();
    const decide = trainers[name]();
    const seconds = (performance.now() - started) / 1000;
    const outputs = evalRows.map((set, s) => set.map((r, i) => decide(r, evalSets[s]![i]!).slice()));
    return { name, seconds, outputs };
  });
}
