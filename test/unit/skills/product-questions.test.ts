import { asksBestSellers } from '../../../src/skills/products/recommend';
import { asksRestock, asksRestockAlert } from '../../../src/skills/products/restock';

describe('restock questions', () => {
  it.each([
    'when will it be back in stock?',
    'when will it be back?',
    'will you restock the linen dress?',
    'when are you getting more in?',
    'any more coming in?',
    'will they come back?',
    '什么时候补货',
    '还会有货吗',
  ])('reads %p as a question about new stock', (text) => {
    expect(asksRestock(text)).toBe(true);
    expect(asksRestockAlert(text)).toBe(false);
  });

  it.each(['can you let me know when it is back?', 'notify me when they restock', '有货了通知我'])(
    'reads %p as a request for an alert',
    (text) => {
      expect(asksRestockAlert(text)).toBe(true);
      expect(asksRestock(text)).toBe(true);
    },
  );

  it.each([
    'is there a restocking fee?',
    'is there a restock fee?',
    'when will my refund be back?',
    'when will I get my money back',
    'can I get more in blue?',
    '退款什么时候到账',
  ])('leaves %p to other skills', (text) => {
    expect(asksRestock(text)).toBe(false);
  });
});

describe('best-seller questions', () => {
  it.each([
    "what's your best seller?",
    'best selling jeans under 100',
    'which dresses are the most popular?',
    'what do people buy the most?',
    "what's popular?",
    '最畅销的是哪款',
    '热销的连衣裙有哪些',
    '这几款哪款卖得最好',
  ])('reads %p as asking what sells best', (text) => {
    expect(asksBestSellers(text)).toBe(true);
  });

  it.each([
    'recommend me something',
    'what is the best jacket for rain?',
    'is the best before date on the candle?',
    '推荐一件外套',
  ])('leaves %p as a request for picks', (text) => {
    expect(asksBestSellers(text)).toBe(false);
  });
});
