import { loadShopPolicy, parseShopPolicy } from '../../../src/commerce/policy/load-policy';
import { asksSizeAdvice } from '../../../src/skills/products/size-advice';
import { asksReturnAddress } from '../../../src/skills/returns/policy-answer';
import { asksAboutDiscounts } from '../../../src/skills/shop/discounts';
import { faqEntryFor } from '../../../src/skills/shop/faq';
import { resetEmailMissing } from '../../../src/skills/shop/reset-email';
import { storesQuestion } from '../../../src/skills/shop/stores';
import { codeFollowUp, codeTrouble, missingConfirmation, paymentTroubleKey } from '../../../src/skills/shop/trouble';
import type { SkillTurn } from '../../../src/skills/types';

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
    "I'm 5'4, what size dress should I get?",
    'which size of jeans do I need?',
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

describe('questions about discounts', () => {
  it.each([
    'do you do student discount',
    'any discount codes?',
    'are there any sales on at the moment',
    'when is your next sale',
    'can I get 10% off',
    'do you price match',
    '有优惠吗',
    '学生有折扣吗',
    '最近有什么活动',
    'I saw it cheaper elsewhere',
    'another shop has it for less',
    '别家卖得更便宜',
    'what about black friday?',
    'anything for cyber monday',
    '你们双十一有活动吗',
    '618有折扣吗',
  ])('"%s" asks what the shop offers', (text) => {
    expect(asksAboutDiscounts(text, false)).toBe(true);
  });

  it.each([
    ['my discount code does not work', false],
    ['the promo code is invalid', false],
    ['优惠码用不了', false],
    ['I bought it in the sale, can I return it?', false],
    ['can I get a refund on a discounted item', false],
    ['is it on offer?', false],
    ['is the linen dress discounted?', true],
    ['where is my order', false],
    ['stop sending me promotional messages', false],
    ['sign me up for your offers', false],
    ['do you have anything cheaper?', false],
  ])('"%s" is something else', (text, namesProduct) => {
    expect(asksAboutDiscounts(text, namesProduct)).toBe(false);
  });

  it('reads a failing code as trouble, whatever it was classified as', () => {
    expect(codeTrouble('my promo code is invalid')).toBe(true);
    expect(codeTrouble("the voucher code won't apply")).toBe(true);
    expect(codeTrouble('优惠码用不了')).toBe(true);
    expect(codeTrouble('any discount codes?')).toBe(false);
  });
});

describe('questions about stores and returns policy parts', () => {
  it('reads a wish to visit or collect only where the policy can answer it', () => {
    const policy = loadShopPolicy();
    const turn = (text: string, withStores = true) =>
      ({
        text,
        deps: { policy: withStores ? policy : { ...policy, stores: undefined } },
      }) as unknown as SkillTurn;
    for (const text of [
      'can I collect in store?',
      'do you have a shop in london',
      'is there click and collect',
      '有实体店吗',
      '可以自提吗',
    ]) {
      expect({ text, asks: storesQuestion.asks(turn(text)) }).toEqual({ text, asks: true });
    }
    for (const text of [
      'I want to collect my parcel from the post office',
      'what shoes do you have',
      'shop opening hours',
    ]) {
      expect({ text, asks: storesQuestion.asks(turn(text)) }).toEqual({ text, asks: false });
    }
    expect(storesQuestion.asks(turn('can I collect in store?', false))).toBe(false);
  });

  it('takes "returns address" for a returns question, not a delivery address', () => {
    expect(asksReturnAddress("what's your returns address")).toBe(true);
    expect(asksReturnAddress('退货地址是哪里')).toBe(true);
    expect(asksReturnAddress('change my delivery address')).toBe(false);
  });
});

describe("the shop's FAQ", () => {
  const faq = loadShopPolicy().faq ?? [];

  it('finds the entry whose phrase the message contains, whole words in English', () => {
    expect(faqEntryFor('Do you sell GIFT CARDS?', faq)?.id).toBe('gift-cards');
    expect(faqEntryFor('can you gift wrap it', faq)?.id).toBe('gift-wrap');
    expect(faqEntryFor('有礼品卡吗', faq)?.id).toBe('gift-cards');
    expect(faqEntryFor('a gift cardigan for my dad', faq)).toBeUndefined();
    expect(faqEntryFor('where is my order', faq)).toBeUndefined();
  });

  it('rejects an entry with nothing to match', () => {
    const policy = JSON.parse(JSON.stringify(loadShopPolicy())) as Record<string, unknown>;
    policy.faq = [{ id: 'empty', ask: { en: [], zh: [] }, answer: { en: 'x', zh: 'x' } }];
    expect(() => parseShopPolicy(policy)).toThrow(/phrase/);
  });
});

describe('what follows the advice for a code', () => {
  it.each([
    ['it says expired', 'shop.code_expired'],
    ['显示过期了', 'shop.code_expired'],
    ['I tried that, still not working', 'shop.code_still_failing'],
    ['还是用不了', 'shop.code_still_failing'],
    ['my card keeps getting declined', undefined],
    ['where is my order?', undefined],
    ['WELCOME10', 'shop.code_typed'],
    ['summer-25', 'shop.code_typed'],
    ['FREESHIP', 'shop.code_typed'],
    ['10234', undefined],
    ['thanks', undefined],
    ['THANKS', undefined],
  ])('reads %p as %p', (text, key) => {
    expect(codeFollowUp(text)).toBe(key);
  });
});

describe('a password reset email that never came', () => {
  it.each(['I never received my password reset email', "the reset link hasn't arrived", '重置密码的邮件一直没收到'])(
    'reads %p as a missing reset email',
    (text) => {
      expect(resetEmailMissing(text)).toBe(true);
    },
  );

  it.each(['how do I reset my password?', 'I forgot my password', "I haven't received my order"])(
    'leaves %p to its own answer',
    (text) => {
      expect(resetEmailMissing(text)).toBe(false);
    },
  );
});
