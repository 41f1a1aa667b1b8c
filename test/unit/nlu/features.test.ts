import { DEFAULT_FEATURES, extractFeatures, normalizeForFeatures, wordPairs } from '../../../src/nlu/text-features';
import { chooseThresholdForRecall } from '../../../src/nlu/threshold';
import { TfidfVectorizer } from '../../../src/nlu/vectorizer';

describe('feature normalisation', () => {
  it('lower-cases, strips accents, collapses repeats and hides digits', () => {
    expect(normalizeForFeatures('Café SOOOO slow, order #10234!!')).toBe('cafe soo slow, order #0!!');
  });

  it('gives two order numbers the same features', () => {
    const a = extractFeatures('en', 'where is order 10234', DEFAULT_FEATURES.en);
    const b = extractFeatures('en', 'where is order 88231', DEFAULT_FEATURES.en);
    expect(a).toEqual(b);
  });

  it('stems English words with node-nlp', () => {
    expect(extractFeatures('en', 'cancelling orders', DEFAULT_FEATURES.en).words).toEqual([
      'cancel',
      'order',
      'cancel order',
    ]);
  });

  it('keeps Latin words whole inside Chinese text', () => {
    const { words } = extractFeatures('zh', '我的orders在哪里 10234', DEFAULT_FEATURES.zh);
    expect(words).toContain('order');
    expect(words).toContain('0');
    expect(words).toContain('哪里');
    expect(words).not.toContain('o');
  });
});

describe('word pairs', () => {
  it('pairs each word with the words two to `window` places after it', () => {
    expect(wordPairs(['stop', 'send', 'me', 'email'], 3)).toEqual(['stop~me', 'stop~email', 'send~email']);
    expect(wordPairs(['stop', 'send', 'me', 'email'], 2)).toEqual(['stop~me', 'send~email']);
    expect(wordPairs(['hi', 'there'], 5)).toEqual([]);
  });

  it('reads stemmed words, in both languages, only when the block has a weight', () => {
    const on = { ...DEFAULT_FEATURES.en, pairs: 0.5, pairWindow: 3 };
    expect(extractFeatures('en', 'please stop sending emails', on).pairs).toEqual([
      'pleas~send',
      'pleas~email',
      'stop~email',
    ]);
    expect(extractFeatures('en', 'please stop sending emails', { ...on, pairs: 0 }).pairs).toEqual([]);
    const zh = extractFeatures('zh', '我不想再收到邮件', { ...DEFAULT_FEATURES.zh, pairs: 0.5, pairWindow: 5 });
    expect(zh.pairs.length).toBeGreaterThan(0);
    expect(zh.pairs.every((p) => !p.includes(' '))).toBe(true);
  });

  it('gives the pair block its own length in the row, after the word and character blocks', () => {
    const settings = { ...DEFAULT_FEATURES.en, meaning: 0, pairs: 0.5, pairWindow: 3 };
    const docs = ['please stop sending emails', 'please stop sending texts', 'stop the order now'].map((t) =>
      extractFeatures('en', t, settings),
    );
    const { vectorizer, rows } = TfidfVectorizer.fitTransform(docs, {
      minCharDf: 2,
      wordWeight: 0.4,
      unfamiliarWeight: 0,
      pairWeight: 0.5,
      minPairDf: 2,
    });
    const json = vectorizer.toJSON();
    // Only pairs seen in two utterances are kept, as for character n-grams.
    expect(json.pairs?.terms).toEqual(['pleas~send']);
    const first = json.words.length + json.chars.length;
    const row = rows[0]!;
    let pairLength = 0;
    row.indices.forEach((index, k) => {
      if (index >= first) pairLength += row.values[k]! ** 2;
    });
    expect(Math.sqrt(pairLength)).toBeCloseTo(0.5);
    expect(vectorizer.dimension).toBe(first + 1);
    expect(Array.from(row.indices)).toEqual([...row.indices].sort((a, b) => a - b));
  });
});

describe('threshold at a required out-of-scope recall', () => {
  it('takes the lowest cut that catches enough None examples', () => {
    const predictions = [
      { gold: 'a', top: 'a', score: 0.9 },
      { gold: 'a', top: 'b', score: 0.3 },
      { gold: 'None', top: 'a', score: 0.2 },
      { gold: 'None', top: 'b', score: 0.5 },
    ];
    const chosen = chooseThresholdForRecall(predictions, 0.5);
    expect(chosen.threshold).toBeCloseTo(0.3);
    expect(chosen.outOfScopeRecall).toBe(0.5);
    expect(chosen.inScopeAccuracy).toBe(0.5);
  });
});
