import { cardMentioned, cardNamed, namesACard } from '../../../src/dialogue/name-pick';
import { product } from './fake-shop';

const waxed = product('waxed', { name: { en: 'Waxed Cotton Jacket', zh: '涂蜡棉夹克' } });
const denim = product('denim', { name: { en: 'Denim Trucker Jacket', zh: '丹宁工装夹克' } });
const wool = product('wool', { name: { en: 'Wool Overcoat', zh: '羊毛大衣' } });
const cards = [waxed, denim, wool];

describe('picking a card by a word of its name', () => {
  it('reads "the waxed one" and "涂蜡的那件" as picks, in corrections too', () => {
    expect(namesACard('no, I meant the waxed one', 3)).toBe(true);
    expect(cardNamed('no, I meant the waxed one', cards)?.id).toBe('waxed');
    expect(cardNamed('the denim one please', cards)?.id).toBe('denim');
    expect(cardNamed('涂蜡的那件', cards)?.id).toBe('waxed');
    expect(cardNamed('what about the wool one?', cards)?.id).toBe('wool');
    expect(cardNamed('tell me more about the denim one', cards)?.id).toBe('denim');
    expect(cardNamed('我要涂蜡的那件', cards)?.id).toBe('waxed');
    expect(cardNamed('就要羊毛那款', cards)?.id).toBe('wool');
  });

  it('leaves pointing and comparing words, longer sentences and a single card alone', () => {
    expect(namesACard('the other one', 3)).toBe(false);
    expect(namesACard('the cheaper one', 3)).toBe(false);
    expect(namesACard('is the waxed one waterproof?', 3)).toBe(false);
    expect(namesACard('the waxed one', 1)).toBe(false);
    expect(namesACard('那个', 3)).toBe(false);
  });

  it('leaves payment and refund words, where 款 is money, and questions alone', () => {
    expect(namesACard('怎么付款', 3)).toBe(false);
    expect(namesACard('我要退款', 3)).toBe(false);
    expect(namesACard('付款', 3)).toBe(false);
    expect(namesACard('什么款', 3)).toBe(false);
  });

  it('picks nothing when no card or several hold the word', () => {
    expect(cardNamed('the leather one', cards)).toBeUndefined();
    expect(cardNamed('the jacket one', cards)).toBeUndefined();
  });
});

describe('a card named inside a longer message', () => {
  it('finds "the overcoat" in a question about it', () => {
    expect(cardMentioned("I'll take the overcoat, what size for 5'6?", cards)?.id).toBe('wool');
  });

  it('finds nothing when the word is in several names, or two cards are named', () => {
    expect(cardMentioned('how warm is the jacket?', cards)).toBeUndefined();
    expect(cardMentioned('the overcoat or the waxed?', cards)).toBeUndefined();
    expect(cardMentioned('which is the best?', cards)).toBeUndefined();
  });
});

describe('a name word said as a description', () => {
  const stripe = product('stripe', { name: { en: 'Breton Stripe Top', zh: '布列塔尼条纹上衣' } });
  const ribbed = product('ribbed', { name: { en: 'Ribbed Tank Top', zh: '罗纹背心' } });

  it('reads "striped" for Stripe and "ribbed" for Ribbed', () => {
    expect(cardNamed('the striped one', [stripe, ribbed])?.id).toBe('stripe');
    expect(cardNamed('the ribbed one', [stripe, ribbed])?.id).toBe('ribbed');
  });
});
