import { DEFAULT_FEATURES } from '../../../src/nlu/text-features';
import { withFeatureOverrides } from '../../../training/nlu/feature-overrides';

describe('--features overrides', () => {
  it('changes only the named settings and leaves the defaults alone', () => {
    const before = { ...DEFAULT_FEATURES.zh };
    expect(withFeatureOverrides(DEFAULT_FEATURES.zh, 'wordNgrams=2, charMax=3,glosses=false')).toEqual({
      ...before,
      wordNgrams: 2,
      charMax: 3,
      glosses: false,
    });
    expect(DEFAULT_FEATURES.zh).toEqual(before);
    expect(withFeatureOverrides(DEFAULT_FEATURES.en, '')).toEqual(DEFAULT_FEATURES.en);
  });

  it('turns character n-grams off with charMin=0', () => {
    expect(withFeatureOverrides(DEFAULT_FEATURES.en, 'charMin=0,charMax=0')).toMatchObject({ charMin: 0, charMax: 0 });
  });

  it('sets the weight of the word-vector block with meaning=W', () => {
    expect(withFeatureOverrides(DEFAULT_FEATURES.en, 'meaning=0').meaning).toBe(0);
    expect(withFeatureOverrides(DEFAULT_FEATURES.en, 'meaning=1.5').meaning).toBe(1.5);
  });

  it('sets the word-pair block with pairs=W and pairWindow=N', () => {
    expect(withFeatureOverrides(DEFAULT_FEATURES.en, 'pairs=0,pairWindow=3')).toMatchObject({
      pairs: 0,
      pairWindow: 3,
    });
    expect(withFeatureOverrides(DEFAULT_FEATURES.zh, 'pairs=0.7').pairs).toBe(0.7);
  });

  it.each([
    ['meaning=-1', /meaning must be a number/],
    ['pairs=lots', /pairs must be a number/],
    ['pairs=0.5,pairWindow=1', /pairWindow must be at least 2/],
    ['colour=3', /unknown setting "colour"/],
    ['wordNgrams=two', /wordNgrams must be an integer/],
    ['charMax=', /charMax must be an integer/],
    ['glosses=maybe', /glosses must be true or false/],
    ['wordNgrams=0', /at least 1/],
    ['charMin=4,charMax=3', /must not exceed/],
  ])('rejects %s with a clear message', (spec, message) => {
    expect(() => withFeatureOverrides(DEFAULT_FEATURES.en, spec)).toThrow(message);
  });
});
