import { asksToBargain } from '../../../src/skills/products/bargain';
import { asksForCheaper } from '../../../src/skills/products/cheaper';

describe('asksToBargain', () => {
  it.each([
    'can you do it cheaper?',
    'could you give me a better price',
    'can I get it for less?',
    'would you lower the price?',
    "what's your best price?",
    'best price?',
    'is the price negotiable?',
    'can you knock a few pounds off?',
    'can you come down a bit?',
    '能便宜点吗',
    '便宜一点可以吗',
    '再便宜点吧',
    '便宜点',
    '最低多少钱',
    '能优惠点吗',
    '可以砍价吗',
    '价格能商量吗',
  ])('reads "%s" as haggling', (text) => {
    expect(asksToBargain(text)).toBe(true);
  });

  it.each([
    'anything cheaper?',
    'do you have cheaper dresses?',
    'is there a cheaper delivery option?',
    'do you have a student discount?',
    '有便宜点的吗',
    '有没有便宜一些的连衣裙',
    '有优惠吗',
    '最便宜的外套',
    'the price is too high for me, I want a refund',
  ])('leaves "%s" to other answers', (text) => {
    expect(asksToBargain(text)).toBe(false);
  });

  it('is not the wish for cheaper products, which finds other ones', () => {
    expect(asksForCheaper('有便宜点的吗')).toBe(true);
    expect(asksToBargain('有便宜点的吗')).toBe(false);
  });
});
