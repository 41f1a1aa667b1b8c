import { addsItem, variantWords } from '../../../src/skills/orders/swap-variant';
import type { SkillTurn } from '../../../src/skills/types';

const words = (text: string) => variantWords({ text, entities: [] } as unknown as SkillTurn);

describe('the size or colour wanted on an order', () => {
  it('reads bare sizes in a swap, word sizes as letters', () => {
    expect(words('M instead of L').sizes).toEqual(['M', 'L']);
    expect(words('can I change order 10237 to a medium?').sizes).toEqual(['M']);
    expect(words('swap the 38 for a 39').sizes).toEqual(['38', '39']);
  });

  it('leaves sizes alone outside a swap, in addresses and in contractions', () => {
    expect(words('I am a medium usually').sizes).toEqual([]);
    expect(words('change it to 12 Park Lane').sizes).toEqual([]);
    expect(words("I'm sure it's fine, change it to the other one").sizes).toEqual([]);
  });
});

describe('adding to a placed order', () => {
  it.each([
    'can I add something to my order?',
    'add another one to my order',
    'I want to add a scarf to my order',
    '我想在订单里加一件',
    'I want to add another tote',
    'can I add one more?',
  ])('reads %p as adding an item', (text) => {
    expect(addsItem(text)).toBe(true);
  });

  it.each([
    'can I add a note to my order?',
    'add a gift message to my order',
    'add a discount code to my order',
    'can I add another address?',
  ])('leaves %p, which adds no item, alone', (text) => {
    expect(addsItem(text)).toBe(false);
  });
});
