import { loadShopPolicy } from '../../../src/commerce/policy/load-policy';
import { asksPaymentMethod, paymentAsked } from '../../../src/skills/shop/payment-question';

describe('which way of paying a question asks about', () => {
  const policy = loadShopPolicy();

  it.each([
    ['can I pay with PayPal?', 'en', 'PayPal', true],
    ['do you take Apple Pay', 'en', 'Apple Pay', true],
    ['can I use a gift card', 'en', 'Maple & Thread gift card', true],
    ['is Visa ok?', 'en', 'Visa', true],
    ['can I pay with klarna?', 'en', 'Klarna', false],
    ['cash on delivery?', 'en', 'cash on delivery', false],
    ['支持支付宝吗', 'zh', '支付宝', false],
    ['可以用信用卡吗', 'zh', '信用卡', true],
  ] as const)('%s → %s (accepted: %s)', (text, lang, method, accepted) => {
    expect(paymentAsked(text, policy, lang)).toEqual({ method, accepted });
  });

  it('names nothing when the question names no method', () => {
    expect(paymentAsked('what payment methods do you accept?', policy, 'en')).toBeUndefined();
    expect(paymentAsked('怎么付款', policy, 'zh')).toBeUndefined();
  });

  it('says yes to a method the shop lists even when the built-in list would say no', () => {
    const withAlipay = {
      ...policy,
      paymentMethods: [...policy.paymentMethods, { id: 'alipay', name: { en: 'Alipay', zh: '支付宝' } }],
    };
    expect(paymentAsked('支持支付宝吗', withAlipay, 'zh')).toEqual({ method: '支付宝', accepted: true });
  });
});

describe('a short question that only names a way to pay', () => {
  const policy = loadShopPolicy();

  it.each(['cash on delivery?', 'do you take cash?', 'bank transfer?', '支持花呗吗', '能用支付宝吗'])(
    '"%s" asks about that way to pay',
    (text) => {
      expect(asksPaymentMethod(text, policy, /\p{Script=Han}/u.test(text) ? 'zh' : 'en')).toBe(true);
    },
  );

  it.each([
    'do you store my card details?',
    'I paid with PayPal yesterday',
    'my card was declined, can I use paypal instead of it or what should I do?',
  ])('"%s" is not such a question', (text) => {
    expect(asksPaymentMethod(text, policy, 'en')).toBe(false);
  });
});
