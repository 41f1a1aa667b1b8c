import { GlossFeatures } from '../../../src/nlu/glosses';
import { DEFAULT_FEATURES, extractFeatures } from '../../../src/nlu/text-features';

describe('Chinese dictionary glosses', () => {
  it('gives synonyms the corpus never paired a shared feature', () => {
    const glosses = new GlossFeatures();
    for (const [a, b, shared] of [
      ['退款', '退钱', 'g:refund'],
      ['取消', '退订', 'g:cancel'],
      ['大学', '高校', 'g:univers'],
    ] as const) {
      expect(glosses.of([a])).toContain(shared);
      expect(glosses.of([b])).toContain(shared);
    }
  });

  it('drops classifiers, pronunciations, usage notes and stop words', () => {
    const glosses = new GlossFeatures(() => ['to wrap up/bundle (of goods)/CL:個|个[ge4]', 'see 包裹[bao1 guo3]']);
    expect(glosses.of(['包裹'])).toEqual(['g:wrap', 'g:up', 'g:bundl']);
  });

  it('has nothing for numbers, single letters or words the dictionary lacks', () => {
    const lookups: string[] = [];
    const glosses = new GlossFeatures((word) => {
      lookups.push(word);
      return [];
    });
    expect(glosses.of(['0', 'm', 'the', '嗯嗯嗯'])).toEqual([]);
    expect(lookups).toEqual(['嗯嗯嗯']);
  });

  it('lets an English word in Chinese text stand for itself, without a dictionary lookup', () => {
    const lookups: string[] = [];
    const glosses = new GlossFeatures((word) => {
      lookups.push(word);
      return ['to refund/refund'];
    });
    expect(glosses.of(['我', 'refund'])).toEqual(['g:refund', 'g:refund']);
    expect(lookups).toEqual(['我']);
  });

  it('gives "我要申请 refund" the feature 退款 gives', () => {
    const mixed = extractFeatures('zh', '我要申请 refund', DEFAULT_FEATURES.zh).words;
    const chinese = extractFeatures('zh', '我要申请退款', DEFAULT_FEATURES.zh).words;
    expect(mixed).toContain('g:refund');
    expect(chinese).toContain('g:refund');
  });

  it('looks each word up once', () => {
    let calls = 0;
    const glosses = new GlossFeatures(() => {
      calls++;
      return ['to refund/refund'];
    });
    expect(glosses.of(['退款', '退款'])).toEqual(['g:refund', 'g:refund']);
    glosses.of(['退款']);
    expect(calls).toBe(1);
  });

  it('feeds the Chinese word block and leaves English alone', () => {
    expect(extractFeatures('zh', '我要退款', DEFAULT_FEATURES.zh).words).toContain('g:refund');
    expect(extractFeatures('zh', '我要退款', { ...DEFAULT_FEATURES.zh, glosses: false }).words).not.toContain(
      'g:refund',
    );
    expect(extractFeatures('en', 'I want a refund', { ...DEFAULT_FEATURES.en, glosses: true }).words).toEqual(
      extractFeatures('en', 'I want a refund', DEFAULT_FEATURES.en).words,
    );
  });
});
