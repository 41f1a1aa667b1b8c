import { DEFAULT_FEATURES, extractFeatures, normalizeForFeatures } from '../../../src/nlu/text-features';
import { chooseThresholdForRecall } from '../../../src/nlu/threshold';

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
