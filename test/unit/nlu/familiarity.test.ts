import { Familiarity } from '../../../src/nlu/familiarity';
import { DEFAULT_FEATURES, extractFeatures } from '../../../src/nlu/text-features';
import { DEFAULT_VECTORIZER, TfidfVectorizer } from '../../../src/nlu/vectorizer';

describe('unfamiliar-word features', () => {
  const tokens = [
    ['track', 'my', 'order'],
    ['track', 'my', 'parcel'],
    ['cancel', 'my', 'order'],
    ['find', 'me', 'a', 'plumber'],
  ];
  const inScope = [true, true, true, false];

  it('scores training rows leave-one-out, so a word only one utterance uses counts as unseen', () => {
    const { training } = Familiarity.fit(tokens, inScope);
    // "parcel" appears in no other in-scope utterance: 1 of 3 words unfamiliar.
    expect(training[1]).toEqual([1 / 3, 1 / 3]);
    expect(training[0]).toEqual([0, 0]);
    // "cancel" is unique to row 2.
    expect(training[2]).toEqual([1 / 3, 1 / 3]);
  });

  it('never learns words from out-of-scope utterances', () => {
    const { familiarity, training } = Familiarity.fit(tokens, inScope);
    expect(training[3]).toEqual([1, 1]);
    expect(familiarity.features(['find', 'plumber'])).toEqual([1, 2 / 3]);
    expect(familiarity.features(['track', 'parcel'])).toEqual([0, 0]);
  });

  it('ignores numbers and single Latin letters, and caps the count', () => {
    const { familiarity } = Familiarity.fit([['order']], [true]);
    expect(familiarity.features(['0', 'a', 'order'])).toEqual([0, 0]);
    expect(familiarity.features([])).toEqual([0, 0]);
    expect(familiarity.features(['w', 'dentist', 'mortgage', 'flight', 'opera', 'order'])).toEqual([0.8, 1]);
  });

  it('round-trips through JSON', () => {
    const { familiarity } = Familiarity.fit(tokens, inScope);
    const copy = Familiarity.fromJSON(familiarity.toJSON());
    expect(copy.features(['cancel', 'plumber'])).toEqual(familiarity.features(['cancel', 'plumber']));
    expect(familiarity.toJSON()).not.toContain('plumber');
  });
});

describe('vectorizer with unfamiliar-word features', () => {
  const texts = ['where is my order', 'track my parcel', 'cancel my order', 'tell me a joke'];
  const features = { ...DEFAULT_FEATURES.en, meaning: 0 };
  const docs = texts.map((t) => extractFeatures('en', t, features));

  it('adds two dense features after the sparse blocks, indices ascending', () => {
    const { vectorizer, rows } = TfidfVectorizer.fitTransform(docs, DEFAULT_VECTORIZER, [true, true, true, false]);
    const plain = TfidfVectorizer.fit(docs, DEFAULT_VECTORIZER);
    expect(vectorizer.dimension).toBe(plain.dimension + 2);
    const row = vectorizer.transform(extractFeatures('en', 'track my flight', features));
    const last = row.indices.length - 1;
    expect(row.indices[last]).toBe(vectorizer.dimension - 1);
    expect(row.values[last - 1]).toBeCloseTo((1 / 3) * DEFAULT_VECTORIZER.unfamiliarWeight);
    for (const r of [row, ...rows]) {
      for (let k = 1; k < r.indices.length; k++) expect(r.indices[k]!).toBeGreaterThan(r.indices[k - 1]!);
    }
  });

  it('is off without in-scope labels, without out-of-scope examples, or with weight 0', () => {
    const off = TfidfVectorizer.fitTransform(docs, { ...DEFAULT_VECTORIZER, unfamiliarWeight: 0 }, [
      true,
      true,
      true,
      false,
    ]);
    expect(off.vectorizer.dimension).toBe(TfidfVectorizer.fit(docs).dimension);
    expect(TfidfVectorizer.fitTransform(docs).vectorizer.toJSON().familiar).toBeUndefined();
    // Nothing out of scope to learn from: the features would only add noise.
    const allInScope = TfidfVectorizer.fitTransform(docs, DEFAULT_VECTORIZER, [true, true, true, true]);
    expect(allInScope.vectorizer.toJSON().familiar).toBeUndefined();
  });

  it('survives a JSON round trip', () => {
    const { vectorizer } = TfidfVectorizer.fitTransform(docs, DEFAULT_VECTORIZER, [true, true, true, false]);
    const copy = TfidfVectorizer.fromJSON(JSON.parse(JSON.stringify(vectorizer.toJSON())));
    const doc = extractFeatures('en', 'track my flight', features);
    expect(copy.transform(doc)).toEqual(vectorizer.transform(doc));
  });
});
