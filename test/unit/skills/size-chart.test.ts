import { loadShopPolicy } from '../../../src/commerce/policy/load-policy';
import type { ShopPolicy } from '../../../src/commerce/types';
import { asksInUkSize, chartSize, ownLetterSize } from '../../../src/skills/products/size-chart';
import type { SkillTurn } from '../../../src/skills/types';
import type { Product } from '../../../src/store/entities';

const dress = { category: 'dresses', sizes: ['XS', 'S', 'M', 'L', 'XL'] } as Product;
const shoes = { category: 'shoes', sizes: ['36', '37', '38', '39', '40', '41', '42'] } as Product;

function turn(text: string, policy: ShopPolicy = loadShopPolicy()): Pick<SkillTurn, 'text' | 'deps'> {
  return { text, deps: { policy } } as Pick<SkillTurn, 'text' | 'deps'>;
}

describe('UK sizes through the size chart', () => {
  it.each([
    ["I'm usually a size 12", dress, { uk: '12', label: 'M' }],
    ['do you have it in a 14?', dress, { uk: '14', label: 'L' }],
    ['in an 8', dress, { uk: '8', label: 'S' }],
    ['UK 6 please', shoes, { uk: '6', label: '39' }],
    ['有英码7的吗', shoes, { uk: '7', label: '40' }],
    ['英国5码有吗', shoes, { uk: '5', label: '38' }],
  ])('%s', (text, product, expected) => {
    expect(chartSize(turn(text), product)).toEqual(expected);
  });

  it('leaves a number that is already one of the product’s sizes, and one the chart lacks', () => {
    expect(chartSize(turn('size 39'), shoes)).toBeUndefined();
    expect(chartSize(turn('size 20'), dress)).toBeUndefined();
    expect(chartSize(turn('2 of them'), dress)).toBeUndefined();
    const { sizeChart: _none, ...withoutChart } = loadShopPolicy();
    expect(chartSize(turn('size 12', withoutChart), dress)).toBeUndefined();
  });

  it('knows a short question about a UK size from a longer message with a number in it', () => {
    expect(asksInUkSize('do you have them in a UK 6?')).toBe(true);
    expect(asksInUkSize('有英码7的吗')).toBe(true);
    expect(
      asksInUkSize('I ordered 2 shirts and one came in a size 12 although I asked for the 10 and want to swap'),
    ).toBe(false);
  });
});

describe('the letter size a shopper says they wear', () => {
  it.each([
    ['I usually wear M', 'M'],
    ["I'm a medium", 'M'],
    ['I normally take a small', 'S'],
    ['I am XL', 'XL'],
    ['我平时穿M', 'M'],
    ['我一般穿 L 码', 'L'],
    ['我穿中码', 'M'],
  ])('reads "%s" as %s', (text, label) => {
    expect(ownLetterSize(text)).toBe(label);
  });

  it.each(['I want to take it back', 'I am sure', 'is the M in stock?', '我穿着很舒服', 'Me too'])(
    'finds no size the shopper wears in "%s"',
    (text) => {
      expect(ownLetterSize(text)).toBeUndefined();
    },
  );
});
