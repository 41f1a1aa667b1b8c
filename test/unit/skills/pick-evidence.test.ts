import { qualityCompared, signsOf } from '../../../src/skills/products/pick-evidence';
import type { Product } from '../../../src/store/entities';

const coat = {
  name: { en: 'Wool Overcoat', zh: '羊毛大衣' },
  material: { en: 'Merino wool', zh: '美利奴羊毛' },
  description: { en: 'A long coat in a dense wool blend. Lined.', zh: '厚实羊毛混纺，有内衬。' },
  tags: ['coat', 'winter', '大衣'],
} as unknown as Product;

describe('signs of a quality in a product', () => {
  it('reads which quality a comparison asks about', () => {
    expect(qualityCompared('which is warmer?')).toBe('warm');
    expect(qualityCompared('哪件更保暖')).toBe('warm');
    expect(qualityCompared('which one is better in the rain?')).toBe('waterproof');
    expect(qualityCompared('which is cheaper?')).toBeUndefined();
  });

  it('finds each sign once, in the shopper language only', () => {
    expect(signsOf(coat, 'warm', 'en')).toEqual(['wool', 'merino', 'lined', 'winter']);
    expect(signsOf(coat, 'warm', 'zh')).toEqual(['羊毛', '美利奴', '内衬']);
    expect(signsOf(coat, 'waterproof', 'en')).toEqual([]);
  });
});
