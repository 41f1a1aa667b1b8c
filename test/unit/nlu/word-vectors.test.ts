import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IntentModel } from '../../../src/nlu/intent-model';
import { MEANING_DIMENSIONS, meaningVector } from '../../../src/nlu/meaning';
import { DEFAULT_FEATURES, extractFeatures } from '../../../src/nlu/text-features';
import { defaultIntentModelOptions } from '../../../src/nlu/train';
import { DEFAULT_VECTORIZER, TfidfVectorizer } from '../../../src/nlu/vectorizer';
import { readPackageVectors, WORD_VECTOR_DIMENSIONS, WordVectors } from '../../../src/nlu/word-vectors';

/** A vector pointing along axis `k` with length `length`, plus the package's two trailing fields. */
function axis(k: number, length = 1): number[] {
  const v = new Array<number>(WORD_VECTOR_DIMENSIONS + 2).fill(0);
  v[k] = length;
  v[WORD_VECTOR_DIMENSIONS] = length;
  return v;
}

function cosine(a: Float64Array, b: Float64Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  a.forEach((x, k) => {
    dot += x * b[k]!;
    na += x * x;
    nb += b[k]! * b[k]!;
  });
  return dot / Math.sqrt(na * nb);
}

describe('word vectors from the package file', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'vectors-')), 'vectors.json');
  const entries = [
    ['the', axis(0)],
    [',', axis(1)],
    ['refund', axis(2, 0.5)],
    ['"quoted"', axis(3)],
    ["don't", axis(4)],
    ['money', axis(5, -2)],
  ] as const;
  writeFileSync(
    file,
    `{"precision":8,"words":${JSON.stringify(entries.map(([w]) => w))},"vectors":{${entries
      .map(([w, v]) => `${JSON.stringify(w)}:${JSON.stringify(v)}`)
      .join(',')}},"unkVector":${JSON.stringify(axis(0, 0))}}`,
  );

  it('keeps plain lower-case words in file order and skips punctuation', () => {
    const vectors = readPackageVectors(file);
    expect(vectors.size).toBe(4);
    expect(['the', 'refund', "don't", 'money'].map((w) => vectors.rankOf(w))).toEqual([0, 1, 2, 3]);
    expect(vectors.rankOf(',')).toBeUndefined();
    const into = new Float64Array(WORD_VECTOR_DIMENSIONS);
    vectors.addTo(vectors.rankOf('money')!, into, 2);
    expect(into[5]).toBeCloseTo(-4, 1);
  });

  it('stops at the word limit', () => {
    expect(readPackageVectors(file, 2).size).toBe(2);
  });

  it('survives its binary cache form', () => {
    const vectors = readPackageVectors(file);
    const copy = WordVectors.deserialize(vectors.serialize());
    expect(copy.rankOf("don't")).toBe(2);
    const a = new Float64Array(WORD_VECTOR_DIMENSIONS);
    const b = new Float64Array(WORD_VECTOR_DIMENSIONS);
    vectors.addTo(1, a);
    copy.addTo(1, b);
    expect(b).toEqual(a);
    expect(() => WordVectors.deserialize(Buffer.from('nope'))).toThrow(/not a word-vector cache/);
  });
});

describe('meaning vector', () => {
  // Ranks: 'the' is the most frequent word, the others rare.
  const rows: [string, number[]][] = [['the', axis(0)]];
  for (let r = 1; r < 5000; r++) rows.push([`w${r}`, axis(1 + (r % 50))]);
  rows.push(['refund', axis(60)], ['money', axis(61)]);
  const vectors = WordVectors.fromRows(rows);

  it('is unit length times the weight, and absent when no word has a vector', () => {
    const v = meaningVector(vectors, ['refund', 'money'], 1.5)!;
    expect(v).toHaveLength(MEANING_DIMENSIONS);
    expect(Math.hypot(...v)).toBeCloseTo(1.5);
    expect(meaningVector(vectors, ['xyzzy'], 1)).toBeUndefined();
  });

  it('lets frequent words fade so the content words decide', () => {
    const withThe = meaningVector(vectors, ['the', 'the', 'refund'], 1)!;
    const alone = meaningVector(vectors, ['refund'], 1)!;
    expect(cosine(withThe, alone)).toBeGreaterThan(0.99);
  });
});

