import {
  diversify,
  type EligibilityContext,
  isEligible,
  priceFactor,
  referencePrice,
  stockOf,
} from '../../../src/recommend/live/rules';
import { product } from './support/products';

const base: EligibilityContext = {
  constraints: {},
  purchased: new Set(),
  exclude: new Set(),
  consumableCategories: new Set(),
};

describe('business rules', () => {
  it("keeps out the seed's own category when pairing", () => {
    const pairing = { ...base, constraints: { otherThanCategory: 'Dresses' } };
    expect(isEligible(product('dress', { category: 'dresses' }), pairing)).toBe(false);
    expect(isEligible(product('bag', { category: 'bags' }), pairing)).toBe(true);
  });

  it('only recommends active products in stock, in the asked colour', () => {
    expect(isEligible(product('a'), base)).toBe(true);
    expect(isEligible(product('b', { stock: 0 }), base)).toBe(false);
    expect(isEligible(product('c', { active: false }), base)).toBe(false);
    const twoColours = product('d', { colours: ['red', 'blue'] });
    twoColours.variants = [
      { sku: 'd-red', colour: 'red', stock: 0 },
      { sku: 'd-blue', colour: 'blue', stock: 2 },
    ];
    expect(stockOf(twoColours)).toBe(2);
    expect(isEligible(twoColours, { ...base, constraints: { colour: 'blue' } })).toBe(true);
    expect(isEligible(twoColours, { ...base, constraints: { colour: 'Red' } })).toBe(false);
    expect(isEligible(twoColours, { ...base, constraints: { colour: 'green' } })).toBe(false);
  });

  it('takes any of several colours, counting stock only in those', () => {
    const twoColours = product('d', { colours: ['red', 'navy'] });
    twoColours.variants = [
      { sku: 'd-red', colour: 'red', stock: 3 },
      { sku: 'd-navy', colour: 'navy', stock: 0 },
    ];
    const neutral = ['black', 'navy', 'cream'];
    expect(isEligible(twoColours, { ...base, constraints: { anyColour: neutral } })).toBe(false);
    expect(isEligible(twoColours, { ...base, constraints: { anyColour: ['red', 'pink'] } })).toBe(true);
    // One colour named beats the family it replaces.
    expect(isEligible(twoColours, { ...base, constraints: { colour: 'red', anyColour: neutral } })).toBe(true);
  });

  it('counts stock in the asked size (and colour)', () => {
    const shoe = product('shoe', { colours: ['black'] });
    shoe.variants = [
      { sku: 'shoe-38', colour: 'black', size: '38', stock: 0 },
      { sku: 'shoe-39', colour: 'black', size: '39', stock: 1 },
    ];
    expect(isEligible(shoe, { ...base, constraints: { size: '39' } })).toBe(true);
    expect(isEligible(shoe, { ...base, constraints: { size: '38' } })).toBe(false);
    expect(isEligible(shoe, { ...base, constraints: { size: '39', colour: 'black' } })).toBe(true);
    expect(stockOf(shoe, undefined, '39')).toBe(1);
  });

  it('applies category and price constraints and the exclusion list', () => {
    const p = product('p', { category: 'shoes', priceCents: 8000 });
    expect(
      isEligible(p, { ...base, constraints: { category: 'shoes', maxPriceCents: 8000, minPriceCents: 5000 } }),
    ).toBe(true);
    expect(isEligible(p, { ...base, constraints: { category: 'bags' } })).toBe(false);
    expect(isEligible(p, { ...base, constraints: { maxPriceCents: 7999 } })).toBe(false);
    expect(isEligible(p, { ...base, constraints: { minPriceCents: 8001 } })).toBe(false);
    expect(isEligible(p, { ...base, exclude: new Set(['p']) })).toBe(false);
  });

  it('does not offer again what was bought, unless it is consumable', () => {
    const bought = { ...base, purchased: new Set(['shirt', 'candle', 'tea']) };
    expect(isEligible(product('shirt'), bought)).toBe(false);
    expect(isEligible(product('candle', { consumable: true }), bought)).toBe(true);
    expect(isEligible(product('tea', { category: 'pantry' }), bought)).toBe(false);
    expect(
      isEligible(product('tea', { category: 'pantry' }), { ...bought, consumableCategories: new Set(['pantry']) }),
    ).toBe(true);
  });

  it('keeps prices near what the shopper looks at', () => {
    expect(referencePrice([{ priceCents: 5000, weight: 1 }])).toBeUndefined();
    expect(
      referencePrice([
        { priceCents: 1000, weight: 1 },
        { priceCents: 5000, weight: 3 },
        { priceCents: 9000, weight: 1 },
      ]),
    ).toBe(5000);
    expect(priceFactor(6000, 5000, 1.8)).toBe(1);
    expect(priceFactor(5000 * 1.8 * 1.8, 5000, 1.8)).toBeCloseTo(Math.exp(-1), 12);
    expect(priceFactor(50000, 5000, 1.8)).toBeLessThan(priceFactor(20000, 5000, 1.8));
    expect(priceFactor(50000, undefined, 1.8)).toBe(1);
  });

  it('spreads a list across categories', () => {
    const ranked = [
      { product: product('d1', { category: 'dresses' }), score: 1 },
      { product: product('d2', { category: 'dresses' }), score: 0.95 },
      { product: product('d3', { category: 'dresses' }), score: 0.9 },
      { product: product('s1', { category: 'shoes' }), score: 0.7 },
      { product: product('b1', { category: 'bags' }), score: 0.5 },
    ];
    expect(diversify(ranked, 3, 0.6).map((r) => r.product.id)).toEqual(['d1', 's1', 'd2']);
    expect(diversify(ranked, 3, 1).map((r) => r.product.id)).toEqual(['d1', 'd2', 'd3']);
    // one category only: the order is kept
    expect(diversify(ranked.slice(0, 3), 3, 0.6).map((r) => r.product.id)).toEqual(['d1', 'd2', 'd3']);
  });
});
