import en from '../../../intents/templates/en.json';
import zh from '../../../intents/templates/zh.json';
import { fill, stableHash, Templates } from '../../../src/dialogue/templates';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('reply templates', () => {
  const enSet: Record<string, string[]> = en;
  const zhSet: Record<string, string[]> = zh;

  it('has the same keys in both languages', () => {
    expect(Object.keys(zhSet).sort()).toEqual(Object.keys(enSet).sort());
  });

  it('has at least one phrasing per key, each using the same placeholders across languages', () => {
    for (const [key, variants] of Object.entries(enSet)) {
      expect(variants.length).toBeGreaterThan(0);
      const expected = new Set(variants.flatMap(placeholders));
      for (const variant of [...variants, ...(zhSet[key] ?? [])]) {
        for (const name of placeholders(variant)) {
          if (!expected.has(name)) throw new Error(`${key}: {${name}} in "${variant}" is not used in English`);
        }
      }
    }
  });

  it('chooses a phrasing deterministically from the seed', () => {
    const templates = new Templates();
    const a = templates.render('en', 'fallback', {}, 'conv-1#3');
    expect(templates.render('en', 'fallback', {}, 'conv-1#3')).toBe(a);
    const seen = new Set(Array.from({ length: 30 }, (_, i) => templates.render('en', 'fallback', {}, `conv-1#${i}`)));
    expect(seen.size).toBeGreaterThan(1);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Order {order} for {name}', { order: 10234 })).toBe('Order 10234 for {name}');
    expect(fill('好消息，{name} {variant} 有货。', { name: '碎花茶歇裙', variant: '' })).toBe(
      '好消息，碎花茶歇裙 有货。',
    );
    expect(stableHash('abc')).toBe(stableHash('abc'));
  });

  it('falls back to English for a key missing in Chinese', () => {
    const templates = new Templates({ en: { 'smalltalk.thanks': ['Thanks'] }, zh: {} });
    expect(templates.render('zh', 'smalltalk.thanks')).toBe('Thanks');
  });
});
