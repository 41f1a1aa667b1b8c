import { howLongAgo } from '../../../src/skills/returns/how-long-ago';

describe('how long ago the shopper had the item', () => {
  it.each([
    ['can I return something I bought 2 months ago?', 60],
    ['bought it three weeks ago', 21],
    ['a week ago', 7],
    ['last month', 30],
    ['两个月前买的能退吗', 60],
    ['半个月前', 15],
    ['上周买的', 7],
    ['去年买的', 365],
  ])('reads %p as %i days', (text, days) => {
    expect(howLongAgo(text)?.days).toBe(days);
  });

  it.each(['can I return it?', 'I bought it on sale', '30天内可以退吗'])('finds no time in %p', (text) => {
    expect(howLongAgo(text)).toBeUndefined();
  });
});
