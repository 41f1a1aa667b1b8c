import { asksSizeAdvice } from '../../../src/skills/products/info';
import { missingConfirmation, paymentTroubleKey } from '../../../src/skills/shop/trouble';

describe('payment and order trouble', () => {
  it.each([
    ['I was charged twice for my order', 'shop.double_charge'],
    ['you double charged me', 'shop.double_charge'],
    ['two payments came out for one order', 'shop.double_charge'],
    ['there are two charges on my card', 'shop.double_charge'],
    ['订单被扣了两次钱', 'shop.double_charge'],
    ['重复扣款了', 'shop.double_charge'],
    ['my discount code does not work', 'shop.code_issue'],
    ['my card was declined', 'shop.payment_issue'],
  ])('"%s" gets %s', (text, key) => {
    expect(paymentTroubleKey(text)).toBe(key);
  });

  it('tells a missing confirmation email from other mail', () => {
    expect(missingConfirmation("I haven't received a confirmation email")).toBe(true);
    expect(missingConfirmation('never got the order email')).toBe(true);
    expect(missingConfirmation('下单后没收到确认邮件')).toBe(true);
    expect(missingConfirmation('I got the confirmation email, thanks')).toBe(false);
    expect(missingConfirmation("I don't want marketing emails")).toBe(false);
  });
});

describe('size advice questions', () => {
  it.each([
    'do the jeans run small?',
    "what size should I get if I'm usually a 10?",
    'is it true to size',
    'do you have a size chart',
    '尺码偏大还是偏小',
    '我平时穿M，这款选哪个码',
  ])('"%s" asks which size to take', (text) => {
    expect(asksSizeAdvice(text)).toBe(true);
  });

  it.each(['what sizes does it come in?', 'do you have it in size 10', 'running shoes', '有M码吗'])(
    '"%s" does not',
    (text) => {
      expect(asksSizeAdvice(text)).toBe(false);
    },
  );
});
