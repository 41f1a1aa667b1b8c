import { otherSize } from '../../../src/skills/returns/other-size';
import type { Product } from '../../../src/store/entities';

const dress = { sizes: ['XS', 'S', 'M', 'L', 'XL'] } as Product;

describe('the other size after a return for fit', () => {
  it('is one size down for an item too big and one up for an item too small', () => {
    expect(otherSize(dress, 'M', 'too_big')).toBe('S');
    expect(otherSize(dress, 'M', 'too_small')).toBe('L');
  });

  it('does not exist past either end of the range', () => {
    expect(otherSize(dress, 'XS', 'too_big')).toBeUndefined();
    expect(otherSize(dress, 'XL', 'too_small')).toBeUndefined();
  });

  it('is not offered for other reasons or sizes the product does not list', () => {
    expect(otherSize(dress, 'M', 'damaged')).toBeUndefined();
    expect(otherSize(dress, 'XXL', 'too_big')).toBeUndefined();
  });
});