describe('vectorizer with the meaning block', () => {
  const settings = { wordNgrams: 1, charMin: 0, charMax: 0, glosses: false, meaning: 1.25, pairs: 0, pairWindow: 5 };
  const texts = ['where is my parcel', 'refund my money', 'tell me a joke'];

  it('appends the word-vector components last, indices ascending, and records which vectors', () => {
    const docs = texts.map((t) => extractFeatures('en', t, settings));
    const { vectorizer, rows } = TfidfVectorizer.fitTransform(docs, DEFAULT_VECTORIZER, [true, true, false]);
    const plain = TfidfVectorizer.fit(
      texts.map((t) => extractFeatures('en', t, { ...settings, meaning: 0 })),
      DEFAULT_VECTORIZER,
    );
    expect(vectorizer.dimension).toBe(plain.dimension + 2 + MEANING_DIMENSIONS);
    expect(vectorizer.toJSON().meaning).toEqual({ vectors: expect.any(String), dimensions: MEANING_DIMENSIONS });
    for (const row of rows) {
      expect(row.indices[row.indices.length - 1]).toBe(vectorizer.dimension - 1);
      for (let k = 1; k < row.indices.length; k++) expect(row.indices[k]!).toBeGreaterThan(row.indices[k - 1]!);
    }
    // A message in words training never saw still carries meaning.
    const unseen = vectorizer.transform(extractFeatures('en', 'reimburse the cash', settings));
    expect(unseen.indices.length).toBeGreaterThanOrEqual(MEANING_DIMENSIONS);
  });

  it('puts a paraphrase nearer its intent than another intent', () => {
    const meaning = (t: string) => extractFeatures('en', t, settings).meaning!;
    const paraphrase = meaning('reimburse the cash');
    expect(cosine(paraphrase, meaning('refund my money'))).toBeGreaterThan(
      cosine(paraphrase, meaning('where is my parcel')),
    );
  });

  it('refuses a model made with other vectors', () => {
    const docs = texts.map((t) => extractFeatures('en', t, settings));
    const json = TfidfVectorizer.fit(docs).toJSON();
    expect(() => TfidfVectorizer.fromJSON({ ...json, meaning: { vectors: 'other', dimensions: 100 } })).toThrow(
      /trained with word vectors other/,
    );
  });
});

describe('meaning of Chinese words through their glosses', () => {
  const settings = { wordNgrams: 1, charMin: 1, charMax: 2, glosses: true, meaning: 1, pairs: 0, pairWindow: 5 };
  const meaning = (t: string) => extractFeatures('zh', t, settings).meaning!;

  it('puts two words for one thing together although they share no character', () => {
    expect(cosine(meaning('我要退钱'), meaning('我要退款'))).toBeGreaterThan(
      cosine(meaning('我要退钱'), meaning('修改地址')),
    );
    expect(cosine(meaning('包裹在哪'), meaning('快递到哪了'))).toBeGreaterThan(
      cosine(meaning('包裹在哪'), meaning('退款政策')),
    );
  });
});

describe('a classifier with the meaning block', () => {
  const examples = [
    ...[
      'where is my parcel',
      'track my package',
      'has my delivery shipped',
      'when will my order arrive',
      'my parcel is late',
      'where is my shipment',
    ].map((text) => ({ text, intent: 'order.track' })),
    ...[
      'I want a refund',
      'give me my money back',
      'refund my purchase',
      'can I get a refund',
      'return my money please',
      'I would like my money back',
    ].map((text) => ({ text, intent: 'refund.request' })),
    ...[
      'recommend a dress',
      'suggest some shoes',
      'what should I wear to a wedding',
      'any ideas for a gift',
      'show me something nice',
      'help me choose a jacket',
    ].map((text) => ({ text, intent: 'product.recommend' })),
  ];
  const options = (meaning: number) => ({
    ...defaultIntentModelOptions('en'),
    features: { ...DEFAULT_FEATURES.en, meaning },
  });
  const top = async (model: IntentModel, text: string) => (await model.scores(text))[0]!.intent;

  it('reads a request in words training never used by their meaning', async () => {
    const withMeaning = await IntentModel.train('en', examples, options(1));
    const without = await IntentModel.train('en', examples, options(0));
    // Not one word of it is in the training lines: TF-IDF alone has nothing to go on.
    expect(await top(without, 'reimburse the cash')).not.toBe('refund.request');
    expect(await top(withMeaning, 'reimburse the cash')).toBe('refund.request');
    expect(await top(withMeaning, 'the courier is overdue')).toBe('order.track');
  });
});
